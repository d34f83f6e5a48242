/**
 * A file named on the command line to a report: an exchange JSON (read by the app's own
 * reader) or a published report (.txt, .html, .docx, .pdf, read by the importer). Failures are
 * `CliInputError`s with a Chinese message; the command turns them into exit code 2.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parsePublishedReport } from '@/domain/parse/parse-published-report';
import type { ReadingProblem } from '@/domain/parse/reading';
import { readExchangeFile } from '@/domain/report/exchange';
import type { Report } from '@/domain/report/report-schema';
import { ImportFileError } from '@/import/import-error';
import type { PdfjsLike } from '@/import/read-pdf';
import { readPublishedFile } from '@/import/read-published-file';

export class CliInputError extends Error {
  override readonly name = 'CliInputError';
}

/** Extensions `check` picks up when a directory is named. */
export const REPORT_EXTENSIONS = ['.json', '.txt', '.html', '.htm', '.docx', '.pdf'];

async function loadPdfjs(): Promise<PdfjsLike> {
  // The legacy build runs on Node 20 and reads PDFs without a browser worker.
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') throw new CliInputError(`找不到文件「${file}」。`);
    if (code === 'EISDIR') throw new CliInputError(`「${file}」是文件夹，不是文件。`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliInputError(`没有权限读取「${file}」。`);
    throw new CliInputError(
      `无法读取「${file}」：${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export interface LoadedReport {
  report: Report;
  /** What reading a published report could not do exactly (empty for exchange JSON). */
  account: ReadingProblem[];
  /** Notes from the exchange reader (ignored keys, missing status). */
  notes: string[];
  source: 'exchange' | 'published';
}

export async function loadReport(file: string): Promise<LoadedReport> {
  const bytes = await readBytes(file);
  if (path.extname(file).toLowerCase() === '.json') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new CliInputError(`「${file}」不是 UTF-8 编码的 JSON 文件。`);
    }
    const result = readExchangeFile(text);
    if (!result.ok)
      throw new CliInputError(
        [`「${file}」：${result.message}`, ...result.details.map((d) => `  ${d}`)].join('\n'),
      );
    return { report: result.report, account: [], notes: result.warnings, source: 'exchange' };
  }
  try {
    const published = await readPublishedFile(path.basename(file), bytes, { loadPdfjs });
    const { report, account } = parsePublishedReport(published.input);
    return { report, account, notes: [], source: 'published' };
  } catch (error) {
    if (error instanceof ImportFileError)
      throw new CliInputError(error.message.replace(`「${path.basename(file)}」`, `「${file}」`));
    throw error;
  }
}

/** Files named, with directories replaced by the report files inside them (sorted, recursive). */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      files.push(p); // reported as missing when read
      continue;
    }
    if (!info.isDirectory()) {
      files.push(p);
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true });
    const inside = entries
      .filter((e) => e.isFile() && REPORT_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
    files.push(...inside);
  }
  return files;
}
