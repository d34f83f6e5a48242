/**
 * Cell texts the table editors refused (「12件」, 「-3」): shown in the cell as typed while the
 * cell's value stays blank. The editor lists them with the malformed fields, so that 审核与导出
 * names every place where what the user typed is not yet in the report.
 */
import {
  describeCellTextProblem,
  parseCellText,
  type CellTextKind,
} from '@/domain/parse/parse-count';
import { PROACTIVE_CELLS } from '@/domain/report/proactive-table';
import type { CellTexts } from '@/ui/tables/use-table-editing';
import type { ShapeIssue } from './report-form';

const AMOUNT_PATHS = new Set(
  PROACTIVE_CELLS.filter((cell) => cell.unit === '万元').map((cell) => `proactive.${cell.id}`),
);

function kindOf(path: string): CellTextKind {
  return AMOUNT_PATHS.has(path) ? 'amount' : 'count';
}

/** The refused texts among the kept ones, as issues at their cells. */
export function refusedCellIssues(texts: Iterable<CellTexts>): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  for (const table of texts) {
    for (const [path, text] of table) {
      const kind = kindOf(path);
      const parsed = parseCellText(text, kind);
      if (parsed.ok) continue;
      issues.push({
        path,
        message: `${describeCellTextProblem(text, parsed.problem, kind)}，${parsed.reason}`,
        meanwhile: '此格按未填写处理',
      });
    }
  }
  return issues;
}
