import { describe, expect, it } from 'vitest';
import { checkReport } from '@/domain/checks/check-report';
import type { Finding } from '@/domain/checks/finding';
import { at, makeFinding } from '@/domain/checks/make-finding';
import { computeTotals } from '@/domain/matrix/compute-totals';
import { createEmptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/report-schema';
import { stepOfPath, summarizeSteps } from './step-status';

function statusOf(
  report: Report,
  findings: Finding[] = [],
  extra: Partial<{
    acknowledgements: Record<string, { reason: string; at: string }>;
    shapeErrorPaths: string[];
  }> = {},
) {
  return summarizeSteps({
    report: computeTotals(report),
    findings,
    acknowledgements: extra.acknowledgements ?? {},
    shapeErrorPaths: extra.shapeErrorPaths ?? [],
  });
}

function completeBasics(report: Report): Report {
  return {
    ...report,
    agency: '湘乡市信访局',
    signature: { agency: '湘乡市信访局', date: '2023-01-10' },
    publishedAt: '2023-01-10',
  };
}

describe('summarizeSteps', () => {
  it('calls every step of a blank report 未开始', () => {
    const status = statusOf(createEmptyReport({ year: 2022 }));
    for (const step of Object.values(status)) expect(step.state).toBe('notStarted');
  });

  it('counts 基本信息 as started by any field and complete when its required fields are', () => {
    const blank = createEmptyReport({ year: 2022 });
    expect(statusOf({ ...blank, preamble: '根据《条例》…' }).basics.state).toBe('inProgress');
    expect(statusOf({ ...blank, agency: '湘乡市信访局' }).basics.state).toBe('inProgress');
    expect(statusOf(completeBasics(blank)).basics.state).toBe('complete');
  });

  it('needs every typed cell of a table filled for 已完成, derived totals aside', () => {
    const zeros = createEmptyReport({ year: 2022, fill: 0 });
    expect(statusOf(zeros).requests.state).toBe('complete');
    expect(statusOf(zeros).proactive.state).toBe('complete');
    expect(statusOf(zeros).reviewLitigation.state).toBe('complete');
    const oneBlank = structuredClone(zeros);
    oneBlank.requests.granted.research = null;
    expect(statusOf(oneBlank).requests.state).toBe('inProgress');
    const oneFilled = createEmptyReport({ year: 2022 });
    oneFilled.reviewLitigation.review.upheld = 1;
    expect(statusOf(oneFilled).reviewLitigation.state).toBe('inProgress');
  });

  it('keeps a filled step 进行中 while an error points into it, and counts errors and warnings per step', () => {
    const report = completeBasics(createEmptyReport({ year: 2022, fill: 0 }));
    report.requests.newReceived.naturalPerson = 5;
    report.signature.date = '2022-01-10';
    const findings = checkReport(computeTotals(report));
    const status = statusOf(report, findings);
    // 5 new, nothing handled: 自然人 and 总计 columns do not balance.
    expect(status.requests).toEqual({ state: 'inProgress', errors: 2, warnings: 0 });
    // Signed in the report's own year: one dates warning, not an error.
    expect(status.basics).toEqual({ state: 'complete', errors: 0, warnings: 1 });
    // 五 is empty: its warning counts even though the step is not started.
    expect(status.problems).toEqual({ state: 'notStarted', errors: 0, warnings: 1 });
  });

  it('leaves acknowledged warnings out of the count', () => {
    const report = completeBasics(createEmptyReport({ year: 2022 }));
    const warning = makeFinding('dates', at.field('signature.date'), '落款日期早于…');
    const open = statusOf(report, [warning]);
    expect(open.basics.warnings).toBe(1);
    const acknowledged = statusOf(report, [warning], {
      acknowledgements: {
        [warning.key]: { reason: '按市里通知提前落款', at: '2023-01-05T00:00:00Z' },
      },
    });
    expect(acknowledged.basics.warnings).toBe(0);
  });

  it('counts a malformed field as an error of its step', () => {
    const report = completeBasics(createEmptyReport({ year: 2022 }));
    const status = statusOf(report, [], { shapeErrorPaths: ['year', 'requests.granted.research'] });
    expect(status.basics).toMatchObject({ state: 'inProgress', errors: 1 });
    expect(status.requests.errors).toBe(1);
  });

  it('calls 审核与导出 complete only when every step is and no warning is open', () => {
    const full: Report = {
      ...completeBasics(createEmptyReport({ year: 2022, fill: 0 })),
      overview: '主动公开…',
      problems: '（一）存在的主要问题…',
      other: '本年度未收取信息处理费。',
    };
    expect(statusOf(full).review.state).toBe('complete');
    const warning = makeFinding('problems-present', at.narrative('problems'), '与上年重复');
    expect(statusOf(full, [warning]).review.state).toBe('inProgress');
    expect(statusOf(createEmptyReport({ year: 2022 })).review.state).toBe('notStarted');
  });
});

describe('stepOfPath', () => {
  it('finds the step that edits a form path', () => {
    expect(stepOfPath('signature.date')).toBe('basics');
    expect(stepOfPath('preamble')).toBe('basics');
    expect(stepOfPath('overview')).toBe('overview');
    expect(stepOfPath('requests.newReceived.total')).toBe('requests');
    expect(stepOfPath('reviewLitigation.review.upheld')).toBe('reviewLitigation');
  });
});
