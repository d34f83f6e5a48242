/**
 * Two tabs on one draft: the second shows it read-only and follows the first's saves live; taking
 * over turns the first read-only; no saved change is ever overwritten or lost.
 */
import { expect, test } from '@playwright/test';
import { createBlankDraft, expectSaved, openDraft } from './drafts-helpers';
import { screenshot } from './screenshot';

test('a second tab is read-only, follows the first live, and can take over without losing anything', async ({
  context,
}) => {
  const first = await context.newPage();
  const id = await createBlankDraft(first);
  await first.getByLabel('机关名称').fill('第一个标签页的机关');
  await expectSaved(first);

  const second = await context.newPage();
  await openDraft(second, id);
  await expect(second.getByText('这份报告正在另一个标签页中编辑')).toBeVisible();
  await expect(second.getByLabel('机关名称')).toHaveValue('第一个标签页的机关');
  await expect(second.getByLabel('机关名称')).not.toBeEditable();
  await screenshot(second, 'drafts-second-tab-read-only');

  // The first tab keeps editing; the second sees each save.
  await first.bringToFront();
  await first.getByLabel('落款机关').fill('第一个标签页落款');
  await expectSaved(first);
  await expect(second.getByLabel('落款机关')).toHaveValue('第一个标签页落款');

  // Take over: the second edits, the first turns read-only and follows.
  await second.bringToFront();
  await second.getByRole('button', { name: '在此标签页编辑' }).click();
  await expect(second.getByLabel('机关名称')).toBeEditable();
  await expect(first.getByText('已在另一个标签页中接管编辑')).toBeVisible();
  await expect(first.getByLabel('机关名称')).not.toBeEditable();
  await second.getByLabel('机关名称').fill('第二个标签页接管后的机关');
  await expectSaved(second);
  await expect(first.getByLabel('机关名称')).toHaveValue('第二个标签页接管后的机关');
  await screenshot(first, 'drafts-first-tab-taken-over');

  // And back again.
  await first.getByRole('button', { name: '在此标签页编辑' }).click();
  await first.getByLabel('落款机关').fill('又回到第一个标签页');
  await expectSaved(first);
  await expect(second.getByLabel('落款机关')).toHaveValue('又回到第一个标签页');

  const third = await context.newPage();
  await openDraft(third, id);
  await expect(third.getByLabel('机关名称')).toHaveValue('第二个标签页接管后的机关');
  await expect(third.getByLabel('落款机关')).toHaveValue('又回到第一个标签页');
});

test('a change still unsaved when another tab takes over is written, and shown there', async ({
  context,
}) => {
  const first = await context.newPage();
  const id = await createBlankDraft(first);
  const second = await context.newPage();
  await openDraft(second, id);
  await expect(second.getByRole('button', { name: '在此标签页编辑' })).toBeVisible();

  await first.getByLabel('机关名称').fill('接管前一刻输入的');
  // Within the autosave delay, the other tab takes over.
  await second.getByRole('button', { name: '在此标签页编辑' }).click();
  await expect(second.getByLabel('机关名称')).toHaveValue('接管前一刻输入的');
  await expect(second.getByLabel('机关名称')).toBeEditable();
  await expect(first.getByLabel('机关名称')).not.toBeEditable();

  const third = await context.newPage();
  await openDraft(third, id);
  await expect(third.getByLabel('机关名称')).toHaveValue('接管前一刻输入的');
});
