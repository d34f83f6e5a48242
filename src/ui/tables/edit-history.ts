/**
 * Undo and redo for a table editor: a list of past and future states, each remembering why it
 * changed, so that a paste is undone in one step and single edits one by one.
 */

/** A cell edit (coalesced per visit of a cell) or a whole pasted block. */
export type EditReason = 'edit' | 'paste';

export interface HistoryStep<S> {
  /** The state to return to. */
  readonly state: S;
  /** What the change between this state and the next one was. */
  readonly reason: EditReason;
}

export interface EditHistory<S> {
  readonly past: readonly HistoryStep<S>[];
  readonly future: readonly HistoryStep<S>[];
}

/** Enough for a working session; older steps fall off. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<S>(): EditHistory<S> {
  return { past: [], future: [] };
}

/** Remembers `before` as the state a new change starts from; forgets what could be redone. */
export function recordStep<S>(
  history: EditHistory<S>,
  before: S,
  reason: EditReason,
  limit = HISTORY_LIMIT,
): EditHistory<S> {
  const past = [...history.past, { state: before, reason }];
  return { past: past.slice(Math.max(0, past.length - limit)), future: [] };
}

/** Forgets the latest step (a change that was taken back, e.g. with Escape). */
export function dropLastStep<S>(history: EditHistory<S>): EditHistory<S> {
  return { past: history.past.slice(0, -1), future: history.future };
}

export interface HistoryMove<S> {
  history: EditHistory<S>;
  /** The state to show now. */
  state: S;
  /** What was undone or redone. */
  reason: EditReason;
}

export function undoStep<S>(history: EditHistory<S>, current: S): HistoryMove<S> | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return {
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { state: current, reason: step.reason }],
    },
    state: step.state,
    reason: step.reason,
  };
}

export function redoStep<S>(history: EditHistory<S>, current: S): HistoryMove<S> | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return {
    history: {
      past: [...history.past, { state: current, reason: step.reason }],
      future: history.future.slice(0, -1),
    },
    state: step.state,
    reason: step.reason,
  };
}
