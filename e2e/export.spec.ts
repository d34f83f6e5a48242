/**
 * Exports from the 审核与导出 step, as a clerk does them: import a report from JSON, download
 * JSON, HTML and Word, print; then open what was downloaded. The HTML is opened in the browser
 * (scripts must not run, the structure must hold), the .docx is unzipped and its XML parsed by
 * the browser's own XML parser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { fullSampleReport } from '../src/domain/document/full-sample-report';
import { HOSTILE_NAME, hostileReport } from '../src/domain/document/hostile-text';
import {
  createExchangeFile,
  readExchangeFile,
  serializeExchangeFile,
  type ExportStatus,
} from '../src/domain/report/exchange';
import type { Report } from '../src/domain/report/report-schema';
import { screenshot } from './screenshot';

const TITLE = '示例市自然资源和规划局2023年政府信息公开工作年度报告';

function exchangeText(report: Report, status: ExportStatus = 'final'): string {
  return serializeExchangeFile(createExchangeFile(report, { status, now: new Date() }));
}

/** Imports a JSON file from the draft list; resolves when the new draft's editor is open. */
async function importJson(page: Page, text: string, name = 'report.json'): Promise<string> {
  await page.goto('./');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 JSON' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\//);
  const id = /#\/drafts\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

async function openReview(page: Page, id: string): Promise<void> {
  await page.goto(`./#/drafts/${id}/review`);
  await expect(page.getByRole('heading', { name: '导出报告' })).toBeVisible();
}

/** Clicks an export button and returns the download with its bytes. */
async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await pending;
  const path = await file.path();
  return { file, bytes: readFileSync(path) };
}

/** Opens downloaded HTML from disk as a visitor of the portal would see it. */
async function openHtml(page: Page, bytes: Buffer, outputPath: string): Promise<void> {
  writeFileSync(outputPath, bytes);
  await page.goto(pathToFileURL(outputPath).href);
}

/** Parses each XML part of a .docx with the browser's XML parser; returns parse errors. */
async function docxSummary(page: Page, bytes: Buffer) {
  const parts = Object.entries(unzipSync(new Uint8Array(bytes)))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([name, data]) => ({ name, xml: strFromU8(data) }));
  return page.evaluate((list) => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const parser = new DOMParser();
    const broken = list
      .filter((p) => parser.parseFromString(p.xml, 'application/xml').querySelector('parsererror'))
      .map((p) => p.name);
    const document = parser.parseFromString(
      list.find((p) => p.name === 'word/document.xml')?.xml ?? '',
      'application/xml',
    );
    const headers = list.filter((p) => /^word\/header\d+\.xml$/.test(p.name)).map((p) => p.xml);
    const texts = [...document.getElementsByTagNameNS(W, 'p')].map((p) =>
      [...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join(''),
    );
    return {
      names: list.map((p) => p.name),
      broken,
      tables: document.getElementsByTagNameNS(W, 'tbl').length,
      restarts: [...document.getElementsByTagNameNS(W, 'vMerge')].filter(
        (v) => v.getAttributeNS(W, 'val') === 'restart',
      ).length,
      gridSpans: document.getElementsByTagNameNS(W, 'gridSpan').length,
      texts,
      draftWatermark: headers.some((xml) => xml.includes('string="草稿"')),
    };
  }, parts);
}

test('a checked report exports as JSON, HTML and Word and prints, and the export is recorded', async ({
  page,
}, testInfo) => {
  const id = await importJson(page, exchangeText(fullSampleReport()));
  await openReview(page, id);
  const finalGroup = page.getByRole('group', { name: '正式导出' });
  await expect(finalGroup.getByRole('button')).toHaveText([
    '导出 JSON',
    '导出 HTML',
    '导出 Word',
    '打印 / 另存为 PDF',
  ]);
  for (const button of await finalGroup.getByRole('button').all())
    await expect(button).toBeEnabled();
  await expect(page.getByText('已通过核对')).toBeVisible();
  await screenshot(page, 'export-panel');

  // JSON: the exchange file, final, giving back the same report.
  const json = await download(page, '导出 JSON');
  expect(json.file.suggestedFilename()).toBe(`${TITLE}.json`);
  const read = readExchangeFile(json.bytes.toString('utf8'));
  expect(read.ok && read.status).toBe('final');
  expect(read.ok && read.report).toStrictEqual(fullSampleReport());
  await expect(page.getByRole('status').filter({ hasText: '已导出' })).toHaveText(
    `已导出「${TITLE}.json」。`,
  );
  await expect(page.getByText(/^上次正式导出：今天 \d{2}:\d{2}$/)).toBeVisible();

  // Word: a package whose every part parses, with the three merged tables.
  const word = await download(page, '导出 Word');
  expect(word.file.suggestedFilename()).toBe(`${TITLE}.docx`);
  const docx = await docxSummary(page, word.bytes);
  expect(docx.broken).toEqual([]);
  expect(docx.names).toContain('word/document.xml');
  expect(docx.tables).toBe(3);
  expect(docx.restarts).toBe(13);
  expect(docx.texts).toContain(TITLE);
  expect(docx.texts).toContain('三、收到和处理政府信息公开申请情况');
  expect(docx.draftWatermark).toBe(false);

  // Print: the same page, in a frame the browser prints.
  await page.getByRole('button', { name: '打印 / 另存为 PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: '打印' })).toHaveText('已打开打印窗口。');
  const printed = page.frameLocator('iframe[title="打印用的报告页面"]');
  await expect(printed.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(printed.getByRole('table')).toHaveCount(3);

  // HTML: opened as the portal's visitors would see it.
  const html = await download(page, '导出 HTML');
  expect(html.file.suggestedFilename()).toBe(`${TITLE}.html`);
  await openHtml(page, html.bytes, testInfo.outputPath('final.html'));
  await expect(page).toHaveTitle(TITLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ]);
  await expect(page.getByRole('table')).toHaveCount(3);
  await expect(page.locator('td[rowspan="22"], th[rowspan="22"]')).toHaveText('三、本年度办理结果');
  await expect(page.getByText('草稿')).toHaveCount(0);
  await screenshot(page, 'export-html');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: 'e2e/screenshots/export-html-print.png' });
});

test('a report with errors exports only as a draft, marked 草稿 in every format', async ({
  page,
}, testInfo) => {
  // 一+二 ≠ （七）+四 in the 自然人 column: a matrix-balance error.
  const broken = fullSampleReport();
  broken.requests.carriedForward = { ...broken.requests.carriedForward, naturalPerson: 7 };
  const id = await importJson(page, exchangeText(broken));
  await openReview(page, id);

  const finalGroup = page.getByRole('group', { name: '正式导出' });
  for (const button of await finalGroup.getByRole('button').all())
    await expect(button).toBeDisabled();
  await expect(page.locator('#export-blockers')).toContainText(
    /还有 \d+ 个错误.*暂时只能导出草稿。/,
  );
  await screenshot(page, 'export-panel-blocked');

  const json = await download(page, '导出草稿 JSON');
  expect(json.file.suggestedFilename()).toBe(`${TITLE}（草稿）.json`);
  const read = readExchangeFile(json.bytes.toString('utf8'));
  expect(read.ok && read.status).toBe('draft');
  expect(read.ok && read.report.requests.carriedForward.naturalPerson).toBe(7);

  const word = await download(page, '导出草稿 Word');
  expect(word.file.suggestedFilename()).toBe(`${TITLE}（草稿）.docx`);
  const docx = await docxSummary(page, word.bytes);
  expect(docx.broken).toEqual([]);
  expect(docx.draftWatermark).toBe(true);
  expect(docx.texts[0]).toMatch(/^草稿/);

  const html = await download(page, '导出草稿 HTML');
  expect(html.file.suggestedFilename()).toBe(`${TITLE}（草稿）.html`);
  await openHtml(page, html.bytes, testInfo.outputPath('draft.html'));
  await expect(page).toHaveTitle(`${TITLE}（草稿）`);
  await expect(page.getByRole('note')).toContainText('本文件为草稿');
  await screenshot(page, 'export-html-draft');
});

test('hostile text exports as inert text: nothing runs, the page keeps its structure', async ({
  page,
}, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const id = await importJson(page, exchangeText(hostileReport(), 'draft'));
  await openReview(page, id);
  await page.getByRole('button', { name: '打印草稿 / 另存为 PDF' }).click();
  await expect(page.frameLocator('iframe[title="打印用的报告页面"]').locator('table')).toHaveCount(
    3,
  );
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  const html = await download(page, '导出草稿 HTML');
  await openHtml(page, html.bytes, testInfo.outputPath('hostile.html'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${HOSTILE_NAME}2023年政府信息公开工作年度报告`,
  );
  const structure = await page.evaluate(() => ({
    pwned: (window as { __pwned?: number }).__pwned,
    scripts: document.scripts.length,
    images: document.images.length,
    frames: document.querySelectorAll('iframe, svg, a, img, meta[http-equiv="refresh"]').length,
    styles: document.querySelectorAll('style').length,
    tables: document.querySelectorAll('table').length,
    headings: document.querySelectorAll('h2').length,
    onAttributes: [...document.querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
    ),
    lastChild: document.querySelector('article')?.lastElementChild?.className,
    bodyVisible: getComputedStyle(document.body).display !== 'none',
    widest: Math.max(
      ...[...document.querySelectorAll('p')].map((p) => p.scrollWidth - p.clientWidth),
    ),
  }));
  expect(structure).toEqual({
    pwned: undefined,
    scripts: 0,
    images: 0,
    frames: 0,
    styles: 1,
    tables: 3,
    headings: 6,
    onAttributes: [],
    lastChild: 'signature',
    bodyVisible: true,
    widest: 0,
  });
  await expect(page.getByText('<script>window.__pwned = 1</script>').first()).toBeVisible();
  expect(dialogs).toEqual([]);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.screenshot({ path: 'e2e/screenshots/export-html-hostile.png' });

  await openReview(page, id);
  const word = await download(page, '导出草稿 Word');
  const docx = await docxSummary(page, word.bytes);
  expect(docx.broken).toEqual([]);
  expect(docx.tables).toBe(3);
  expect(docx.texts.join('\n')).toContain('</w:t></w:r></w:p><w:p><w:r><w:t>伪造段落');
});

test('a JSON file that is not a valid report is refused with the place named, and nothing changes', async ({
  page,
}) => {
  await importJson(page, exchangeText(fullSampleReport()));
  await page.goto('./');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: '示例市自然资源和规划局' })).toHaveCount(1);
  const before = await rows.count();
  const bad = exchangeText(fullSampleReport()).replace('"research": 1,', '"research": "一",');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 JSON' }).click();
  await (
    await chooser
  ).setFiles({ name: '有误的报告.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  const alert = page.getByRole('alert').filter({ hasText: '有误的报告.json' });
  await expect(alert).toContainText(
    '未能导入「有误的报告.json」：文件中有 1 处不符合报告格式，未导入。',
  );
  await expect(alert).toContainText(
    '表三 一、本年新收政府信息公开申请数量 / 科研机构：应为数字，文件中是「一」',
  );
  await expect(page).toHaveURL(/#\/$|\/$/);
  await expect(rows).toHaveCount(before);
  await screenshot(page, 'export-import-refused');
});
