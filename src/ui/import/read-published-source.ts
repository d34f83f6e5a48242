/**
 * What the import dialogs read: pasted text or a chosen file, through the importer and the
 * parser, together with the consistency checks of the result. pdf.js is loaded only when a PDF
 * is chosen.
 */
import { checkReport } from '@/domain/checks/check-report';
import type { Finding } from '@/domain/checks/finding';
import { parsePublishedReport, type PublishedReading } from '@/domain/parse/parse-published-report';
import type { Report } from '@/domain/report/report-schema';
import { ImportFileError } from '@/import/import-error';
import { loadPdfjs } from '@/import/load-pdfjs';
import { readPublishedFile } from '@/import/read-published-file';

export interface SourceReading {
  /** A name for the source: the file name, or 「粘贴的文字」. */
  name: string;
  /** The source as text, shown beside the reading. */
  sourceText: string;
  reading: PublishedReading;
  findings: Finding[];
}

/** Accepted file types, for the file input. */
export const PUBLISHED_FILE_ACCEPT =
  '.txt,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function readPastedText(text: string, previousYear: Report | null = null): SourceReading {
  if (!text.trim()) throw new ImportFileError('请先粘贴报告的文字。');
  const reading = /^\s*<(?:!doctype|html|table|div|p)[\s>]/i.test(text)
    ? parsePublishedReport({ kind: 'html', html: text })
    : parsePublishedReport({ kind: 'text', text });
  return {
    name: '粘贴的文字',
    sourceText: text,
    reading,
    findings: checkReport(reading.report, { previousYear }),
  };
}

export async function readChosenFile(
  file: File,
  previousYear: Report | null = null,
): Promise<SourceReading> {
  const source = await readPublishedFile(file.name, new Uint8Array(await file.arrayBuffer()), {
    loadPdfjs,
  });
  const reading = parsePublishedReport(source.input);
  return {
    name: file.name,
    sourceText: source.sourceText,
    reading,
    findings: checkReport(reading.report, { previousYear }),
  };
}

/** The message to show for a failed read: the importer's own, or a generic one. */
export function readErrorMessage(error: unknown): string {
  if (error instanceof ImportFileError) return error.message;
  return `读取失败：${error instanceof Error ? error.message : String(error)}`;
}
