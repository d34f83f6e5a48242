/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { parsePublishedReport } from '@/domain/parse/parse-published-report';
import { renderReportDocx } from '@/export/render-report-docx';
import { comparable, expectedReport, sharedFixture } from './fixture-files';
import { ImportFileError } from './import-error';
import { readPublishedFile } from './read-published-file';

const options = { loadPdfjs: async () => pdfjs };
const load = (name: string) =>
  readPublishedFile(name, new Uint8Array(readFileSync(sharedFixture(name))), options);

describe('PDF reports read through pdf.js with rows rebuilt from coordinates', () => {
  it.each([
    ['huaian-city-2024.pdf', 'huaian-city-2024'],
    ['hongze-district-2023.pdf', 'hongze-district-2023'],
    ['hongze-district-2024.pdf', 'hongze-district-2024'],
  ])('%s reads to the expected report', async (file, expected) => {
    const source = await load(file);
    expect(source.kind).toBe('pdf');
    const { report, account } = parsePublishedReport(source.input);
    expect(comparable(report)).toEqual(comparable(expectedReport(expected)));
    // Rows come with their labels: nothing had to be placed by order.
    expect(account.filter((a) => a.kind === 'guess' && a.message.includes('按模板行序'))).toEqual(
      [],
    );
  });

  it('keeps the printed wrong totals of 洪泽区 2023 and reports them', async () => {
    const { account } = parsePublishedReport((await load('hongze-district-2023.pdf')).input);
    expect(account.filter((a) => a.rule === 'review-total')).toHaveLength(2);
  });
});

/** A minimal .docx: the parts Word needs to open it, with the given body XML. */
function buildDocx(body: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  });
}

const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;

describe('Word (.docx) reports', () => {
  it('reads paragraphs and tables, with gridSpan and vMerge expanded', async () => {
    const body = [
      p('某县市场监督管理局2023年政府信息公开工作年度报告'),
      p('一、总体情况'),
      p('本年度依申请公开&lt;1&gt;件。'),
      p('四、政府信息公开行政复议、行政诉讼情况'),
      '<w:tbl>',
      tr(tc('行政复议', '<w:gridSpan w:val="5"/>'), tc('行政诉讼', '<w:gridSpan w:val="10"/>')),
      tr(
        tc('结果维持', '<w:vMerge w:val="restart"/>'),
        tc('结果纠正'),
        tc('其他结果'),
        tc('尚未审结'),
        tc('总计'),
        tc('未经复议直接起诉', '<w:gridSpan w:val="5"/>'),
        tc('复议后起诉', '<w:gridSpan w:val="5"/>'),
      ),
      tr(tc('', '<w:vMerge/>'), ...Array.from({ length: 14 }, (_, i) => tc(String(i % 3)))),
      '</w:tbl>',
      p('五、存在的主要问题及改进情况'),
      p('存在问题。'),
    ].join('');
    const source = await readPublishedFile('报告.docx', buildDocx(body), options);
    expect(source.kind).toBe('docx');
    if (source.input.kind !== 'blocks') throw new Error('blocks expected');
    const table = source.input.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[0]?.map((c) => c.merged)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      ...Array<boolean>(9).fill(true),
    ]);
    expect(table?.kind === 'table' && table.rows[2]?.[0]).toEqual({
      text: '结果维持',
      merged: true,
    });
    const { report } = parsePublishedReport(source.input);
    expect(report.agency).toBe('某县市场监督管理局');
    expect(report.year).toBe(2023);
    expect(report.overview).toBe('本年度依申请公开<1>件。');
  });

  it('refuses a zip that is not a Word document, in Chinese', async () => {
    const zip = zipSync({ 'a.txt': strToU8('x') });
    await expect(readPublishedFile('a.docx', zip, options)).rejects.toThrow(/不是 Word 文档/);
  });
});

describe('text and HTML files in any encoding a Chinese office produces', () => {
  it('reads a GB18030 (GBK) text file like its UTF-8 original', async () => {
    const text = readFileSync(sharedFixture('seed-xiangxiang-xinfang-2022.txt'), 'utf8');
    const gbk = new Uint8Array(
      readFileSync(new URL('./test-files/seed-gb18030.txt', import.meta.url)),
    );
    const source = await readPublishedFile('seed.txt', gbk, options);
    expect(source.encoding).toBe('gb18030');
    expect(source.input).toEqual({ kind: 'text', text });
  });

  it('reads HTML saved as .txt as HTML', async () => {
    const source = await readPublishedFile(
      'page.txt',
      strToU8('<!DOCTYPE html><html><body><p>x</p></body></html>'),
      options,
    );
    expect(source.kind).toBe('html');
  });

  it.each([
    ['empty.txt', new Uint8Array(0), /空文件/],
    ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /旧版 Word/],
    ['bad.pdf', strToU8('not a pdf'), /不是有效的 PDF 文件/],
    ['bad.pdf', strToU8('%PDF-1.4 broken'), /无法打开这个 PDF/],
    ['binary.txt', new Uint8Array([0x41, 0x00, 0x42]), /不是文字文件/],
    ['latin.txt', new Uint8Array([0xff, 0xff, 0xff, 0x80]), /无法识别文件的文字编码/],
  ])('refuses %s with a Chinese message', async (name, data, message) => {
    const attempt = readPublishedFile(name, data, options);
    await expect(attempt).rejects.toBeInstanceOf(ImportFileError);
    await expect(attempt).rejects.toThrow(message);
  });
});

describe('a report exported as Word by the app reads back to itself', () => {
  it.each(['huaian-city-2024', 'seed-xiangxiang-xinfang-2022', 'pingtan-shehuishiye-2025'])(
    '%s',
    async (name) => {
      const report = expectedReport(name);
      const docx = await renderReportDocx(report, 'final');
      const source = await readPublishedFile(`${name}.docx`, docx, options);
      expect(source.kind).toBe('docx');
      const { report: read } = parsePublishedReport(source.input);
      // The portal's publication date is not in the document; an empty signature agency is
      // printed as the agency's name.
      const signature = { ...report.signature, agency: report.signature.agency || report.agency };
      expect(comparable(read)).toEqual(comparable({ ...report, signature, publishedAt: null }));
    },
  );
});
