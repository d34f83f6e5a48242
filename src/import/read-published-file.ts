/**
 * A chosen or dropped file to the parser's input: .txt and .html are decoded (UTF-8, else
 * GB18030), .docx is unzipped, .pdf is read through pdf.js. The kind is decided by the file's
 * first bytes as well as its name, so a page saved as .txt with HTML in it still reads as HTML.
 * Every failure is an ImportFileError with a Chinese message.
 */
import { extractHtmlBlocks } from '@/domain/parse/html-blocks';
import type { PublishedInput } from '@/domain/parse/reading';
import { decodeText, type TextEncodingName } from './decode-text';
import { ImportFileError } from './import-error';
import { readDocxBlocks } from './read-docx';
import { readPdfBlocks, type PdfjsLike } from './read-pdf';

/** Largest file accepted: real reports are well under 10 MB. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export type PublishedFileKind = 'text' | 'html' | 'docx' | 'pdf';

export interface PublishedFile {
  input: PublishedInput;
  kind: PublishedFileKind;
  /** The encoding a text or HTML file was read in. */
  encoding: TextEncodingName | null;
  /** Plain text of the source, shown beside the reading. */
  sourceText: string;
}

export interface ReadFileOptions {
  /** Loads pdf.js only when a PDF is actually chosen. */
  loadPdfjs: () => Promise<PdfjsLike>;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function extension(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(text) ||
    /<table[\s>][\s\S]*<\/table>/i.test(text)
  );
}

/** Text of blocks for showing the source beside the reading. */
function blocksText(input: PublishedInput): string {
  if (input.kind === 'text') return input.text;
  if (input.kind === 'html') return '';
  return input.blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? ' '.repeat(b.indent ?? 0) + b.text
        : b.rows
            .map((r) =>
              r
                .filter((c) => !c.merged)
                .map((c) => c.text.replace(/\n/g, ' '))
                .join(' | '),
            )
            .join('\n'),
    )
    .join('\n');
}

export async function readPublishedFile(
  name: string,
  data: Uint8Array,
  options: ReadFileOptions,
): Promise<PublishedFile> {
  const ext = extension(name);
  if (data.length === 0) throw new ImportFileError(`「${name}」是空文件，没有可读取的内容。`);
  if (data.length > MAX_FILE_BYTES)
    throw new ImportFileError(`「${name}」太大（超过 30 MB），不像是一份年度报告。`);
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) {
    const blocks = await readPdfBlocks(data, await options.loadPdfjs());
    const input: PublishedInput = { kind: 'blocks', blocks, lineMode: 'lines' };
    return { input, kind: 'pdf', encoding: null, sourceText: blocksText(input) };
  }
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    const blocks = readDocxBlocks(data);
    const input: PublishedInput = { kind: 'blocks', blocks, lineMode: 'paragraphs' };
    return { input, kind: 'docx', encoding: null, sourceText: blocksText(input) };
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportFileError(
      `「${name}」是旧版 Word（.doc）或 Excel 文件，无法直接读取。请在 Word 中另存为 .docx，或复制网页上的文字粘贴进来。`,
    );
  }
  if (
    [
      'pdf',
      'docx',
      'doc',
      'xls',
      'xlsx',
      'wps',
      'ofd',
      'zip',
      'rar',
      'png',
      'jpg',
      'jpeg',
    ].includes(ext)
  ) {
    throw new ImportFileError(
      `「${name}」不是有效的 ${ext.toUpperCase()} 文件，或这种文件无法读取。可以读取 .txt、.html、.docx、.pdf。`,
    );
  }
  const { text, encoding } = decodeText(data);
  if (!text.trim()) throw new ImportFileError(`「${name}」没有文字内容。`);
  if (ext === 'html' || ext === 'htm' || looksLikeHtml(text)) {
    const sourceText = blocksText({
      kind: 'blocks',
      blocks: extractHtmlBlocks(text),
      lineMode: 'paragraphs',
    });
    return { input: { kind: 'html', html: text }, kind: 'html', encoding, sourceText };
  }
  return { input: { kind: 'text', text }, kind: 'text', encoding, sourceText: text };
}
