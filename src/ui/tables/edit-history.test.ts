import { describe, expect, it } from 'vitest';
import { dropLastStep, emptyHistory, recordStep, redoStep, undoStep } from './edit-history';

function must<T>(value: T | null): T {
  if (value === null) throw new Error('expected a step');
  return value;
}

describe('edit history', () => {
  it('undoes and redoes step by step, remembering which step was a paste', () => {
    let h = emptyHistory<string>();
    h = recordStep(h, 'a', 'edit'); // a -> b
    h = recordStep(h, 'b', 'paste'); // b -> c
    const u1 = must(undoStep(h, 'c'));
    expect(u1).toMatchObject({ state: 'b', reason: 'paste' });
    const u2 = must(undoStep(u1.history, 'b'));
    expect(u2).toMatchObject({ state: 'a', reason: 'edit' });
    expect(undoStep(u2.history, 'a')).toBeNull();
    const r1 = must(redoStep(u2.history, 'a'));
    expect(r1).toMatchObject({ state: 'b', reason: 'edit' });
    const r2 = must(redoStep(r1.history, 'b'));
    expect(r2).toMatchObject({ state: 'c', reason: 'paste' });
    expect(redoStep(r2.history, 'c')).toBeNull();
  });

  it('forgets the redo steps when a new change is made', () => {
    let h = recordStep(emptyHistory<number>(), 1, 'edit');
    h = must(undoStep(h, 2)).history;
    expect(h.future).toHaveLength(1);
    h = recordStep(h, 1, 'edit');
    expect(h.future).toHaveLength(0);
    expect(redoStep(h, 3)).toBeNull();
  });

  it('keeps at most the limit and can drop a taken-back step', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < 5; i++) h = recordStep(h, i, 'edit', 3);
    expect(h.past.map((s) => s.state)).toEqual([2, 3, 4]);
    expect(dropLastStep(h).past.map((s) => s.state)).toEqual([2, 3]);
  });
});
