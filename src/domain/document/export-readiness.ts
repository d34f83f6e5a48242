/**
 * Whether a draft may be exported as final. A report with errors can always be exported, but
 * only as a draft marked 「草稿」; a final export needs no error, every warning acknowledged
 * with a reason, and no unfilled cell (the exchange format's promise: a final file has no
 * null).
 */
import type { Finding } from '../checks/finding';
import type { Draft } from '../report/draft-schema';
import { describeReportPath } from '../report/exchange-issues';
import { unfilledCellPaths } from '../report/exchange';

export interface ExportReadiness {
  /** True when nothing blocks a final export. */
  finalAllowed: boolean;
  errors: number;
  unacknowledgedWarnings: number;
  /** Chinese names of the cells not filled in, in table order. */
  unfilledCells: string[];
  /** One sentence naming what blocks the final export, or '' when nothing does. */
  summary: string;
}

export function assessExportReadiness(
  draft: Pick<Draft, 'report' | 'acknowledgements'>,
  findings: readonly Finding[],
): ExportReadiness {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const unacknowledgedWarnings = findings.filter(
    (f) => f.severity === 'warning' && !Object.hasOwn(draft.acknowledgements, f.key),
  ).length;
  const unfilledCells = unfilledCellPaths(draft.report).map(describeReportPath);
  const parts = [
    errors > 0 ? `${errors} 个错误` : '',
    unacknowledgedWarnings > 0 ? `${unacknowledgedWarnings} 个未确认的警告` : '',
    unfilledCells.length > 0 ? `${unfilledCells.length} 个未填写的单元格` : '',
  ].filter((part) => part !== '');
  return {
    finalAllowed: parts.length === 0,
    errors,
    unacknowledgedWarnings,
    unfilledCells,
    summary: parts.length === 0 ? '' : `还有 ${parts.join('、')}，暂时只能导出草稿。`,
  };
}
