/**
 * Opening the database early: when the app starts on a draft's address, the database opens while
 * the editor's code loads, instead of after it.
 */
import { database } from './database';

/**
 * Starts opening the database. If that fails, the database is put back to unopened, so that the
 * first real read opens it again and reports the failure where the user is.
 */
export function startOpeningDatabase(): void {
  const db = database();
  db.open().catch(() => {
    db.close({ disableAutoOpen: false });
  });
}
