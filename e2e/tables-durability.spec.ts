/**
 * A number typed into 表三 is never lost to a closed page: the journal that covers the moments
 * before the database write is written a little after the keystrokes, and at once when the page
 * goes away. Real Chromium, real IndexedDB and localStorage.
 */
import { expect, test, type Page } from '@playwright/test';
import { createBlankDraft, saveStatus, withBrowserProfile } from './drafts-helpers';

const GRID = '表三 收到和处理政府信息公开申请情况';

function cell(page: Page, name: string) {
  return page.getByRole('grid', { name: GRID }).getByRole('textbox', { name, exact: true });
}

async function openGrid(page: Page, id: string): Promise<void> {
  await page.goto(`./#/drafts/${id}/requests`);
  await expect(cell(page, '（一）予以公开 / 自然人')).toBeEditable();
}

test('a number typed into 表三 just before the page closes is there when the draft reopens', async ({
  context,
}) => {
  const first = await context.newPage();
  const id = await createBlankDraft(first);
  await first.close();
  for (let round = 1; round <= 6; round++) {
    const page = await context.newPage();
    await openGrid(page, id);
    const target = cell(page, '（一）予以公开 / 自然人');
    await expect(target).toHaveValue(round === 1 ? '' : String(round - 1));
    await target.click();
    await page.keyboard.type(String(round));
    // Typed well within the journal's and the autosave's delays: nothing is written yet.
    await expect(saveStatus(page)).toHaveText('保存中…');
    await page.close();
  }
  const page = await context.newPage();
  await openGrid(page, id);
  await expect(cell(page, '（一）予以公开 / 自然人')).toHaveValue('6');
  await expect(cell(page, '（一）予以公开 / 总计')).toHaveValue('6');
});

test('a number typed into 表三 just before the browser closes is there when it opens again', async ({
  baseURL,
}, testInfo) => {
  await withBrowserProfile(testInfo, baseURL, async ({ open }) => {
    let { context, page } = await open();
    const id = await createBlankDraft(page);
    await openGrid(page, id);
    await cell(page, '二、上年结转政府信息公开申请数量 / 商业企业').click();
    await page.keyboard.type('42');
    await expect(saveStatus(page)).toHaveText('保存中…');
    await context.close();

    ({ context, page } = await open());
    await openGrid(page, id);
    await expect(cell(page, '二、上年结转政府信息公开申请数量 / 商业企业')).toHaveValue('42');
    await context.close();
  });
});
