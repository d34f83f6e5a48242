/**
 * A clean report for tests to break one thing at a time: 2022, a department, every cell 0,
 * signed and published on 2023-01-10, with a 总体情况 that covers the five topics, a real 五
 * and the 信息处理费 sentence in 六. `checkReport` finds nothing in it.
 */
import { computeTotals } from '../matrix/compute-totals';
import type { MatrixColumnId, InputRowId } from '../matrix/matrix-table';
import { createEmptyReport } from '../report/empty-report';
import type { Report } from '../report/report-schema';

export const SAMPLE_OVERVIEW = [
  '（一）主动公开。本年度通过门户网站主动公开政府信息120条。',
  '（二）依申请公开。本年度共收到政府信息公开申请0件。',
  '（三）政府信息管理。严格执行信息发布审核制度。',
  '（四）政府信息公开平台建设。优化政府网站栏目。',
  '（五）监督保障。将政务公开纳入年度考核。',
].join('\n\n');

export const SAMPLE_PROBLEMS = [
  '（一）存在的主要问题：政策解读形式较为单一，信息更新的及时性有待提高。',
  '（二）改进情况：丰富图文解读和视频解读，建立信息更新台账并按月检查。',
].join('\n\n');

export function sampleReport(overrides: Partial<Report> = {}): Report {
  const base = createEmptyReport({
    agency: '某市某局',
    agencyKind: 'department',
    year: 2022,
    fill: 0,
  });
  return computeTotals({
    ...base,
    overview: SAMPLE_OVERVIEW,
    problems: SAMPLE_PROBLEMS,
    other: '本年度未收取信息处理费。',
    signature: { agency: '某市某局', date: '2023-01-10' },
    publishedAt: '2023-01-10',
    ...overrides,
  });
}

/** The report with some 表三 input cells of one column set, totals recomputed. */
export function withColumn(
  report: Report,
  column: Exclude<MatrixColumnId, 'total'>,
  values: Partial<Record<InputRowId, number | null>>,
): Report {
  const requests = { ...report.requests };
  for (const [row, value] of Object.entries(values)) {
    // safe: keys come from a Partial<Record<InputRowId, …>>
    const id = row as InputRowId;
    requests[id] = { ...requests[id], [column]: value ?? null };
  }
  return computeTotals({ ...report, requests });
}
