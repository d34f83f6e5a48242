import { describe, expect, it } from 'vitest';
import { samePlainData, shareStructure } from './share-structure';

describe('shareStructure', () => {
  it('returns the old value when the new one equals it throughout', () => {
    const previous = { a: { x: 1, y: [1, 2] }, b: 'text', n: Number.NaN, z: null };
    const next = { a: { x: 1, y: [1, 2] }, b: 'text', n: Number.NaN, z: null };
    expect(shareStructure(next, previous)).toBe(previous);
  });

  it('keeps the unchanged parts and only the changed path new', () => {
    const previous = { rows: { a: { p: 1, q: 2 }, b: { p: 3, q: 4 } }, text: '甲' };
    const next = { rows: { a: { p: 1, q: 2 }, b: { p: 3, q: 5 } }, text: '甲' };
    const shared = shareStructure(next, previous);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.rows.a).toBe(previous.rows.a);
    expect(shared.rows.b).toBe(next.rows.b);
    expect(shared.rows).not.toBe(previous.rows);
    // The argument is left as it was.
    expect(next.rows.a).not.toBe(previous.rows.a);
  });

  it('treats added, removed and retyped keys as changes', () => {
    expect(shareStructure({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1, b: 2 });
    const previous = { a: 1, b: 2 };
    expect(shareStructure({ a: 1 }, previous)).not.toBe(previous);
    expect(shareStructure({ a: [] }, { a: {} })).toEqual({ a: [] });
    expect(shareStructure({ a: null }, { a: {} })).toEqual({ a: null });
    const list = [{ k: 1 }, { k: 2 }];
    const grown = shareStructure([{ k: 1 }, { k: 2 }, { k: 3 }], list);
    expect(grown[0]).toBe(list[0]);
    expect(grown).toHaveLength(3);
  });
});

describe('samePlainData', () => {
  it('compares plain data structurally, NaN equal to itself', () => {
    expect(
      samePlainData({ a: [1, { b: 'x' }], n: Number.NaN }, { a: [1, { b: 'x' }], n: Number.NaN }),
    ).toBe(true);
    expect(samePlainData({ a: 1 }, { a: 2 })).toBe(false);
    expect(samePlainData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(samePlainData({ a: null }, { a: {} })).toBe(false);
  });
});
