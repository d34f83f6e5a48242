import { expect, test, type Locator, type Page } from '@playwright/test';
import { screenshot } from './screenshot';

const GRID = '表三 收到和处理政府信息公开申请情况';

/** Creates a blank draft and opens one of its steps by the step's address. */
async function openStep(page: Page, step: 'proactive' | 'requests' | 'reviewLitigation') {
  await page.goto('./');
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\/basics$/);
  const id = /#\/drafts\/([0-9a-f-]{36})\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no draft id in ${page.url()}`);
  await page.goto(`./#/drafts/${id}/${step}`);
}

function grid(page: Page): Locator {
  return page.getByRole('grid', { name: GRID });
}

function cell(page: Page, name: string): Locator {
  return grid(page).getByRole('textbox', { name, exact: true });
}

/** Pastes text at the focused element the way a browser delivers a clipboard paste. */
async function paste(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

test.describe('表三 grid', () => {
  test.beforeEach(async ({ page }) => {
    await openStep(page, 'requests');
    await expect(grid(page)).toBeVisible();
  });

  test('typing updates the 总计 column and the （七）总计 row', async ({ page }) => {
    await cell(page, '（一）予以公开 / 自然人').click();
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await expect(cell(page, '（一）予以公开 / 总计')).toHaveValue('15');
    await expect(cell(page, '（七）总计 / 自然人')).toHaveValue('12');
    await expect(cell(page, '（七）总计 / 总计')).toHaveValue('15');
    await expect(cell(page, '（七）总计 / 总计')).not.toBeEditable();
    await cell(page, '（三）不予公开 1.属于国家秘密 / 科研机构').click();
    await page.keyboard.type('２');
    await expect(cell(page, '（七）总计 / 科研机构')).toHaveValue('2');
    await expect(cell(page, '（七）总计 / 总计')).toHaveValue('17');
  });

  test('a broken balance marks its four cells and says why; fixing it clears them', async ({
    page,
  }) => {
    const column = '科研机构';
    const four = [
      `一、本年新收政府信息公开申请数量 / ${column}`,
      `二、上年结转政府信息公开申请数量 / ${column}`,
      `（七）总计 / ${column}`,
      `四、结转下年度继续办理 / ${column}`,
    ];
    await cell(page, four[0] ?? '').click();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await page.keyboard.type('7');
    for (const name of four) await expect(cell(page, name)).toHaveAttribute('aria-invalid', 'true');
    await expect(
      grid(page)
        .getByRole('textbox', { name: /科研机构$/ })
        .and(page.locator('[aria-invalid="true"]')),
    ).toHaveCount(4);

    const forward = cell(page, four[3] ?? '');
    await forward.focus();
    await expect(forward).toHaveAccessibleDescription(/一\+二=5，（七）总计\+四=7，相差2/);
    await expect(page.getByRole('tooltip').filter({ hasText: '相差2' })).toBeVisible();
    await expect(page.getByText('科研机构：一+二=5，（七）+四=7，相差2')).toBeVisible();
    await page.setViewportSize({ width: 1366, height: 1200 });
    await cell(page, four[1] ?? '').focus();
    await screenshot(page, 'tables-matrix-balance-error');

    await cell(page, '（一）予以公开 / 科研机构').click();
    await page.keyboard.type('5');
    for (const name of four) await expect(cell(page, name)).not.toHaveAttribute('aria-invalid');
    await expect(page.getByText('科研机构：一+二=5，（七）+四=5，平衡')).toBeVisible();
  });

  test('a refused text stays as typed with its message', async ({ page }) => {
    const input = cell(page, '二、上年结转政府信息公开申请数量 / 商业企业');
    await input.click();
    await page.keyboard.type('3件');
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveValue('3件');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/请输入不小于0的整数/);
    await expect(cell(page, '二、上年结转政府信息公开申请数量 / 总计')).toHaveValue('');
  });

  test('a refused text is saved with the draft and is still there after a reload', async ({
    page,
  }) => {
    const input = cell(page, '（三）不予公开 1.属于国家秘密 / 科研机构');
    await input.click();
    await page.keyboard.type('1.5');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('status').filter({ hasText: /已保存/ })).toBeVisible();
    await page.reload();
    const again = cell(page, '（三）不予公开 1.属于国家秘密 / 科研机构');
    await expect(again).toHaveValue('1.5');
    await expect(again).toHaveAttribute('aria-invalid', 'true');
    await expect(again).toHaveAccessibleDescription(/请输入不小于0的整数/);
  });

  test('pastes a block from a spreadsheet, refuses a bad one whole, and undoes a paste in one step', async ({
    page,
  }) => {
    await cell(page, '一、本年新收政府信息公开申请数量 / 自然人').click();
    await paste(page, '10\t2\t1\t0\t0\t1\t14\r\n3\t0\t0\t0\t0\t0\t3\r\n');
    await expect(cell(page, '一、本年新收政府信息公开申请数量 / 总计')).toHaveValue('14');
    await expect(cell(page, '二、上年结转政府信息公开申请数量 / 自然人')).toHaveValue('3');
    await expect(page.getByRole('status').filter({ hasText: '已粘贴2行×7列' })).toBeVisible();

    await cell(page, '（一）予以公开 / 自然人').click();
    await paste(page, '1\t2\tabc\n4\t5\t6\n');
    await expect(page.getByRole('alert').filter({ hasText: '不是整数' })).toContainText(
      '第3行“（一）予以公开”“科研机构”的“abc”不是整数',
    );
    await expect(cell(page, '（一）予以公开 / 自然人')).toHaveValue('');
    await expect(
      cell(page, '（二）部分公开（区分处理的，只计这一情形，不计其他情形） / 自然人'),
    ).toHaveValue('');

    await cell(page, '四、结转下年度继续办理 / 其他').click();
    await paste(page, '1\n2\n');
    await expect(page.getByRole('alert').filter({ hasText: '放不下' })).toBeVisible();

    await cell(page, '一、本年新收政府信息公开申请数量 / 自然人').click();
    await page.keyboard.press('Control+z');
    await expect(cell(page, '一、本年新收政府信息公开申请数量 / 自然人')).toHaveValue('');
    await expect(cell(page, '二、上年结转政府信息公开申请数量 / 自然人')).toHaveValue('');
    await expect(cell(page, '一、本年新收政府信息公开申请数量 / 总计')).toHaveValue('');
    await page.keyboard.press('Control+y');
    await expect(cell(page, '一、本年新收政府信息公开申请数量 / 总计')).toHaveValue('14');
  });

  test('moves with arrows, Tab and Enter; Escape restores; Delete blanks', async ({ page }) => {
    const start = cell(page, '（六）其他处理 3.其他 / 其他');
    await start.click();
    await page.keyboard.type('4');
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, '四、结转下年度继续办理 / 其他')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(start).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(cell(page, '四、结转下年度继续办理 / 自然人')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(start).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(cell(page, '（六）其他处理 3.其他 / 法律服务机构')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cell(page, '四、结转下年度继续办理 / 法律服务机构')).toBeFocused();

    await start.click();
    await expect(start).toHaveValue('4');
    await page.keyboard.type('88');
    await expect(start).toHaveValue('88');
    await page.keyboard.press('Escape');
    await expect(start).toHaveValue('4');
    await page.keyboard.press('Delete');
    await expect(start).toHaveValue('');
    await expect(cell(page, '（七）总计 / 其他')).toHaveValue('');
  });

  test('screenshots at 1366×768 and 1920×1080', async ({ page }) => {
    await cell(page, '一、本年新收政府信息公开申请数量 / 自然人').click();
    const lines = [
      '120\t3\t1\t0\t2\t1',
      '8\t0\t0\t0\t0\t0',
      '70\t2\t1\t0\t1\t0',
      '12\t0\t0\t0\t0\t0',
    ];
    await paste(page, lines.join('\r\n'));
    await grid(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'e2e/screenshots/tables-matrix-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await cell(page, '（三）不予公开 1.属于国家秘密 / 自然人').focus();
    await page.screenshot({ path: 'e2e/screenshots/tables-matrix-1920.png' });
    await page.setViewportSize({ width: 900, height: 700 });
    await cell(page, '四、结转下年度继续办理 / 总计').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'e2e/screenshots/tables-matrix-narrow.png' });
  });

  test('measures a keystroke: input to checked result, in the page', async ({ page }) => {
    // Not a timed assertion: logs how long one keystroke takes from the input event to the
    // re-rendered, re-checked and laid-out grid.
    await page.evaluate(() => {
      const samples: number[] = [];
      Object.assign(window, { __keystrokeSamples: samples });
      document.addEventListener(
        'input',
        () => {
          const start = performance.now();
          // React flushes a discrete event's render in a microtask queued during the event;
          // this one, queued after the event, runs once that render has committed.
          window.addEventListener(
            'input',
            () =>
              queueMicrotask(() => {
                void document.body.offsetHeight; // include style and layout
                samples.push(performance.now() - start);
              }),
            { once: true },
          );
        },
        { capture: true },
      );
    });
    const names = [
      '（一）予以公开 / 自然人',
      '（三）不予公开 2.其他法律行政法规禁止公开 / 商业企业',
      '（五）不予处理 3.要求提供公开出版物 / 社会公益组织',
      '四、结转下年度继续办理 / 其他',
    ];
    for (const name of names) {
      await cell(page, name).click();
      for (let i = 0; i < 5; i++) await page.keyboard.type(String((i * 3) % 10));
    }
    const samples = await page.evaluate(
      () => (window as unknown as { __keystrokeSamples: number[] }).__keystrokeSamples,
    );
    expect(samples.length).toBe(names.length * 5);
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const worst = sorted.at(-1) ?? 0;
    console.log(
      `keystroke to checked grid: median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms over ${samples.length} keystrokes`,
    );
    await expect(cell(page, '（七）总计 / 总计')).not.toHaveValue('');
  });
});

test('表二 and 表四 editors', async ({ page }) => {
  await openStep(page, 'proactive');
  const proactive = page.getByRole('grid', { name: '表二 主动公开政府信息情况' });
  await expect(proactive).toBeVisible();
  await proactive.getByRole('textbox', { name: '规章 本年制发件数' }).click();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  const fees = proactive.getByRole('textbox', {
    name: '行政事业性收费 本年收费金额（单位：万元）',
  });
  await fees.click();
  await page.keyboard.type('1.25');
  await expect(fees).not.toHaveAttribute('aria-invalid');
  const licensing = proactive.getByRole('textbox', { name: '行政许可 本年处理决定数量' });
  await licensing.click();
  await page.keyboard.type('1.5');
  await expect(licensing).toHaveAttribute('aria-invalid', 'true');
  await expect(licensing).toHaveAccessibleDescription(/请输入不小于0的整数/);
  await screenshot(page, 'tables-proactive');

  await page.getByRole('link', { name: '四、政府信息公开行政复议、行政诉讼情况' }).click();
  const review = page.getByRole('grid', { name: '表四 政府信息公开行政复议、行政诉讼情况' });
  await review.getByRole('textbox', { name: '行政复议 结果维持' }).click();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await expect(review.getByRole('textbox', { name: '行政复议 总计' })).toHaveValue('3');
  await review.getByRole('textbox', { name: '行政诉讼 未经复议直接起诉 结果维持' }).click();
  await paste(page, '1\t0\t0\t1\t2\t0\t0\t0\t1\t1\n');
  await expect(review.getByRole('textbox', { name: '行政诉讼 复议后起诉 总计' })).toHaveValue('1');
  await screenshot(page, 'tables-review');
});
