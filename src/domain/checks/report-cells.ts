/**
 * Every table cell of a report (表二, 表三, 表四) as one flat list built once from the
 * declarations: where it is, how to read it, its unit and, for a derived total, its parts.
 * Cell rules walk this list instead of listing rows again.
 */
import {
  APPLICANT_COLUMN_IDS,
  MATRIX_COLUMNS,
  MATRIX_ROWS,
  RESULT_ROW_IDS,
} from '../matrix/matrix-table';
import { PROACTIVE_CELLS, type ProactiveCellId } from '../report/proactive-table';
import type { Cell, Report } from '../report/report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_PART_IDS } from '../report/review-table';
import type { FindingLocation } from './finding';
import { at } from './make-finding';

export interface ReportCell {
  readonly location: FindingLocation;
  readonly unit: '件' | '万元';
  /** True for a total the editor computes (表三 总计 and （七）总计, 表四 总计). */
  readonly derived: boolean;
  readonly read: (report: Report) => Cell;
  /** The cells a derived total sums (empty for input cells). */
  readonly parts: readonly ((report: Report) => Cell)[];
}

/** Reads a 表二 cell by its dotted id. */
export function readProactive(report: Report, id: ProactiveCellId): Cell {
  const p = report.proactive;
  switch (id) {
    case 'rules.issued':
      return p.rules.issued;
    case 'rules.repealed':
      return p.rules.repealed;
    case 'rules.inForce':
      return p.rules.inForce;
    case 'normativeDocuments.issued':
      return p.normativeDocuments.issued;
    case 'normativeDocuments.repealed':
      return p.normativeDocuments.repealed;
    case 'normativeDocuments.inForce':
      return p.normativeDocuments.inForce;
    case 'licensing':
    case 'punishment':
    case 'enforcement':
    case 'feesWan':
      return p[id];
  }
}

function buildCells(): ReportCell[] {
  const cells: ReportCell[] = [];
  for (const cell of PROACTIVE_CELLS) {
    cells.push({
      location: at.proactive(cell.id),
      unit: cell.unit,
      derived: false,
      read: (r) => readProactive(r, cell.id),
      parts: [],
    });
  }
  for (const row of MATRIX_ROWS) {
    for (const column of MATRIX_COLUMNS) {
      const parts: ((r: Report) => Cell)[] = [];
      if (column.derived) {
        for (const c of APPLICANT_COLUMN_IDS) parts.push((r) => r.requests[row.id][c]);
      } else if (row.derived) {
        for (const id of RESULT_ROW_IDS) parts.push((r) => r.requests[id][column.id]);
      }
      cells.push({
        location: at.requests(row.id, column.id),
        unit: '件',
        derived: row.derived || column.derived,
        read: (r) => r.requests[row.id][column.id],
        parts,
      });
    }
  }
  for (const group of REVIEW_GROUPS) {
    for (const column of REVIEW_COLUMNS) {
      cells.push({
        location: at.review(group.id, column.id),
        unit: '件',
        derived: column.derived,
        read: (r) => r.reviewLitigation[group.id][column.id],
        parts: column.derived
          ? REVIEW_PART_IDS.map((c) => (r: Report) => r.reviewLitigation[group.id][c])
          : [],
      });
    }
  }
  return cells;
}

/** All 10 + 175 + 15 cells, in printed order. */
export const REPORT_CELLS: readonly ReportCell[] = buildCells();
