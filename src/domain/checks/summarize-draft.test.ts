import { describe, expect, it } from 'vitest';
import { computeTotals } from '../matrix/compute-totals';
import type { Draft } from '../report/draft-schema';
import { createEmptyReport } from '../report/empty-report';
import type { Report } from '../report/report-schema';
import { checkReport } from './check-report';
import { draftSummarySchema } from './draft-summary';
import { summarizeDraft } from './summarize-draft';

/** A finished report: every cell 0, dates and sections right; no error and no warning. */
function finishedReport(): Report {
  const report = createEmptyReport({ agency: '甲市统计局', year: 2023, fill: 0 });
  report.signature = { agency: '甲市统计局', date: '2024-01-20' };
  report.overview =
    '2023年，甲市统计局坚持主动公开，依申请公开工作规范，政府信息管理有序，政府信息公开平台建设稳步推进，监督保障有力。';
  report.problems = '（一）存在的主要问题：公开内容还不够全面。（二）改进措施：加强培训。';
  report.other = '本年度未收取信息处理费。';
  return report;
}

function draftOf(report: Report, overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'd1',
    name: '',
    report,
    previousYear: null,
    acknowledgements: {},
    createdAt: '2024-01-05T01:00:00.000Z',
    updatedAt: '2024-01-20T02:00:00.000Z',
    exportedAt: null,
    ...overrides,
  };
}

describe('summarizeDraft', () => {
  it('counts a blank draft’s blank cells as open warnings: a 草稿', () => {
    const report = createEmptyReport({ agency: '乙区司法局', year: 2024 });
    const summary = summarizeDraft(draftOf(report));
    const warnings = checkReport(computeTotals(report)).filter((f) => f.severity === 'warning');
    expect(summary).toMatchObject({
      name: '乙区司法局2024年政府信息公开工作年度报告',
      agency: '乙区司法局',
      year: 2024,
      state: 'draft',
      errors: 0,
      warnings: warnings.length,
    });
    expect(summary.warnings).toBeGreaterThan(100);
    expect(draftSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('calls a report without error or open warning 已完成, and 已导出 until edited again', () => {
    const finished = draftOf(finishedReport(), { name: '统计局年报' });
    expect(summarizeDraft(finished)).toMatchObject({
      name: '统计局年报',
      state: 'complete',
      errors: 0,
      warnings: 0,
    });
    const exported = { ...finished, exportedAt: '2024-01-20T03:00:00.000Z' };
    expect(summarizeDraft(exported)).toMatchObject({
      state: 'exported',
      exportedAt: '2024-01-20T03:00:00.000Z',
    });
    const editedAfter = { ...exported, updatedAt: '2024-01-21T00:00:00.000Z' };
    expect(summarizeDraft(editedAfter).state).toBe('complete');
  });

  it('counts errors, and leaves acknowledged warnings out', () => {
    const report = finishedReport();
    report.requests.granted.naturalPerson = 5;
    const findings = checkReport(computeTotals(report));
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(summarizeDraft(draftOf(report))).toMatchObject({
      state: 'draft',
      errors: errors.length,
    });

    const dated = finishedReport();
    dated.signature.date = '2023-12-20';
    const warning = checkReport(computeTotals(dated)).find((f) => f.severity === 'warning');
    if (!warning) throw new Error('expected a date warning');
    const open = summarizeDraft(draftOf(dated));
    expect(open).toMatchObject({ state: 'draft', warnings: 1 });
    const acknowledged = summarizeDraft(
      draftOf(dated, {
        acknowledgements: { [warning.key]: { reason: '按上级通知提前落款', at: '2024-01-02' } },
      }),
    );
    expect(acknowledged).toMatchObject({ state: 'complete', warnings: 0 });
  });
});
