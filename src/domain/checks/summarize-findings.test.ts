import { describe, expect, it } from 'vitest';
import { reportSchema } from '../report/report-schema';
import seedJson from '../test-fixtures/seed-xiangxiang-xinfang-2022.report.json';
import { sampleReport, withColumn } from '../test-fixtures/sample-report';
import { checkReport } from './check-report';
import { describeLocation } from './describe-location';
import type { FindingLocation } from './finding';
import { findingsAt, indexFindings, summarizeFindings } from './summarize-findings';

describe('describeLocation', () => {
  it.each<[FindingLocation, string]>([
    [{ kind: 'field', field: 'signature.date' }, '落款日期'],
    [{ kind: 'field', field: 'preamble' }, '前言'],
    [{ kind: 'narrative', section: 'problems' }, '五、存在的主要问题及改进情况'],
    [{ kind: 'proactive', cell: 'feesWan' }, '表二 行政事业性收费 本年收费金额（单位：万元）'],
    [
      { kind: 'requests', row: 'newReceived', column: 'research' },
      '表三 一、本年新收政府信息公开申请数量 / 科研机构',
    ],
    [
      { kind: 'requests', row: 'deniedStateSecret', column: 'total' },
      '表三 （三）不予公开 1.属于国家秘密 / 总计',
    ],
    [
      { kind: 'reviewLitigation', group: 'litigationAfterReview', column: 'pending' },
      '表四 行政诉讼 复议后起诉 / 尚未审结',
    ],
  ])('%j → %s', (location, text) => {
    expect(describeLocation(location)).toBe(text);
  });
});

describe('summarizeFindings', () => {
  const report = withColumn(sampleReport({ problems: '', overview: '' }), 'research', {
    newReceived: 2,
    carriedOver: 0,
    granted: 3,
  });
  report.signature.date = '2022-12-01';
  const findings = checkReport(report);

  it('counts per severity and per wizard step', () => {
    const summary = summarizeFindings(findings);
    expect(summary.bySeverity).toEqual({ error: 2, warning: 2, info: 1 });
    expect(summary.byStep.requests).toEqual({ error: 2, warning: 0, info: 0 });
    expect(summary.byStep.basics).toEqual({ error: 0, warning: 1, info: 0 });
    expect(summary.byStep.problems).toEqual({ error: 0, warning: 1, info: 0 });
    expect(summary.byStep.overview).toEqual({ error: 0, warning: 0, info: 1 });
    expect(summary.exportable).toBe(false);
    expect(summary.acknowledged).toBe(0);
  });

  it('sets acknowledged warnings apart, but never an error', () => {
    const acks = Object.fromEntries(findings.map((f) => [f.key, { reason: '已核实', at: '' }]));
    const summary = summarizeFindings(findings, acks);
    expect(summary.bySeverity).toEqual({ error: 2, warning: 0, info: 1 });
    expect(summary.acknowledged).toBe(2);
  });

  it('lets the seed be exported (no error)', () => {
    const seed = reportSchema.parse(seedJson);
    expect(summarizeFindings(checkReport(seed)).exportable).toBe(true);
  });
});

describe('findingsAt and indexFindings', () => {
  const report = withColumn(sampleReport(), 'research', {
    newReceived: 2,
    carriedOver: 0,
    granted: 3,
  });
  const findings = checkReport(report);
  const cell: FindingLocation = { kind: 'requests', row: 'newReceived', column: 'research' };
  const forward: FindingLocation = { kind: 'requests', row: 'carriedForward', column: 'research' };

  it('returns the findings at a location, and on request those it takes part in', () => {
    expect(findingsAt(findings, forward).map((f) => f.rule)).toEqual(['matrix-balance']);
    expect(findingsAt(findings, cell)).toEqual([]);
    expect(findingsAt(findings, cell, { includeRelated: true }).map((f) => f.key)).toEqual([
      'matrix-balance@requests.carriedForward.research',
    ]);
  });

  it('indexes every finding by location path in one pass', () => {
    const index = indexFindings(findings);
    expect(index.at.get('requests.carriedForward.research')?.map((f) => f.rule)).toEqual([
      'matrix-balance',
    ]);
    expect(index.related.get('requests.newReceived.research')).toHaveLength(1);
    expect(index.at.get('requests.newReceived.research')).toBeUndefined();
  });
});
