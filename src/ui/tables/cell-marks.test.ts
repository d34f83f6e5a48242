import { describe, expect, it } from 'vitest';
import type { Finding } from '@/domain/checks/finding';
import { buildCellMarks, linkedPaths } from './cell-marks';

const balance: Finding = {
  rule: 'matrix-balance',
  severity: 'error',
  location: { kind: 'requests', row: 'carriedForward', column: 'research' },
  related: [
    { kind: 'requests', row: 'newReceived', column: 'research' },
    { kind: 'requests', row: 'carriedOver', column: 'research' },
    { kind: 'requests', row: 'resultTotal', column: 'research' },
  ],
  message: '科研机构列：一+二=5，（七）总计+四=7，相差2',
  key: 'matrix-balance@requests.carriedForward.research',
};

const blank = (row: 'carriedForward' | 'granted'): Finding => ({
  rule: 'no-blank-cells',
  severity: 'warning',
  location: { kind: 'requests', row, column: 'research' },
  related: [],
  message: `${row}：未填写，没有数据请填0`,
  key: `no-blank-cells@requests.${row}.research`,
});

const elsewhere: Finding = {
  rule: 'review-total',
  severity: 'error',
  location: { kind: 'reviewLitigation', group: 'review', column: 'total' },
  related: [],
  message: '表四',
  key: 'review-total@reviewLitigation.review.total',
};

describe('buildCellMarks', () => {
  const marks = buildCellMarks(
    [balance, blank('carriedForward'), blank('granted'), elsewhere],
    'requests.',
  );

  it('marks the located cell and its related cells with the most severe finding first', () => {
    expect(marks.byPath.get('requests.carriedForward.research')).toEqual({
      severity: 'error',
      message: '科研机构列：一+二=5，（七）总计+四=7，相差2\ncarriedForward：未填写，没有数据请填0',
      primary: true,
      findingKeys: [balance.key, 'no-blank-cells@requests.carriedForward.research'],
      quiet: false,
    });
    expect(marks.byPath.get('requests.resultTotal.research')).toMatchObject({
      severity: 'error',
      primary: false,
    });
    expect(marks.byPath.has('reviewLitigation.review.total')).toBe(false);
  });

  it('keeps a cell that is only blank quiet', () => {
    expect(marks.byPath.get('requests.granted.research')).toMatchObject({
      severity: 'warning',
      quiet: true,
    });
  });

  it('links the cells that share a finding with the focused one', () => {
    expect([...linkedPaths(marks, 'requests.newReceived.research')].sort()).toEqual([
      'requests.carriedForward.research',
      'requests.carriedOver.research',
      'requests.newReceived.research',
      'requests.resultTotal.research',
    ]);
    expect(linkedPaths(marks, 'requests.granted.naturalPerson').size).toBe(0);
    expect(linkedPaths(marks, null).size).toBe(0);
  });
});
