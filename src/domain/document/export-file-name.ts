/**
 * File names of exported reports: 「湘乡市信访局2022年政府信息公开工作年度报告.docx」, with
 * 「（草稿）」 before the extension for a draft, so that a draft is recognisable in any folder.
 */
import type { ExportStatus } from '../report/exchange';
import type { Report } from '../report/report-schema';
import { DRAFT_MARK } from './document-model';
import { reportTitle } from './report-document';

export type ExportExtension = 'json' | 'html' | 'docx';

/** Characters Windows does not allow in file names, and controls. */
function isForbiddenInFileName(ch: string): boolean {
  return '\\/:*?"<>|'.includes(ch) || (ch.codePointAt(0) ?? 0) < 0x20;
}

/** The longest base name kept (Windows paths are limited; real titles are far shorter). */
const MAX_BASE_LENGTH = 120;

export function exportFileName(
  report: Pick<Report, 'agency' | 'year'>,
  status: ExportStatus,
  extension: ExportExtension,
): string {
  const title = [...reportTitle(report)]
    .map((ch) => (isForbiddenInFileName(ch) ? '_' : ch))
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const base = [...title].slice(-MAX_BASE_LENGTH).join('');
  const suffix = status === 'draft' ? `（${DRAFT_MARK}）` : '';
  return `${base}${suffix}.${extension}`;
}
