/**
 * 表二 from a token stream: each printed row (规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制,
 * 行政事业性收费) with exactly its number of cells. A group the source lacks stays empty and is
 * reported. The 2019 trial template's 表二 counts different things (新制作/新公开/对外公开总数量,
 * 上一年项目数量/本年增减) and is not carried into the 2021 shape.
 */
import type { Proactive } from '../report/report-schema';
import {
  PROACTIVE_CELLS,
  PROACTIVE_GROUPS,
  proactiveCellName,
  type ProactiveCellId,
} from '../report/proactive-table';
import { matchLabel, type LabelCandidate } from './match-label';
import { labelKey } from './normalize-text';
import type { ReadingProblem } from './reading';
import { valueRuns, type TableToken } from './table-tokens';

/** Header words that only the 2019 trial template's 表二 prints. */
const TRIAL_TEMPLATE_HEADERS = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '采购项目数量',
];

interface PrintedRow {
  label: string;
  cells: (typeof PROACTIVE_CELLS)[number][];
}

function printedRows(): PrintedRow[] {
  const rows: PrintedRow[] = [];
  for (const cell of PROACTIVE_CELLS) {
    const row = rows.find((r) => r.label === cell.row);
    if (row) row.cells.push(cell);
    else rows.push({ label: cell.row, cells: [cell] });
  }
  return rows;
}

function emptyProactive(): Proactive {
  return {
    rules: { issued: null, repealed: null, inForce: null },
    normativeDocuments: { issued: null, repealed: null, inForce: null },
    licensing: null,
    punishment: null,
    enforcement: null,
    feesWan: null,
  };
}

/** Sets one 表二 cell by its dotted id. */
export function setProactiveCell(
  proactive: Proactive,
  id: ProactiveCellId,
  value: number | null,
): void {
  const [head, tail] = id.split('.');
  if (
    tail &&
    (head === 'rules' || head === 'normativeDocuments') &&
    (tail === 'issued' || tail === 'repealed' || tail === 'inForce')
  ) {
    proactive[head][tail] = value;
  } else if (
    head === 'licensing' ||
    head === 'punishment' ||
    head === 'enforcement' ||
    head === 'feesWan'
  ) {
    proactive[head] = value;
  }
}

/** Header words of 表二 that run into a row label when the table is read as text. */
const HEADER_WORDS = [
  '信息内容',
  ...PROACTIVE_GROUPS.flatMap((g) => [g.article, ...g.columns]),
].map(labelKey);

/** A printed row label without the header words before it, for messages. */
function rowLabelOf(printed: string): string {
  const key = labelKey(printed);
  let start = 0;
  for (const word of HEADER_WORDS) {
    const at = key.lastIndexOf(word);
    if (at >= 0) start = Math.max(start, at + word.length);
  }
  return key.slice(start) || key;
}

export function isTrialTemplateProactive(tokens: readonly TableToken[]): boolean {
  const keys = TRIAL_TEMPLATE_HEADERS.map(labelKey);
  return tokens.some((t) => t.kind === 'label' && keys.some((k) => labelKey(t.text).includes(k)));
}

export function readProactive(tokens: readonly TableToken[], account: ReadingProblem[]): Proactive {
  const proactive = emptyProactive();
  if (tokens.length === 0) {
    account.push({
      kind: 'missing',
      severity: 'error',
      rule: null,
      location: null,
      message: '没有读到表二（主动公开政府信息情况），表二留空。',
    });
    return proactive;
  }
  if (isTrialTemplateProactive(tokens)) {
    account.push({
      kind: 'missing',
      severity: 'warning',
      rule: null,
      location: null,
      message:
        '表二是2019年试行格式（本年新制作数量、对外公开总数量等），与现行格式统计口径不同，未读入，表二留空。',
    });
    return proactive;
  }
  const rows = printedRows();
  const candidates: LabelCandidate<string>[] = rows.map((r) => ({ id: r.label, label: r.label }));
  const found = new Set<string>();
  for (const run of valueRuns(tokens)) {
    if (run.values.length === 0) continue;
    const match = matchLabel(
      run.label,
      candidates.filter((c) => !found.has(c.id)),
    );
    const row = match && rows.find((r) => r.label === match.id);
    if (!match || !row) {
      account.push({
        kind: 'unplaced',
        severity: 'warning',
        rule: null,
        location: null,
        message: `表二${run.label ? `「${run.label}」` : ''}后的数字（${run.values.map((v) => v.raw).join('、')}）找不到对应的行，未采用。`,
      });
      continue;
    }
    if (run.values.length !== row.cells.length) {
      account.push({
        kind: 'unplaced',
        severity: 'error',
        rule: null,
        location: row.cells[0] ? { kind: 'proactive', cell: row.cells[0].id } : null,
        message: `表二「${row.label}」后读到${run.values.length}个数（${run.values.map((v) => v.raw).join('、')}），应为${row.cells.length}个，未采用。`,
      });
      continue;
    }
    found.add(row.label);
    if (match.how === 'close') {
      account.push({
        kind: 'label',
        severity: 'info',
        rule: null,
        location: row.cells[0] ? { kind: 'proactive', cell: row.cells[0].id } : null,
        message: `表二行名「${rowLabelOf(run.label)}」与模板不完全一致，按最接近的「${row.label}」读入。`,
      });
    }
    row.cells.forEach((cell, i) => {
      const token = run.values[i];
      if (!token) return;
      setProactiveCell(proactive, cell.id, token.value);
      if (token.blank) {
        account.push({
          kind: 'blank',
          severity: 'warning',
          rule: 'no-blank-cells',
          location: { kind: 'proactive', cell: cell.id },
          message: `表二「${proactiveCellName(cell)}」印为「${token.raw || '空白'}」，按0读入；发布的表格应填0。`,
        });
      }
    });
  }
  for (const row of rows) {
    if (found.has(row.label)) continue;
    account.push({
      kind: 'missing',
      severity: 'warning',
      rule: null,
      location: row.cells[0] ? { kind: 'proactive', cell: row.cells[0].id } : null,
      message: `表二没有「${row.label}」一行，${row.cells.length > 1 ? '这几格' : '这一格'}留空。`,
    });
  }
  return proactive;
}
