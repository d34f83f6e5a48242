import { describe, expect, it } from 'vitest';
import { computeTotals } from '../matrix/compute-totals';
import { MATRIX_COLUMN_IDS, MATRIX_ROW_IDS } from '../matrix/matrix-table';
import { createEmptyReport } from '../report/empty-report';
import { reportSchema, type Report } from '../report/report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../report/review-table';
import hongzeJson from '../test-fixtures/hongze-district-2024.report.json';
import seedJson from '../test-fixtures/seed-xiangxiang-xinfang-2022.report.json';
import { sampleReport } from '../test-fixtures/sample-report';
import { checkReport } from './check-report';
import { describeLocation } from './describe-location';
import { RULES } from './rules';

const seed = reportSchema.parse(seedJson);
const hongze = reportSchema.parse(hongzeJson);

function summary(report: Report, previousYear: Report | null = null): string[] {
  return checkReport(report, { previousYear }).map((f) => `${f.severity} ${f.key}`);
}

describe('checkReport on real reports', () => {
  it('finds in the seed no error and exactly one warning: the 2022 signature date', () => {
    const findings = checkReport(seed);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => [f.rule, f.message])).toEqual([
      [
        'dates',
        '落款日期为2022年1月10日，早于2023年1月1日：2022年度报告应在2023年1月1日至2023年1月31日之间落款，请核对年份',
      ],
    ]);
    // Advice only: 六 is silent on 信息处理费 (no unpaid-fee case) and 一 says 「门户网页」, not 平台.
    expect(findings.filter((f) => f.severity === 'info').map((f) => f.key)).toEqual([
      'fee-disclosure@other#missing',
      'overview-topics@overview#platform',
    ]);
  });

  it('finds in 洪泽区 2024 the 17 vs 95 statement and no arithmetic error', () => {
    expect(summary(hongze)).toEqual([
      'warning text-matches-tables@overview#newReceived:17',
      'warning dates@signature.date#missing',
      'info overview-topics@overview#assessment',
    ]);
  });

  it('finds nothing in a clean report', () => {
    expect(checkReport(sampleReport())).toEqual([]);
  });

  it('orders errors, then warnings, then advice', () => {
    const report = sampleReport({ problems: '无', other: '' });
    report.requests.newReceived.research = 1.5;
    expect(summary(report)).toEqual([
      'error matrix-balance@requests.carriedForward.research',
      'error matrix-row-total@requests.newReceived.total',
      'error counts-are-whole@requests.newReceived.research',
      'warning problems-present@problems#none',
      'info fee-disclosure@other#missing',
    ]);
  });
});

describe('checkReport on drafts', () => {
  it('does not throw on an empty draft and raises no error there', () => {
    const findings = checkReport(createEmptyReport({}, new Date('2024-01-05')));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(['no-blank-cells', 'dates', 'problems-present', 'fee-disclosure', 'overview-topics']),
    );
  });

  it('never throws on random partial drafts and keeps every finding well-formed', () => {
    let seedValue = 20221;
    const random = (): number => {
      seedValue = (seedValue * 1103515245 + 12345) % 2147483648;
      return seedValue / 2147483648;
    };
    const values = [null, null, 0, 1, 2, 7, 2.5, -1, 1e9, 1e12];
    const pick = <T>(list: readonly T[]): T => {
      const value = list[Math.floor(random() * list.length)];
      if (value === undefined) throw new Error('empty list');
      return value;
    };
    const ruleIds = new Set<string>(RULES.map((r) => r.id));
    for (let round = 0; round < 50; round += 1) {
      const report = createEmptyReport({
        year: 2022,
        agencyKind: pick(['department', 'government']),
      });
      for (const row of MATRIX_ROW_IDS) {
        for (const column of MATRIX_COLUMN_IDS) report.requests[row][column] = pick(values);
      }
      for (const group of REVIEW_GROUPS) {
        for (const column of REVIEW_COLUMNS)
          report.reviewLitigation[group.id][column.id] = pick(values);
      }
      report.proactive.feesWan = pick(values);
      report.overview = pick(['', '收到政府信息公开申请十二件，办结一百件。', '未发生行政复议。']);
      report.signature.date = pick([null, '2023-01-10', '2021-12-31']);
      const previous =
        round % 2 === 0 ? computeTotals(createEmptyReport({ year: 2021, fill: 0 })) : null;
      const findings = checkReport(round % 3 === 0 ? computeTotals(report) : report, {
        previousYear: previous,
      });
      for (const finding of findings) {
        expect(ruleIds.has(finding.rule)).toBe(true);
        expect(finding.message.length).toBeGreaterThan(0);
        expect(describeLocation(finding.location).length).toBeGreaterThan(0);
      }
      expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    }
  });

  it('uses last year’s report for carry-over, repetition and documents in force', () => {
    const previous = sampleReport({ year: 2021 });
    previous.requests.carriedForward.naturalPerson = 1;
    previous.requests.carriedForward.total = 1;
    previous.proactive.rules.inForce = 4;
    const report = sampleReport();
    expect(summary(report, previous)).toEqual([
      'warning carry-over@requests.carriedOver.naturalPerson',
      'warning problems-present@problems#repeated',
      'info documents-in-force@proactive.rules.inForce',
    ]);
  });
});
