import { describe, expect, it } from 'vitest';
import { formatTable, targetMet, type Figure } from './figures';
import { summarize } from './stats';

describe('targets', () => {
  it('compares the chosen statistic with the bound', () => {
    const summary = summarize([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const figure: Figure = { id: 'x', label: 'x', unit: 'ms', summary };
    expect(targetMet(figure)).toBeNull();
    expect(targetMet({ ...figure, target: { stat: 'p95', max: 10 } })).toBe(true);
    expect(targetMet({ ...figure, target: { stat: 'p95', max: 9 } })).toBe(false);
    expect(targetMet({ ...figure, target: { stat: 'median', max: 5 } })).toBe(true);
    expect(
      targetMet({
        id: 'y',
        label: 'y',
        unit: 'kB',
        value: 151,
        target: { stat: 'value', max: 150 },
      }),
    ).toBe(false);
  });

  it('counts a missing measurement as not met', () => {
    expect(
      targetMet({
        id: 'z',
        label: 'z',
        unit: 'ms',
        summary: summarize([]),
        target: { stat: 'p95', max: 1 },
      }),
    ).toBe(false);
  });
});

describe('formatTable', () => {
  it('prints one aligned line per figure with its verdict', () => {
    const text = formatTable([
      {
        id: 'a',
        label: '表三按键',
        unit: 'ms',
        summary: summarize([2, 4]),
        target: { stat: 'p95', max: 8 },
      },
      { id: 'b', label: 'JS', unit: 'kB', value: 160, target: { stat: 'value', max: 150 } },
    ]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('表三按键');
    expect(lines[2]).toMatch(/是$/);
    expect(lines[3]).toMatch(/否$/);
  });
});
