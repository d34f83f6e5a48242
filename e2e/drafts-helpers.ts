import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

/** Creates a blank draft from the home page; resolves to its id once its editor is open. */
export async function createBlankDraft(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\/basics$/);
  await expect(page.getByLabel('机关名称')).toBeEditable();
  const id = /#\/drafts\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

/** Opens a draft's 基本信息 step and waits until it can be edited. */
export async function openDraft(page: Page, id: string): Promise<void> {
  await page.goto(`./#/drafts/${id}/basics`);
  await expect(page.getByLabel('机关名称')).toBeVisible();
}

/** The header's save status. */
export function saveStatus(page: Page) {
  return page.getByRole('banner').getByRole('status');
}

/** Waits for 「已保存 hh:mm:ss」. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/^已保存 \d{2}:\d{2}:\d{2}$/);
}

/** A browser on a profile folder of its own, opened again as a user reopens the browser. */
export interface BrowserProfile {
  open: () => Promise<{ context: BrowserContext; page: Page }>;
}

/** Runs `body` with a browser profile folder of its own, removed afterwards. */
export async function withBrowserProfile(
  testInfo: TestInfo,
  baseURL: string | undefined,
  body: (profile: BrowserProfile) => Promise<void>,
): Promise<void> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nianbao-profile-'));
  const launchOptions = testInfo.project.use.launchOptions ?? {};
  const open = async () => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      ...(launchOptions.executablePath ? { executablePath: launchOptions.executablePath } : {}),
      args: launchOptions.args ?? [],
      baseURL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    return { context, page: context.pages()[0] ?? (await context.newPage()) };
  };
  try {
    await body({ open });
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Restores a backup file through 「从备份恢复」 on the page shown (the home page); with `added`,
 * first checks that the result reports that many new drafts.
 */
export async function restoreBackup(page: Page, file: string, added?: number): Promise<void> {
  await page.getByRole('button', { name: '从备份恢复' }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await dialog.getByLabel('备份文件').setInputFiles(file);
  await dialog.getByRole('button', { name: '开始恢复' }).click();
  if (added !== undefined) {
    await expect(dialog.getByRole('status', { name: '恢复结果' })).toContainText(
      `新增 ${added} 份`,
    );
  }
  await dialog.getByRole('button', { name: '完成' }).click();
}
