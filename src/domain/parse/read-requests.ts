/**
 * 表三 from a token stream. Rows are found by their printed labels; where a source lost the
 * labels (a PDF text layer in reading order puts them away from their numbers) rows are placed
 * in the template's fixed order and the account says so. Printed totals are kept as printed.
 *
 * The 2019 trial template, and some 2021-era tables, print （六）其他处理 as ONE row. Decision:
 * for a column where that row is 0, the three sub-rows are 0 (counts are never negative, so
 * this is read, not guessed); where it is not 0, the number goes to 「3.其他」 and the two other
 * sub-rows stay empty for the user to split — a guess, recorded in the account.
 */
import {
  matrixRowName,
  MATRIX_COLUMN_IDS,
  MATRIX_COLUMNS,
  MATRIX_ROW_GROUPS,
  MATRIX_ROWS,
  type MatrixRowId,
} from '../matrix/matrix-table';
import { emptyMatrixRow } from '../report/empty-report';
import type { Requests } from '../report/report-schema';
import { matchLabel, printedLabelTail, type LabelCandidate } from './match-label';
import { labelKey } from './normalize-text';
import type { ReadingProblem } from './reading';
import { valueRuns, type TableToken } from './table-tokens';

/** A printed row of 表三: a row of the template, or the single （六） row of older layouts. */
type PrintedRowId = MatrixRowId | 'otherHandlingSingle';

const SINGLE_OTHER_LABEL = MATRIX_ROW_GROUPS.otherHandling.label;
const OTHER_HANDLING_ROWS = MATRIX_ROWS.filter((r) => r.group === 'otherHandling').map((r) => r.id);

function printedRows(single: boolean): LabelCandidate<PrintedRowId>[] {
  const rows: LabelCandidate<PrintedRowId>[] = [];
  for (const row of MATRIX_ROWS) {
    if (single && row.group === 'otherHandling') {
      if (row.id === OTHER_HANDLING_ROWS[0])
        rows.push({ id: 'otherHandlingSingle', label: SINGLE_OTHER_LABEL });
      continue;
    }
    rows.push({ id: row.id, label: row.label });
  }
  return rows;
}

function rowName(id: PrintedRowId): string {
  if (id === 'otherHandlingSingle') return SINGLE_OTHER_LABEL;
  const row = MATRIX_ROWS.find((r) => r.id === id);
  return row ? matrixRowName(row) : id;
}

/** True when the printed table has the single （六） row (no 1./2./3. under it). */
function hasSingleOtherRow(tokens: readonly TableToken[]): boolean {
  const labels = tokens.filter((t) => t.kind === 'label').map((t) => labelKey(t.text));
  // The sub-rows' own words, which survive any line breaking of their long labels.
  const sawSubRow = labels.some((l) => l.includes('逾期不补正') || l.includes('逾期未按收费'));
  const sawSingle = valueRuns(tokens).some(
    (run) => run.values.length > 0 && labelKey(run.label).endsWith(labelKey(SINGLE_OTHER_LABEL)),
  );
  return sawSingle && !sawSubRow;
}

export interface RequestsReading {
  requests: Requests;
  /** True when （六）其他处理 was printed as one row. */
  singleOtherRow: boolean;
}

export function readRequests(
  tokens: readonly TableToken[],
  account: ReadingProblem[],
): RequestsReading {
  const requests = Object.fromEntries(MATRIX_ROWS.map((r) => [r.id, emptyMatrixRow()])) as Requests; // safe: one entry per row id
  const single = hasSingleOtherRow(tokens);
  const sequence = printedRows(single);
  const filled = new Map<PrintedRowId, number[]>();
  const width = MATRIX_COLUMNS.length;
  let cursor = 0;

  const place = (
    id: PrintedRowId,
    values: ValueRunValues,
    note: { kind: 'label' | 'guess'; message: string } | null,
  ): void => {
    if (filled.has(id)) {
      account.push({
        kind: 'unplaced',
        severity: 'warning',
        rule: null,
        location: null,
        message: `表三「${rowName(id)}」出现了两次，第二次的数字（${values.map((v) => v.raw).join('、')}）未采用。`,
      });
      return;
    }
    filled.set(
      id,
      values.map((v) => v.value),
    );
    cursor = sequence.findIndex((c) => c.id === id) + 1;
    if (note) {
      account.push({
        kind: note.kind,
        severity: note.kind === 'label' ? 'info' : 'warning',
        rule: null,
        location:
          id === 'otherHandlingSingle' ? null : { kind: 'requests', row: id, column: 'total' },
        message: note.message,
      });
    }
    if (id === 'otherHandlingSingle') return;
    values.forEach((v, i) => {
      const column = MATRIX_COLUMN_IDS[i];
      if (!column || !v.blank) return;
      account.push({
        kind: 'blank',
        severity: 'warning',
        rule: 'no-blank-cells',
        location: { kind: 'requests', row: id, column },
        message: `表三「${rowName(id)}」「${MATRIX_COLUMNS[i]?.label ?? column}」印为「${v.raw || '空白'}」，按0读入；发布的表格应填0。`,
      });
    });
  };

  for (const run of valueRuns(tokens)) {
    const free = sequence.filter((c) => !filled.has(c.id));
    const match = run.label ? matchLabel(run.label, free) : null;
    if (run.values.length === 0) {
      if (match?.how === 'exact') {
        account.push({
          kind: 'unplaced',
          severity: 'warning',
          rule: null,
          location: null,
          message: `表三「${rowName(match.id)}」后面没有读到数字。`,
        });
      }
      continue;
    }
    if (run.values.length % width !== 0) {
      account.push({
        kind: 'unplaced',
        severity: 'error',
        rule: null,
        location: null,
        message: `表三${run.label ? `「${run.label}」后` : '中'}读到${run.values.length}个数（${run.values.map((v) => v.raw).join('、')}），不是每行${width}个，无法确定各自所在的单元格，未采用。`,
      });
      if (match) cursor = sequence.findIndex((c) => c.id === match.id) + 1;
      continue;
    }
    for (let start = 0; start < run.values.length; start += width) {
      const values = run.values.slice(start, start + width);
      if (start === 0 && match) {
        const note =
          match.how === 'close'
            ? {
                kind: 'label' as const,
                message: `表三行名「${printedLabelTail(run.label, match.label)}」与模板行名不完全一致，按最接近的「${match.label}」读入。`,
              }
            : null;
        place(match.id, values, note);
        continue;
      }
      const next = sequence.slice(cursor).find((c) => !filled.has(c.id));
      if (!next) {
        account.push({
          kind: 'unplaced',
          severity: 'error',
          rule: null,
          location: null,
          message: `表三多出一行数字（${values.map((v) => v.raw).join('、')}），找不到对应的行，未采用。`,
        });
        continue;
      }
      place(next.id, values, {
        kind: 'guess',
        message: `表三这一行数字（${values.map((v) => v.raw).join('、')}）前没有可辨认的行名，按模板行序放入「${rowName(next.id)}」。`,
      });
    }
  }

  for (const [id, values] of filled) {
    if (id === 'otherHandlingSingle') continue;
    requests[id] = Object.fromEntries(
      MATRIX_COLUMN_IDS.map((c, i) => [c, values[i] ?? null]),
    ) as Requests[MatrixRowId]; // safe: one entry per column id
  }

  const singleValues = filled.get('otherHandlingSingle');
  if (singleValues) {
    const nonZero: string[] = [];
    for (const [i, column] of MATRIX_COLUMN_IDS.entries()) {
      const value = singleValues[i] ?? null;
      if (value === 0) for (const id of OTHER_HANDLING_ROWS) requests[id][column] = 0;
      else {
        requests.otherOther[column] = value;
        nonZero.push(`${MATRIX_COLUMNS[i]?.label ?? column} ${String(value)}`);
      }
    }
    account.push({
      kind: 'guess',
      severity: nonZero.length > 0 ? 'warning' : 'info',
      rule: null,
      location: { kind: 'requests', row: 'otherOther', column: 'total' },
      message:
        nonZero.length > 0
          ? `表三「（六）其他处理」只印了一行（旧版格式）。为0的列三个子项均记为0；不为0的列（${nonZero.join('，')}）记入「3.其他」，「1.」「2.」两项留空，请按现行格式拆分。`
          : '表三「（六）其他处理」只印了一行（旧版格式），各列均为0，三个子项均记为0。',
    });
  }

  const missing = sequence.filter((c) => !filled.has(c.id));
  if (filled.size === 0) {
    account.push({
      kind: 'missing',
      severity: 'error',
      rule: null,
      location: null,
      message: '没有读到表三（收到和处理政府信息公开申请情况）的数字，表三留空。',
    });
  } else {
    for (const row of missing) {
      account.push({
        kind: 'missing',
        severity: 'error',
        rule: null,
        location:
          row.id === 'otherHandlingSingle'
            ? null
            : { kind: 'requests', row: row.id, column: 'total' },
        message: `表三「${rowName(row.id)}」没有读到数字，留空。`,
      });
    }
  }
  return { requests, singleOtherRow: single };
}

type ValueRunValues = ReturnType<typeof valueRuns>[number]['values'];
