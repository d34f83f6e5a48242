/**
 * Downloads of a report: the exchange JSON, the standalone HTML page and the Word file, named
 * 「〔机关〕〔N〕年政府信息公开工作年度报告.ext」 (「（草稿）」 for drafts). Files are made in
 * the browser and handed over as Blob URLs: nothing leaves the machine.
 */
import { exportFileName, type ExportExtension } from '../domain/document/export-file-name';
import { renderReportHtml } from '../domain/document/render-report-html';
import {
  createExchangeFile,
  serializeExchangeFile,
  type ExportStatus,
} from '../domain/report/exchange';
import type { Report } from '../domain/report/report-schema';
import { downloadBlob } from './download-blob';
import { renderReportDocx } from './render-report-docx';

export type ExportFormat = ExportExtension;

const MIME_TYPES: Record<ExportFormat, string> = {
  json: 'application/json;charset=utf-8',
  html: 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The file of one format, not yet downloaded (also what tests inspect). */
export async function buildExportFile(
  report: Report,
  format: ExportFormat,
  status: ExportStatus,
  now: Date,
): Promise<{ fileName: string; blob: Blob }> {
  const fileName = exportFileName(report, status, format);
  switch (format) {
    case 'json': {
      const text = serializeExchangeFile(createExchangeFile(report, { status, now }));
      return { fileName, blob: new Blob([text], { type: MIME_TYPES.json }) };
    }
    case 'html':
      return {
        fileName,
        blob: new Blob([renderReportHtml(report, status)], { type: MIME_TYPES.html }),
      };
    case 'docx': {
      const bytes = await renderReportDocx(report, status);
      // Copy into a fresh ArrayBuffer: a Blob part must not be a view on a shared buffer.
      return { fileName, blob: new Blob([bytes.slice()], { type: MIME_TYPES.docx }) };
    }
  }
}

/** Makes the file and starts its download; resolves with the file name. */
export async function downloadReport(
  report: Report,
  format: ExportFormat,
  status: ExportStatus,
  now: Date,
): Promise<string> {
  const { fileName, blob } = await buildExportFile(report, format, status, now);
  downloadBlob(blob, fileName);
  return fileName;
}
