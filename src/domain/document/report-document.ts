/**
 * Report → neutral document model (see `document-model.ts`): the title, 前言, the six sections
 * with their printed headings, paragraphs, the three tables, the 落款, and the 「草稿」 mark of
 * a draft export. One model feeds the HTML page and the Word file.
 */
import { computeTotals } from '../matrix/compute-totals';
import type { ExportStatus } from '../report/exchange';
import type { Report } from '../report/report-schema';
import { SECTIONS, type SectionId } from '../report/sections';
import type { DocBlock, DocTable, ReportDocument } from './document-model';
import { cleanText, formatDate, splitParagraphs } from './format';
import { buildProactiveTable, buildRequestsTable, buildReviewTable } from './report-tables';

/** 「〔机关名称〕〔N〕年政府信息公开工作年度报告」; without an agency name, the year alone. */
export function reportTitle(report: Pick<Report, 'agency' | 'year'>): string {
  return `${cleanText(report.agency).replace(/\s+/g, ' ').trim()}${report.year}年政府信息公开工作年度报告`;
}

function paragraphs(text: string): DocBlock[] {
  return splitParagraphs(text).map((lines) => ({ kind: 'paragraph', lines }));
}

function sectionTable(report: Report, section: SectionId): DocTable | null {
  switch (section) {
    case 'proactive':
      return buildProactiveTable(report.proactive);
    case 'requests':
      return buildRequestsTable(report.requests);
    case 'reviewLitigation':
      return buildReviewTable(report.reviewLitigation);
    default:
      return null;
  }
}

function sectionText(report: Report, section: SectionId): string {
  switch (section) {
    case 'overview':
    case 'problems':
    case 'other':
      return report[section];
    default:
      return '';
  }
}

/**
 * The document a report prints as. Derived totals are printed computed from their parts, as
 * the exchange JSON writes them, so that every export of one report shows the same numbers
 * (a total that disagreed on import is an error finding, which allows only a draft export).
 */
export function buildReportDocument(input: Report, status: ExportStatus): ReportDocument {
  const report = computeTotals(input);
  const body: DocBlock[] = [];
  for (const section of SECTIONS) {
    body.push({ kind: 'heading', section: section.id, text: section.heading });
    const table = sectionTable(report, section.id);
    if (table) body.push({ kind: 'table', table });
    else body.push(...paragraphs(sectionText(report, section.id)));
  }
  const signatureAgency = cleanText(report.signature.agency.trim() || report.agency.trim()).trim();
  return {
    title: reportTitle(report),
    draft: status === 'draft',
    preamble: paragraphs(report.preamble),
    body,
    signature: [signatureAgency, formatDate(report.signature.date)].filter((line) => line !== ''),
  };
}
