// @vitest-environment jsdom
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../domain/document/format';
import { fullSampleReport } from '../domain/document/full-sample-report';
import { HOSTILE_LINES, hostileReport } from '../domain/document/hostile-text';
import { MATRIX_BALANCE_NOTE, MATRIX_ROWS } from '../domain/matrix/matrix-table';
import { reportSchema } from '../domain/report/report-schema';
import { SECTIONS } from '../domain/report/sections';
import seedJson from '../domain/test-fixtures/seed-xiangxiang-xinfang-2022.report.json';
import { renderReportDocx } from './render-report-docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The parts of a .docx, each XML part parsed (and checked to be well-formed). */
function openDocx(bytes: Uint8Array): Map<string, Document> {
  const parts = new Map<string, Document>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const doc = new DOMParser().parseFromString(strFromU8(data), 'application/xml');
    expect(doc.getElementsByTagName('parsererror'), `${name} is well-formed`).toHaveLength(0);
    parts.set(name, doc);
  }
  return parts;
}

function part(parts: Map<string, Document>, name: string): Document {
  const doc = parts.get(name);
  if (!doc) throw new Error(`no ${name}`);
  return doc;
}

const children = (element: Element, localName: string) =>
  [...element.children].filter((c) => c.namespaceURI === W && c.localName === localName);
const all = (root: Document | Element, localName: string) => [
  ...root.getElementsByTagNameNS(W, localName),
];
const textOf = (element: Element) =>
  all(element, 't')
    .map((t) => t.textContent)
    .join('');
const attr = (element: Element | undefined, name: string) =>
  element?.getAttributeNS(W, name) ?? null;

/** Per row, the grid columns its cells cover (gridSpan, vMerge continuations included). */
function rowWidths(table: Element): number[] {
  return children(table, 'tr').map((tr) =>
    children(tr, 'tc').reduce((sum, tc) => {
      const span = all(tc, 'gridSpan')[0];
      return sum + Number(attr(span, 'val') ?? 1);
    }, 0),
  );
}

describe('renderReportDocx', async () => {
  const parts = openDocx(await renderReportDocx(fullSampleReport(), 'final'));
  const document = part(parts, 'word/document.xml');
  const paragraphs = all(document, 'p').map(textOf);
  const tables = all(document, 'tbl');

  it('is a Word package with the document, styles, footer and core properties', () => {
    for (const name of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/footer1.xml',
      'docProps/core.xml',
    ]) {
      expect(parts.has(name), name).toBe(true);
    }
    expect(part(parts, 'docProps/core.xml').documentElement.textContent).toContain(
      '示例市自然资源和规划局2023年政府信息公开工作年度报告',
    );
  });

  it('prints the title, the preamble, the six headings as printed and the signature', () => {
    expect(paragraphs).toContain('示例市自然资源和规划局2023年政府信息公开工作年度报告');
    expect(
      paragraphs.some((p) => p.startsWith('本报告根据《中华人民共和国政府信息公开条例》')),
    ).toBe(true);
    const headings = all(document, 'p')
      .filter((p) => attr(all(p, 'pStyle')[0], 'val') === 'Heading1')
      .map(textOf);
    expect(headings).toEqual(SECTIONS.map((s) => s.heading));
    expect(paragraphs.slice(-2)).toEqual(['示例市自然资源和规划局', '2024年1月20日']);
    expect(paragraphs.join('')).not.toContain('草稿');
  });

  it('keeps a line break inside a paragraph', () => {
    const p = all(document, 'p').find((e) => textOf(e).startsWith('（三）政府信息管理'));
    expect(p && all(p, 'br')).toHaveLength(1);
  });

  it('has the three tables with the template grid, every row filling it', () => {
    expect(tables).toHaveLength(3);
    expect(tables.map((t) => all(t, 'gridCol').length)).toEqual([4, 10, 15]);
    const grids = [4, 10, 15];
    tables.forEach((table, i) => {
      expect(new Set(rowWidths(table))).toEqual(new Set([grids[i]]));
    });
    expect(children(tables[1] as Element, 'tr')).toHaveLength(3 + MATRIX_ROWS.length);
  });

  it('merges cells as the template does (w:vMerge, w:gridSpan)', () => {
    const restarts = tables.map(
      (t) => all(t, 'vMerge').filter((v) => attr(v, 'val') === 'restart').length,
    );
    expect(restarts).toEqual([0, 8, 5]);
    const requests = tables[1] as Element;
    const first = children(requests, 'tr')[0] as Element;
    const note = children(first, 'tc')[0] as Element;
    expect(textOf(note)).toBe(MATRIX_BALANCE_NOTE);
    expect(attr(all(note, 'gridSpan')[0], 'val')).toBe('3');
    expect(attr(all(note, 'vMerge')[0], 'val')).toBe('restart');
    const results = children(requests, 'tr')
      .flatMap((tr) => children(tr, 'tc'))
      .find((tc) => textOf(tc) === '三、本年度办理结果');
    expect(results && attr(all(results, 'vMerge')[0], 'val')).toBe('restart');
    // Repeated on each page: the three header rows of 表三.
    expect(
      children(requests, 'tr').map((tr) => {
        const header = all(tr, 'tblHeader')[0];
        return header !== undefined && attr(header, 'val') !== 'off';
      }),
    ).toEqual([true, true, true, ...MATRIX_ROWS.map(() => false)]);
  });

  it('prints the figures in the rows', () => {
    const rows = children(tables[1] as Element, 'tr').map((tr) => children(tr, 'tc').map(textOf));
    expect(rows[3]).toEqual([
      '一、本年新收政府信息公开申请数量',
      '99',
      '14',
      '1',
      '1',
      '5',
      '2',
      '122',
    ]);
    const review = children(tables[2] as Element, 'tr').at(-1) as Element;
    expect(children(review, 'tc').map(textOf).join(' ')).toBe('3 1 0 1 5 2 0 1 0 3 1 0 0 1 2');
    const proactive = children(tables[0] as Element, 'tr').at(-1) as Element;
    expect(children(proactive, 'tc').map(textOf)).toEqual(['行政事业性收费', '152.36']);
  });

  it('has borders on every table, A4 pages and the fonts of a 公文', () => {
    for (const table of tables) {
      const borders = all(table, 'tblBorders')[0] as Element;
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
        expect(attr(children(borders, side)[0], 'val'), side).toBe('single');
      }
    }
    const size = all(document, 'pgSz')[0];
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838']);
    const styles = part(parts, 'word/styles.xml').documentElement.outerHTML;
    for (const font of ['仿宋_GB2312', '黑体', '宋体'])
      expect(styles).toContain(`w:eastAsia="${font}"`);
    expect(textOf(part(parts, 'word/footer1.xml').documentElement)).toContain('—');
  });
});

describe('renderReportDocx for a draft', async () => {
  const parts = openDocx(await renderReportDocx(fullSampleReport(), 'draft'));

  it('marks it 「草稿」: a watermark on every page and a notice above the title', () => {
    const header = [...parts.entries()].find(([name]) => /^word\/header\d+\.xml$/.test(name))?.[1];
    expect(header?.documentElement.outerHTML).toMatch(/string="草稿"/);
    const first = all(part(parts, 'word/document.xml'), 'p')[0] as Element;
    expect(textOf(first)).toMatch(/^草稿/);
    expect(part(parts, 'docProps/core.xml').documentElement.textContent).toContain('（草稿）');
  });
});

describe('renderReportDocx with the seed report', async () => {
  const parts = openDocx(await renderReportDocx(reportSchema.parse(seedJson), 'final'));
  it('prints its 落款 as published', () => {
    const paragraphs = all(part(parts, 'word/document.xml'), 'p').map(textOf);
    expect(paragraphs.slice(-2)).toEqual(['湘乡市信访局', '2022年1月10日']);
  });
});

describe('renderReportDocx with hostile text', async () => {
  const bytes = await renderReportDocx(hostileReport(), 'draft');
  const parts = openDocx(bytes);
  const document = part(parts, 'word/document.xml');

  it('stays a well-formed package whose text is the literal text, minus control characters', () => {
    const text = all(document, 'p').map(textOf).join('\n');
    for (const line of HOSTILE_LINES) expect(text).toContain(cleanText(line));
    expect(all(document, 'tbl')).toHaveLength(3);
    // The text that imitates Word markup did not become a paragraph of its own.
    expect(all(document, 'p').filter((p) => textOf(p) === '伪造段落')).toHaveLength(0);
  });

  it('contains no character that XML 1.0 forbids', () => {
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    const bad = [...xml].filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return (
        (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
        code === 0xfffe ||
        code === 0xffff ||
        (code >= 0xd800 && code <= 0xdfff)
      );
    });
    expect(bad).toEqual([]);
  });
});
