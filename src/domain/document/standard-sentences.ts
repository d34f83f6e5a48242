/**
 * Standard sentences built from the tables, offered by the editor as a one-click insert into
 * the narrative. Each states its figures in the phrasing that the text-matches-tables rule
 * reads, so an inserted sentence always agrees with the tables it came from. A sentence whose
 * figures are not yet filled in is not offered (null): a sentence with made-up zeros would be
 * worse than none.
 */
import {
  matrixRowTotal,
  resultColumnTotal,
  reviewRowTotal,
  sumCells,
} from '../matrix/compute-totals';
import { APPLICANT_COLUMN_IDS, MATRIX_ROW_GROUPS, MATRIX_ROWS } from '../matrix/matrix-table';
import type { Cell, Report } from '../report/report-schema';

function whole(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);
}

function total(report: Report, row: (typeof MATRIX_ROWS)[number]['id']): Cell {
  const values = report.requests[row];
  if (values.total !== null) return values.total;
  if (row === 'resultTotal') {
    return sumCells(APPLICANT_COLUMN_IDS.map((c) => resultColumnTotal(report.requests, c)));
  }
  return matrixRowTotal(values);
}

/** The result categories of 表三 as a sentence names them, with their rows. */
const RESULT_CATEGORIES = [
  { name: '予以公开', rows: ['granted'] },
  { name: '部分公开', rows: ['partiallyGranted'] },
  ...(['denied', 'unable', 'notProcessed', 'otherHandling'] as const).map((group) => ({
    // 「（三）不予公开」 → 「不予公开」
    name: MATRIX_ROW_GROUPS[group].label.replace(/^（[一二三四五六七]）/, ''),
    rows: MATRIX_ROWS.filter((r) => r.group === group).map((r) => r.id),
  })),
] as const satisfies readonly { name: string; rows: readonly string[] }[];

/**
 * 依申请公开: 「本年度共收到政府信息公开申请N件，上年结转M件，办结K件（其中予以公开a件，…），
 * 结转下年度继续办理r件。」 Result categories with 0 are left out of the parenthesis.
 */
export function applicationsSentence(report: Report): string | null {
  const received = total(report, 'newReceived');
  const carried = total(report, 'carriedOver');
  const completed = total(report, 'resultTotal');
  const forward = total(report, 'carriedForward');
  if (received === null || carried === null || completed === null || forward === null) return null;
  const parts: string[] = [];
  for (const category of RESULT_CATEGORIES) {
    const sum = sumCells(category.rows.map((row) => total(report, row))) ?? 0;
    if (sum !== 0) parts.push(`${category.name}${whole(sum)}件`);
  }
  const detail = parts.length > 0 ? `（其中${parts.join('，')}）` : '';
  return `本年度共收到政府信息公开申请${whole(received)}件，上年结转${whole(carried)}件，办结${whole(completed)}件${detail}，结转下年度继续办理${whole(forward)}件。`;
}

/** 四: 「本年度因政府信息公开被申请行政复议x件、提起行政诉讼y件。」 (or none of either). */
export function reviewLitigationSentence(report: Report): string | null {
  const rl = report.reviewLitigation;
  const review = rl.review.total ?? reviewRowTotal(rl.review);
  const litigation = sumCells([
    rl.litigationDirect.total ?? reviewRowTotal(rl.litigationDirect),
    rl.litigationAfterReview.total ?? reviewRowTotal(rl.litigationAfterReview),
  ]);
  if (review === null || litigation === null) return null;
  if (review === 0 && litigation === 0) {
    return '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。';
  }
  return `本年度因政府信息公开被申请行政复议${whole(review)}件、提起行政诉讼${whole(litigation)}件。`;
}

/**
 * 主动公开 (表二): 规章 and 行政规范性文件 counts, then the decisions and the fee amount.
 * Needs the six document counts; the rest is added when filled.
 */
export function proactiveSentence(report: Report): string | null {
  const p = report.proactive;
  const docs = [p.rules, p.normativeDocuments];
  if (docs.some((d) => d.issued === null || d.repealed === null || d.inForce === null)) return null;
  const documents = (['规章', '行政规范性文件'] as const)
    .map((name, i) => {
      const d = docs[i];
      if (!d) return '';
      return `制发${name}${whole(d.issued ?? 0)}件，废止${name}${whole(d.repealed ?? 0)}件，现行有效${name}${whole(d.inForce ?? 0)}件`;
    })
    .join('；');
  const decisions: string[] = [];
  if (p.licensing !== null) decisions.push(`行政许可决定${whole(p.licensing)}件`);
  if (p.punishment !== null) decisions.push(`行政处罚决定${whole(p.punishment)}件`);
  if (p.enforcement !== null) decisions.push(`行政强制决定${whole(p.enforcement)}件`);
  let sentence = `本年度${documents}。`;
  if (decisions.length > 0) sentence += `作出${decisions.join('、')}。`;
  if (p.feesWan !== null) sentence += `行政事业性收费${whole(p.feesWan)}万元。`;
  return sentence;
}

/**
 * 六: the 信息处理费 statement (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号).
 * `collectedYuan` is what the agency states it collected, in 元; none by default.
 */
export function feeSentence(collectedYuan = 0): string {
  if (collectedYuan <= 0) return '本年度未收取信息处理费。';
  return `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费${whole(collectedYuan)}元。`;
}
