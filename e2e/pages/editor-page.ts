import { expect, type Locator, type Page } from '@playwright/test';

/** The report editor as a clerk sees it: steps, fields, tables, findings, review. */
export class EditorPage {
  constructor(readonly page: Page) {}

  /** From the home page: 「新建报告」 opens a blank draft on 基本信息. */
  static async createDraft(page: Page): Promise<EditorPage> {
    // The one-time 「应用已可离线使用」 notice sits over the bottom right, where 「下一步」 is;
    // a user closes it with 「知道了」 when it is in the way.
    await page.addLocatorHandler(
      page.getByRole('status').filter({ hasText: '应用已可离线使用' }),
      async (toast) => {
        await toast.getByRole('button', { name: '知道了' }).click();
      },
    );
    await page.goto('./');
    await page.getByRole('button', { name: '新建报告' }).click();
    await expect(page).toHaveURL(/#\/drafts\/[^/]+\/basics$/);
    const editor = new EditorPage(page);
    await expect(editor.stepHeading).toHaveText('基本信息');
    return editor;
  }

  get steps(): Locator {
    return this.page.getByRole('navigation', { name: '报告步骤' });
  }

  stepLink(label: string): Locator {
    return this.steps.getByRole('link', { name: label, exact: true });
  }

  /** The step's entry in the list: label, state and counts. */
  stepItem(label: string): Locator {
    // `has` is matched inside each item, so the link is located from the page, not the nav.
    const link = this.page.getByRole('link', { name: label, exact: true });
    return this.steps.getByRole('listitem').filter({ has: link });
  }

  get stepHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  async goToStep(label: string): Promise<void> {
    await this.stepLink(label).click();
    await this.expectStep(label);
  }

  async expectStep(label: string): Promise<void> {
    await expect(this.stepHeading).toHaveText(label);
    await expect(this.stepLink(label)).toHaveAttribute('aria-current', 'step');
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: '下一步' }).click();
  }

  async previous(): Promise<void> {
    await this.page.getByRole('button', { name: '上一步' }).click();
  }

  /** A field of 基本信息 by its label. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /**
   * Replaces a field's text by typing, as a user does (click, select all, type). Only the click
   * is a locator action: the toast handler above may run before it, never between the select-all
   * and the typing, where its click on 「知道了」 would take the focus and the selection away.
   */
  async typeInto(field: Locator, text: string): Promise<void> {
    await field.click();
    const keyboard = this.page.keyboard;
    await keyboard.press('ControlOrMeta+a');
    if (text === '') await keyboard.press('Delete');
    else await keyboard.type(text);
  }

  /** The findings shown under a field or section: the block right after the control. */
  feedbackOf(control: Locator): Locator {
    return this.page.locator('.field').filter({ has: control }).locator('.field-feedback');
  }

  /** The text of a narrative section, named by its heading (「一、总体情况」). */
  narrative(heading: string): Locator {
    return this.page.getByRole('textbox', { name: heading, exact: true });
  }

  /** The findings listed under a narrative text or a table. */
  get stepFindings(): Locator {
    return this.page.getByRole('list', { name: /^本(部分|表)的检查结果$/ });
  }

  get table3(): Locator {
    return this.page.getByRole('grid', { name: '表三 收到和处理政府信息公开申请情况' });
  }

  /** A cell of 表三 by row and column as the grid names it (「（一）予以公开 / 自然人」). */
  matrixCell(row: string, column: string): Locator {
    return this.table3.getByRole('textbox', { name: `${row} / ${column}`, exact: true });
  }

  /** A cell of 表二 (「规章 本年制发件数」) or 表四 (「行政复议 结果维持」). */
  tableCell(table: '表二' | '表四', name: string): Locator {
    const grid = this.page.getByRole('grid', { name: new RegExp(`^${table} `) });
    return grid.getByRole('textbox', { name, exact: true });
  }

  /** Puts a tab-separated block on the clipboard and pastes it into `cell`, as from Excel. */
  async pasteBlock(cell: Locator, rows: readonly (readonly (string | number)[])[]): Promise<void> {
    const text = rows.map((row) => row.join('\t')).join('\r\n') + '\r\n';
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await cell.click();
    await cell.press('ControlOrMeta+v');
  }

  /** The 审核与导出 summary lines. */
  get summary(): Locator {
    return this.page.getByRole('region', { name: '核对结果' });
  }

  /** The findings of one step on 审核与导出. */
  reviewGroup(stepLabel: string): Locator {
    return this.page.getByRole('list', { name: `${stepLabel}的检查结果` });
  }

  /** One finding item containing `text`. */
  finding(scope: Locator, text: string | RegExp): Locator {
    return scope.getByRole('listitem').filter({ hasText: text });
  }

  /** Waits for the container's save indicator after the last change. */
  async expectSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
  }
}
