/**
 * 表三 keeps its header rows in view while the grid scrolls down, and its row labels in view
 * while a narrow grid scrolls sideways. Where the whole table fits, the labels need not stick
 * (nothing scrolls sideways), and they do not, which keeps every keystroke's frame cheap.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createBlankDraft } from './drafts-helpers';
import { screenshot } from './screenshot';

const GRID = '表三 收到和处理政府信息公开申请情况';

function grid(page: Page): Locator {
  return page.getByRole('grid', { name: GRID });
}

/** The grid's scroll box: the element around the table that scrolls. */
function scrollBox(page: Page): Locator {
  return grid(page).locator('xpath=..');
}

async function openGrid(page: Page): Promise<void> {
  const id = await createBlankDraft(page);
  await page.goto(`./#/drafts/${id}/requests`);
  await expect(grid(page)).toBeVisible();
}

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.y;
}

async function left(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.x;
}

test('the header rows stay at the top of the grid while it scrolls down', async ({ page }) => {
  await openGrid(page);
  const header = grid(page).getByRole('columnheader', { name: '自然人', exact: true });
  const box = scrollBox(page);
  await box.scrollIntoViewIfNeeded();
  const boxTop = await top(box);
  const before = await top(header);
  // Down to the last row: the header must not move with the rows.
  const last = grid(page).getByRole('textbox', { name: '四、结转下年度继续办理 / 自然人' });
  await last.focus();
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
  await expect.poll(() => top(header)).toBeCloseTo(before, 0);
  expect(before - boxTop).toBeLessThan(120);
  // The focused cell is clear of the header, not hidden under it.
  const headerBottom = await grid(page)
    .locator('thead')
    .evaluate((el) => el.getBoundingClientRect().bottom);
  expect(await top(last)).toBeGreaterThanOrEqual(headerBottom - 1);
  await screenshot(page, 'tables-sticky-header');
});

test('in a narrow window the row labels stay at the left while the grid scrolls sideways', async ({
  page,
}) => {
  // Errors reported to the window (a ResizeObserver that keeps resizing what it watches is one).
  await page.addInitScript(() => {
    window.addEventListener('error', (event) => {
      document.documentElement.dataset.windowErrors = `${document.documentElement.dataset.windowErrors ?? ''}${event.message}\n`;
    });
  });
  await page.setViewportSize({ width: 900, height: 700 });
  await openGrid(page);
  const label = grid(page).getByRole('rowheader', { name: '二、上年结转政府信息公开申请数量' });
  const box = scrollBox(page);
  await box.scrollIntoViewIfNeeded();
  const before = await left(label);
  await grid(page)
    .getByRole('textbox', { name: '二、上年结转政府信息公开申请数量 / 其他' })
    .focus();
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(50);
  await expect.poll(() => left(label)).toBeCloseTo(before, 0);
  // The scroll stops at a column's edge: the first column in view starts right at the labels,
  // with no sliver of a column half under them, even at the furthest scroll.
  const labelsEnd = async () => {
    const b = await label.boundingBox();
    if (!b) throw new Error('not rendered');
    return b.x + b.width;
  };
  const end = await labelsEnd();
  // Where the value cell nearest the labels' edge starts.
  const firstColumnStart = () =>
    label.locator('xpath=..').evaluate((row, edge) => {
      const starts = [...row.querySelectorAll('td')].map((td) => td.getBoundingClientRect().left);
      return starts.reduce((near, x) => (Math.abs(x - edge) < Math.abs(near - edge) ? x : near));
    }, end);
  await expect.poll(async () => Math.abs((await firstColumnStart()) - end)).toBeLessThan(1.5);
  await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(async () => Math.abs((await firstColumnStart()) - end)).toBeLessThan(1.5);
  await screenshot(page, 'tables-sticky-narrow');
  for (const width of [800, 1366, 700, 900]) {
    await page.setViewportSize({ width, height: 700 });
    await expect
      .poll(() => box.evaluate((el) => el.scrollWidth > el.clientWidth))
      .toBe(width < 1366);
  }
  expect(await page.evaluate(() => document.documentElement.dataset.windowErrors ?? '')).toBe('');
});

test('where the whole table fits, nothing scrolls sideways and the labels are plain cells', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openGrid(page);
  const box = scrollBox(page);
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const position = await grid(page)
    .getByRole('rowheader', { name: '二、上年结转政府信息公开申请数量' })
    .evaluate((el) => getComputedStyle(el).position);
  expect(position).toBe('static');
});
