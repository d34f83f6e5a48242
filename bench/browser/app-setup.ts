/**
 * Putting drafts into the app under test the way a user would: a workspace backup file restored
 * through 「从备份恢复」 on the home page (the app's own import path, so the stored rows are
 * exactly what the app writes).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Draft } from '@/domain/report/draft-schema';
import { SCHEMA_VERSION, type Report } from '@/domain/report/report-schema';
import type { WorkspaceBackup } from '@/storage/workspace-backup';

export function draftOf(id: string, report: Report, updatedAt: string): Draft {
  return {
    id,
    name: '',
    report,
    previousYear: null,
    acknowledgements: {},
    createdAt: updatedAt,
    updatedAt,
    exportedAt: null,
  };
}

/** A workspace backup (format `nianbao.workspace`) holding these drafts, written to `file`. */
export function writeBackup(file: string, drafts: readonly Draft[]): void {
  const backup: WorkspaceBackup = {
    format: 'nianbao.workspace',
    schemaVersion: 1,
    exportedAt: new Date('2024-01-20T08:00:00Z').toISOString(),
    drafts: drafts.map((draft) => ({
      id: draft.id,
      revision: 1,
      schemaVersion: SCHEMA_VERSION,
      updatedAt: draft.updatedAt,
      deletedAt: null,
      draft,
      snapshots: [],
    })),
  };
  writeFileSync(file, JSON.stringify(backup));
}

/** Restores a backup file through the home page's dialog; resolves when it reports done. */
export async function restoreThroughUi(page: Page, baseUrl: string, file: string): Promise<void> {
  await page.goto(`${baseUrl}#/`);
  await page.getByRole('button', { name: '从备份恢复' }).click();
  await page.getByLabel('备份文件').setInputFiles(file);
  await page.getByRole('button', { name: '开始恢复' }).click({ timeout: 120_000 });
  await page.getByRole('status', { name: '恢复结果' }).waitFor({ timeout: 300_000 });
  await page.getByRole('button', { name: '完成' }).click();
}
