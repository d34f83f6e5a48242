import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '../report/empty-report';
import type { Report } from '../report/report-schema';
import { sampleReport } from '../test-fixtures/sample-report';
import { checkCountsAreWhole, checkFeeAmount, checkNoBlankCells } from './cell-rules';
import { REPORT_CELLS } from './report-cells';

describe('counts-are-whole', () => {
  it.each<[string, (r: Report) => void, string[]]>([
    ['all zero', () => undefined, []],
    [
      'a decimal in 表三',
      (r) => {
        r.requests.granted.research = 2.5;
      },
      ['表三 （一）予以公开 / 科研机构：2.5不是整数，件数应为不小于0的整数'],
    ],
    [
      'a negative count in 表四',
      (r) => {
        r.reviewLitigation.litigationDirect.pending = -1;
      },
      ['表四 行政诉讼 未经复议直接起诉 / 尚未审结：-1是负数，件数应为不小于0的整数'],
    ],
    [
      'a decimal count in 表二',
      (r) => {
        r.proactive.rules.inForce = 3.2;
      },
      ['表二 规章 现行有效件数：3.2不是整数，件数应为不小于0的整数'],
    ],
    [
      'a decimal 万元 amount, which is allowed',
      (r) => {
        r.proactive.feesWan = 12.34;
      },
      [],
    ],
    ['a large whole number', (r) => void (r.requests.newReceived.naturalPerson = 1e9), []],
  ])('%s', (_name, edit, messages) => {
    const report = sampleReport();
    edit(report);
    expect(checkCountsAreWhole(report).map((f) => f.message)).toEqual(messages);
  });

  it('points at the cell itself', () => {
    const report = sampleReport();
    report.requests.granted.research = 0.5;
    const [finding] = checkCountsAreWhole(report);
    expect(finding?.location).toEqual({ kind: 'requests', row: 'granted', column: 'research' });
    expect(finding?.severity).toBe('error');
    expect(finding?.key).toBe('counts-are-whole@requests.granted.research');
  });
});

describe('no-blank-cells', () => {
  it('finds nothing in a filled report', () => {
    expect(checkNoBlankCells(sampleReport())).toEqual([]);
  });

  it('gives one short warning per blank input cell of a blank draft, none on derived totals', () => {
    const findings = checkNoBlankCells(createEmptyReport({ year: 2022 }));
    const inputs = REPORT_CELLS.filter((c) => !c.derived);
    expect(inputs).toHaveLength(10 + 24 * 6 + 3 * 4);
    expect(findings).toHaveLength(inputs.length);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings[0]?.message).toBe('表二 规章 本年制发件数：未填写，没有数据请填0');
  });

  it('flags a blank printed total whose parts are filled (imported table)', () => {
    const report = sampleReport();
    report.requests.carriedOver.total = null;
    report.reviewLitigation.review.total = null;
    expect(checkNoBlankCells(report).map((f) => f.key)).toEqual([
      'no-blank-cells@requests.carriedOver.total',
      'no-blank-cells@reviewLitigation.review.total',
    ]);
  });
});

describe('fee-amount', () => {
  function fee(feesWan: number | null, agencyKind: Report['agencyKind'] = 'department'): string[] {
    const report = sampleReport({ agencyKind });
    report.proactive.feesWan = feesWan;
    return checkFeeAmount(report).map((f) => `${f.severity} ${f.key}`);
  }

  it.each<[number | null, Report['agencyKind'], string[]]>([
    [null, 'department', []],
    [0, 'department', []],
    [12.5, 'department', []],
    [9_999, 'department', []],
    [-3, 'department', ['error fee-amount@proactive.feesWan#negative']],
    [10_000, 'department', ['warning fee-amount@proactive.feesWan#magnitude']],
    [10_000.5, 'department', []],
    [100_000.5, 'department', ['warning fee-amount@proactive.feesWan#magnitude']],
    [7_545, 'government', []],
    [96_171.6, 'government', []],
    [100_000, 'government', ['warning fee-amount@proactive.feesWan#magnitude']],
    [1_000_000.5, 'government', ['warning fee-amount@proactive.feesWan#magnitude']],
  ])('%s 万元 for a %s', (value, kind, expected) => {
    expect(fee(value, kind)).toEqual(expected);
  });

  it('explains the yuan reading in the message', () => {
    const report = sampleReport();
    report.proactive.feesWan = 35_000;
    expect(checkFeeAmount(report)[0]?.message).toBe(
      '行政事业性收费金额填为35000万元（约3.5亿元），数额偏大，请确认单位是万元而不是元（按元计应填3.5）',
    );
  });
});
