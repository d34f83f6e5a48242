/**
 * A PDF report's text layer as blocks, through pdf.js. The caller passes the pdf.js module
 * (the browser loads it lazily with its bundled worker; Node uses the legacy build), so this
 * module runs unchanged in both.
 */
import type { Block } from '@/domain/parse/reading';
import { ImportFileError } from './import-error';
import { pageLines, type PdfTextItem } from './pdf-lines';

/** The few pdf.js calls used here (structurally matched by `pdfjs-dist`). */
export interface PdfjsLike {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    verbosity?: number;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getTextContent(): Promise<{ items: readonly (PdfTextItem | { type: string })[] }>;
      }>;
      destroy(): Promise<void>;
    }>;
  };
}

function isTextItem(item: PdfTextItem | { type: string }): item is PdfTextItem {
  return 'str' in item;
}

/** The largest PDF read, in pages: real reports have 5–20. */
const MAX_PAGES = 200;

export async function readPdfBlocks(data: Uint8Array, pdfjs: PdfjsLike): Promise<Block[]> {
  let document;
  try {
    // pdf.js takes ownership of the buffer it is given; pass a copy so the caller's stays usable.
    document = await pdfjs.getDocument({
      data: data.slice(),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const reason =
      error instanceof Error && /password/i.test(error.message)
        ? '文件有密码保护'
        : '文件已损坏或不是有效的 PDF';
    throw new ImportFileError(`无法打开这个 PDF：${reason}。`);
  }
  try {
    const blocks: Block[] = [];
    const pages = Math.min(document.numPages, MAX_PAGES);
    for (let n = 1; n <= pages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      blocks.push(...pageLines(content.items.filter(isTextItem)));
    }
    if (blocks.length === 0) {
      throw new ImportFileError(
        '这个 PDF 没有文字层（可能是扫描件图片），无法读取文字。请使用网页文字、Word 文件或带文字的 PDF。',
      );
    }
    return blocks;
  } finally {
    await document.destroy();
  }
}
