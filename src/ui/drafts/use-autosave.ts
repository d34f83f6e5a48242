/**
 * Autosave for the draft being edited. Every change is written within half a second of the last
 * one, and at once when the user leaves a field, hides the tab or closes the page. Writes are
 * serialised: at most one is in flight, and the newest state waits behind it, so the order on
 * disk is the order of the edits. The status says 「已保存」 only after the write has committed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '@/domain/report/draft-schema';
import { saveDraft } from '@/storage/drafts-repository';

/** Delay after the last change before it is written. */
export const AUTOSAVE_DELAY_MS = 500;

export type SaveStatus =
  { kind: 'saved'; at: Date } | { kind: 'pending' } | { kind: 'error'; message: string };

export interface Autosave {
  status: SaveStatus;
  /** Records a change; it is written after `AUTOSAVE_DELAY_MS` or at the next flush. */
  change: (next: Draft) => void;
  /** Writes the latest change now. */
  flush: () => void;
}

export function useAutosave(initial: Draft): Autosave {
  const [status, setStatus] = useState<SaveStatus>(() => ({
    kind: 'saved',
    at: new Date(initial.updatedAt),
  }));
  const latest = useRef<Draft | null>(null);
  const writing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const write = useCallback(async () => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (writing.current) return;
    while (latest.current) {
      const draft = latest.current;
      latest.current = null;
      writing.current = true;
      try {
        const saved = await saveDraft(draft);
        if (!latest.current) setStatus({ kind: 'saved', at: new Date(saved.updatedAt) });
      } catch (error) {
        latest.current ??= draft;
        setStatus({
          kind: 'error',
          message: error instanceof Error ? error.message : String(error),
        });
        writing.current = false;
        return;
      }
      writing.current = false;
    }
  }, []);

  const flush = useCallback(() => {
    void write();
  }, [write]);

  const change = useCallback(
    (next: Draft) => {
      latest.current = next;
      setStatus({ kind: 'pending' });
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { status, change, flush };
}
