// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MATRIX_ROWS } from '../matrix/matrix-table';
import { reportSchema } from '../report/report-schema';
import { SECTIONS } from '../report/sections';
import seedJson from '../test-fixtures/seed-xiangxiang-xinfang-2022.report.json';
import { cleanText } from './format';
import { fullSampleReport } from './full-sample-report';
import { HOSTILE_LINES, HOSTILE_NAME, hostileReport } from './hostile-text';
import { escapeHtml } from './escape-html';
import { EXPORT_CSP, renderReportHtml } from './render-report-html';

const seed = reportSchema.parse(seedJson);

const parsed = new Map<string, Document>();
/** Parses with jsdom's HTML parser (parse5, the standard's algorithm); each page once. */
function parse(html: string): Document {
  const known = parsed.get(html);
  if (known) return known;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  parsed.set(html, doc);
  return doc;
}

/** Elements an exported page may contain; anything else means markup got through. */
const ALLOWED_TAGS = new Set(
  'html head meta title style body div article h1 h2 p br wbr strong table colgroup col thead tbody tr th td'.split(
    ' ',
  ),
);

function assertInert(doc: Document) {
  for (const element of doc.querySelectorAll('*')) {
    expect(ALLOWED_TAGS, `<${element.localName}> in an export`).toContain(element.localName);
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `attribute ${attribute.name}`).toBe(false);
      expect(attribute.value.toLowerCase()).not.toContain('javascript:');
    }
  }
  expect(doc.querySelectorAll('style')).toHaveLength(1);
  expect(doc.querySelectorAll('meta[http-equiv]')).toHaveLength(1);
}

describe('renderReportHtml golden files', () => {
  it('renders the full sample as published', async () => {
    await expect(renderReportHtml(fullSampleReport(), 'final')).toMatchFileSnapshot(
      './__golden__/full-sample-report.html',
    );
  });
  it('renders the full sample as a draft', async () => {
    await expect(renderReportHtml(fullSampleReport(), 'draft')).toMatchFileSnapshot(
      './__golden__/full-sample-report.draft.html',
    );
  });
  it('renders the seed report (湘乡市信访局 2022)', async () => {
    await expect(renderReportHtml(seed, 'final')).toMatchFileSnapshot(
      './__golden__/seed-xiangxiang-xinfang-2022.html',
    );
  });
});

describe('renderReportHtml', () => {
  it('is a standalone page: utf-8, zh-CN, strict CSP, no script and nothing loaded', () => {
    const html = renderReportHtml(fullSampleReport(), 'final');
    expect(
      html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(EXPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    const doc = parse(html);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe(EXPORT_CSP);
    expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|url\(|@import/i);
    assertInert(doc);
    expect(html).toContain('@page { size: A4;');
  });

  it('prints the title, the six headings as printed, three tables and the signature', () => {
    const doc = parse(renderReportHtml(seed, 'final'));
    expect(doc.title).toBe('湘乡市信访局2022年政府信息公开工作年度报告');
    expect(doc.querySelector('h1')?.textContent).toBe('湘乡市信访局2022年政府信息公开工作年度报告');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(
      SECTIONS.map((s) => s.heading),
    );
    const tables = doc.querySelectorAll('table');
    expect(tables).toHaveLength(3);
    for (const table of tables) expect(table.getAttribute('border')).toBe('1');
    const requests = tables[1];
    expect(requests?.querySelectorAll('tr')).toHaveLength(3 + MATRIX_ROWS.length);
    expect(requests?.querySelector('[rowspan="22"]')?.textContent).toBe('三、本年度办理结果');
    expect(requests?.querySelector('[rowspan="3"][colspan="3"]')?.textContent).toContain(
      '勾稽关系',
    );
    const signature = [...doc.querySelectorAll('.signature p')].map((p) => p.textContent);
    expect(signature).toEqual(['湘乡市信访局', '2022年1月10日']);
    expect(doc.body.textContent).not.toContain('草稿');
  });

  it('keeps paragraphs apart and line breaks inside a paragraph', () => {
    const doc = parse(renderReportHtml(fullSampleReport(), 'final'));
    const overview = [...doc.querySelectorAll('h2 ~ p')].filter((p) =>
      p.textContent?.startsWith('（三）政府信息管理'),
    );
    expect(overview).toHaveLength(1);
    expect(overview[0]?.querySelectorAll('br')).toHaveLength(1);
  });

  it('marks a draft visibly with 「草稿」 in the title, a banner and a watermark', () => {
    const doc = parse(renderReportHtml(fullSampleReport(), 'draft'));
    expect(doc.title).toMatch(/（草稿）$/);
    expect(doc.querySelector('.draft-banner')?.textContent).toContain('草稿');
    expect(doc.querySelector('.draft-watermark')?.textContent).toBe('草稿');
  });

  it('leaves an unfilled cell empty in a draft', () => {
    const report = fullSampleReport();
    report.proactive.licensing = null;
    const doc = parse(renderReportHtml(report, 'draft'));
    const row = [...doc.querySelectorAll('tr')].find(
      (tr) => tr.firstElementChild?.textContent === '行政许可',
    );
    expect(row?.lastElementChild?.textContent).toBe('');
  });
});

describe('renderReportHtml with hostile text', () => {
  const html = renderReportHtml(hostileReport(), 'draft');
  const doc = parse(html);

  it('escapes every piece of text: no element, attribute or script comes from user text', () => {
    assertInert(doc);
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|<a |<\/style><script/i);
    expect(doc.querySelectorAll('table')).toHaveLength(3);
    expect(doc.querySelectorAll('h2')).toHaveLength(6);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('article')?.lastElementChild?.className).toBe('signature');
  });

  it('shows the hostile text literally, minus control characters', () => {
    const text = doc.body.textContent ?? '';
    for (const line of HOSTILE_LINES) expect(text).toContain(cleanText(line));
    expect(doc.querySelector('h1')?.textContent).toBe(
      `${HOSTILE_NAME}2023年政府信息公开工作年度报告`,
    );
    expect(html).toContain(escapeHtml('&amp; &lt;b&gt;'));
  });

  it('contains no control character, non-character or lone surrogate', () => {
    const bad = [...html].filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return (
        (code < 0x20 && code !== 0x0a) ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0xfffe ||
        code === 0xffff ||
        (code >= 0xd800 && code <= 0xdfff)
      );
    });
    expect(bad).toEqual([]);
  });
});

describe('long unbroken runs', () => {
  it('get <wbr> break points every 20 characters, the text unchanged', () => {
    const url = `https://www.example.gov.cn/${'a'.repeat(60)}?x=<1>&y=2`;
    const report = { ...fullSampleReport(), other: `网址：${url}。` };
    const doc = parse(renderReportHtml(report, 'final'));
    const paragraph = [...doc.querySelectorAll('p')].find((p) =>
      p.textContent?.startsWith('网址：'),
    );
    expect(paragraph?.textContent).toBe(`网址：${url}。`);
    expect(paragraph?.querySelectorAll('wbr').length).toBe(Math.ceil(url.length / 20) - 1);
    expect(paragraph?.innerHTML).toContain('?x=&lt;1&gt;&amp;y=2');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can change the meaning of markup', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
