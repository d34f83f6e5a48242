// PLACEHOLDER (owned by the storage work): the signatures others call.
import type { Draft } from '@/domain/report/draft-schema';
import type { Report } from '@/domain/report/report-schema';

export interface NewDraftInput {
  report: Report;
  previousYear?: Report | null;
  name?: string;
}

/** Creates and stores a new draft; resolves after the write has committed. */
export async function createDraft(_input: NewDraftInput): Promise<Draft> {
  throw new Error('not implemented');
}

/** Reads one draft (migrated and validated), or null if there is none with this id. */
export async function getDraft(_id: string): Promise<Draft | null> {
  throw new Error('not implemented');
}

/** Every draft not in the bin, newest first. */
export async function listDrafts(): Promise<Draft[]> {
  throw new Error('not implemented');
}
