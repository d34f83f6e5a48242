/**
 * text-matches-tables: the numbers the narrative states (前言, 一、总体情况, 五, 六) agree
 * with the tables; and the narrative's signal for fee-amount (an amount in 元 typed into the
 * 万元 cell). Statements are read by `narrative-numbers.ts`; a table value not yet filled is
 * not compared.
 */
import {
  matrixRowTotal,
  resultColumnTotal,
  reviewRowTotal,
  sumCells,
} from '../matrix/compute-totals';
import { APPLICANT_COLUMN_IDS } from '../matrix/matrix-table';
import { PROACTIVE_CELLS, type ProactiveCellId } from '../report/proactive-table';
import type { Cell, Report } from '../report/report-schema';
import { narrativeTitle } from './describe-location';
import type { Finding, FindingLocation } from './finding';
import { at, formatNumber, makeFinding } from './make-finding';
import {
  extractNarrativeNumbers,
  type NarrativeQuantity,
  type NarrativeStatement,
} from './narrative-numbers';
import { readProactive } from './report-cells';

/** The narrative parts whose numbers are read, in printed order. */
export const NUMBER_SECTIONS = ['preamble', 'overview', 'problems', 'other'] as const;
export type NumberSection = (typeof NUMBER_SECTIONS)[number];

export function narrativeLocation(section: NumberSection): FindingLocation {
  return section === 'preamble' ? at.field('preamble') : at.narrative(section);
}

interface TableFigure {
  readonly value: Cell;
  /** 「表三本年新收总计为95件」 without the value. */
  readonly name: string;
  readonly cells: FindingLocation[];
  /** Extra text after the value, e.g. the two 行政诉讼 groups. */
  readonly detail?: string;
}

function rowTotal(report: Report, row: 'newReceived' | 'carriedOver' | 'carriedForward'): Cell {
  const values = report.requests[row];
  return values.total ?? matrixRowTotal(values);
}

function completedTotal(report: Report): Cell {
  const { requests } = report;
  return (
    requests.resultTotal.total ??
    sumCells(
      APPLICANT_COLUMN_IDS.map((c) => requests.resultTotal[c] ?? resultColumnTotal(requests, c)),
    )
  );
}

function proactiveFigure(report: Report, id: ProactiveCellId): TableFigure {
  const cell = PROACTIVE_CELLS.find((c) => c.id === id);
  return {
    value: readProactive(report, id),
    name: `表二“${cell?.row ?? id}”${cell?.column ?? ''}`,
    cells: [at.proactive(id)],
  };
}

function tableFigure(report: Report, quantity: NarrativeQuantity): TableFigure {
  const { reviewLitigation: rl } = report;
  switch (quantity) {
    case 'newReceived':
      return {
        value: rowTotal(report, quantity),
        name: '表三本年新收总计',
        cells: [at.requests(quantity, 'total')],
      };
    case 'carriedOver':
      return {
        value: rowTotal(report, quantity),
        name: '表三上年结转总计',
        cells: [at.requests(quantity, 'total')],
      };
    case 'carriedForward':
      return {
        value: rowTotal(report, quantity),
        name: '表三结转下年度继续办理总计',
        cells: [at.requests(quantity, 'total')],
      };
    case 'resultTotal':
      return {
        value: completedTotal(report),
        name: '表三办理结果（七）总计',
        cells: [at.requests('resultTotal', 'total')],
      };
    case 'review':
      return {
        value: rl.review.total ?? reviewRowTotal(rl.review),
        name: '表四行政复议总计',
        cells: [at.review('review', 'total')],
      };
    case 'litigation': {
      const direct = rl.litigationDirect.total ?? reviewRowTotal(rl.litigationDirect);
      const after = rl.litigationAfterReview.total ?? reviewRowTotal(rl.litigationAfterReview);
      return {
        value: sumCells([direct, after]),
        name: '表四行政诉讼合计',
        cells: [
          at.review('litigationDirect', 'total'),
          at.review('litigationAfterReview', 'total'),
        ],
        detail: `（未经复议直接起诉${formatNumber(direct ?? 0)}件，复议后起诉${formatNumber(after ?? 0)}件）`,
      };
    }
    case 'feesWan':
      return proactiveFigure(report, 'feesWan');
    default:
      return proactiveFigure(report, quantity);
  }
}

function statementFinding(
  section: NumberSection,
  statement: NarrativeStatement,
  figure: TableFigure,
  tableValue: number,
): Finding {
  const unit = statement.quantity === 'feesWan' ? '万元' : '件';
  return makeFinding(
    'text-matches-tables',
    narrativeLocation(section),
    `${narrativeTitle(section)}中“${statement.phrase}”，${figure.name}为${formatNumber(tableValue)}${unit}${figure.detail ?? ''}`,
    { related: figure.cells, subject: `${statement.quantity}:${formatNumber(statement.value)}` },
  );
}

/** 「收费…元」 where the 万元 cell holds the same number: the clerk typed yuan. */
function yuanTypedAsWan(
  section: NumberSection,
  statement: NarrativeStatement,
  wan: number,
): Finding {
  const yuan = formatNumber(wan);
  return makeFinding(
    'fee-amount',
    at.proactive('feesWan'),
    `${narrativeTitle(section)}中“${statement.phrase}”，表二收费金额也填了${yuan}，但表二的单位是万元：${yuan}元应填${formatNumber(wan / 10_000)}`,
    { severity: 'warning', related: [narrativeLocation(section)], subject: 'yuan-in-text' },
  );
}

/** text-matches-tables over every narrative part, plus fee-amount's narrative signal. */
export function checkTextMatchesTables(report: Report): Finding[] {
  const findings: Finding[] = [];
  const figures = new Map<NarrativeQuantity, TableFigure>();
  for (const section of NUMBER_SECTIONS) {
    for (const statement of extractNarrativeNumbers(report[section], report.year)) {
      let figure = figures.get(statement.quantity);
      if (!figure) {
        figure = tableFigure(report, statement.quantity);
        figures.set(statement.quantity, figure);
      }
      const value = figure.value;
      if (value === null) continue;
      if (Math.abs(value - statement.value) <= statement.tolerance) continue;
      if (
        statement.quantity === 'feesWan' &&
        statement.unit === '元' &&
        value !== 0 &&
        Math.abs(value - statement.value * 10_000) < 1e-6
      ) {
        findings.push(yuanTypedAsWan(section, statement, value));
        continue;
      }
      findings.push(statementFinding(section, statement, figure, value));
    }
  }
  return findings;
}
