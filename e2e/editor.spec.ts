import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor-page';
import { screenshot } from './screenshot';

/** The 湘乡市信访局 2022 report as published (the seed fixture, read into the exchange shape). */
// safe: a checked-in fixture in the exchange format; only these string fields are read
const seed = JSON.parse(
  readFileSync(
    new URL(
      '../src/domain/test-fixtures/seed-xiangxiang-xinfang-2022.report.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as {
  agency: string;
  overview: string;
  problems: string;
  other: string;
};

/** 25 rows × 7 columns of 表三, as copied from a spreadsheet: every figure 0. */
const ZERO_MATRIX = Array.from({ length: 25 }, () => Array.from({ length: 7 }, () => 0));

/** Characters as the editor counts them (no white space). */
const characters = (text: string) => [...text].filter((c) => !/\s/u.test(c)).length;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a clerk fills the 湘乡市信访局 2022 report step by step, mostly by keyboard', async ({
  page,
}) => {
  const editor = await EditorPage.createDraft(page);

  // 基本信息
  await editor.field('机关名称').pressSequentially(seed.agency);
  await expect(editor.field('落款机关')).toHaveValue(seed.agency);
  await editor.typeInto(editor.field('报告年度'), '2022');
  await expect(page.getByText('统计期限为2022年1月1日至12月31日')).toBeVisible();
  await expect(editor.page.getByRole('radio', { name: /县级以上人民政府部门/ })).toBeChecked();
  // The seed's own mistake: signed 「2022年1月10日」 on a report about 2022.
  const signed = editor.field('落款日期');
  await editor.typeInto(signed, '2022年1月10日');
  await expect(page.getByText('即 2022年1月10日')).toBeVisible();
  await expect(editor.feedbackOf(signed)).toContainText(
    '落款日期为2022年1月10日，早于2023年1月1日',
  );
  await expect(editor.stepItem('基本信息')).toContainText('1个警告');
  await editor.typeInto(signed, '2023-01-10');
  await expect(editor.feedbackOf(signed)).toHaveCount(0);
  await editor.typeInto(editor.field('发布日期'), '2023-01-10');
  await expect(editor.stepItem('基本信息')).toContainText('已完成');
  await expect(editor.stepItem('基本信息')).not.toContainText('警告');
  await screenshot(page, 'editor-1-basics');

  // 一、总体情况
  await editor.next();
  await editor.expectStep('一、总体情况');
  const overview = editor.narrative('一、总体情况');
  await overview.fill(seed.overview);
  await expect(page.getByText(`已输入 ${characters(seed.overview)} 字`)).toBeVisible();
  const topics = page.getByRole('region', { name: '五个方面' });
  await expect(topics.getByRole('listitem').filter({ hasText: '依申请公开' })).toContainText(
    '已涉及',
  );
  await expect(editor.stepItem('一、总体情况')).toContainText('已完成');
  await screenshot(page, 'editor-2-overview');

  // 二、主动公开政府信息情况: ten cells, 0 then Tab.
  await editor.next();
  await editor.expectStep('二、主动公开政府信息情况');
  await editor.tableCell('表二', '规章 本年制发件数').click();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.type('0');
    await page.keyboard.press('Tab');
  }
  await expect(editor.tableCell('表二', '行政事业性收费 本年收费金额（单位：万元）')).toHaveValue(
    '0',
  );
  await expect(editor.stepItem('二、主动公开政府信息情况')).toContainText('已完成');
  await screenshot(page, 'editor-3-proactive');

  // 三: the whole table pasted from a spreadsheet, printed totals included.
  await editor.next();
  await editor.expectStep('三、收到和处理政府信息公开申请情况');
  await editor.pasteBlock(
    editor.matrixCell('一、本年新收政府信息公开申请数量', '自然人'),
    ZERO_MATRIX,
  );
  await expect(editor.matrixCell('四、结转下年度继续办理', '其他')).toHaveValue('0');
  await expect(editor.stepItem('三、收到和处理政府信息公开申请情况')).toContainText('已完成');
  await screenshot(page, 'editor-4-requests');

  // 四: twelve cells (totals are computed), 0 then Tab.
  await editor.next();
  await editor.expectStep('四、政府信息公开行政复议、行政诉讼情况');
  await editor.tableCell('表四', '行政复议 结果维持').click();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.type('0');
    await page.keyboard.press('Tab');
  }
  await expect(editor.tableCell('表四', '行政诉讼 复议后起诉 总计')).toHaveValue('0');
  await expect(editor.stepItem('四、政府信息公开行政复议、行政诉讼情况')).toContainText('已完成');
  await screenshot(page, 'editor-5-review-litigation');

  // 五
  await editor.next();
  await editor.expectStep('五、存在的主要问题及改进情况');
  await editor.narrative('五、存在的主要问题及改进情况').fill(seed.problems);
  await expect(editor.stepItem('五、存在的主要问题及改进情况')).toContainText('已完成');
  await screenshot(page, 'editor-6-problems');

  // 六: the seed says nothing about 信息处理费; the standard sentence goes in a new paragraph.
  await editor.next();
  await editor.expectStep('六、其他需要报告的事项');
  const other = editor.narrative('六、其他需要报告的事项');
  await other.click();
  await page.keyboard.type(seed.other);
  await expect(editor.stepFindings).toContainText('第六部分未提到信息处理费');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '插入信息处理费说明' }).click();
  await expect(other).toHaveValue(`${seed.other}\n\n本年度未收取信息处理费。`);
  await expect(other).toBeFocused();
  await expect(editor.stepFindings).toHaveCount(0);
  await screenshot(page, 'editor-7-other');

  // 审核与导出
  await editor.next();
  await editor.expectStep('审核与导出');
  await expect(editor.summary).toContainText('错误 0 项（须全部修正才能正式导出）');
  await expect(editor.summary).toContainText('警告 0 项（已确认 0 项）');
  // The seed's 总体情况 says nothing about its 政府信息公开平台: advice, not a warning.
  await expect(editor.summary).toContainText('提示 1 项');
  await expect(editor.reviewGroup('一、总体情况')).toContainText(
    '总体情况未提到政府信息公开平台建设',
  );
  for (const label of [
    '基本信息',
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
    '审核与导出',
  ]) {
    await expect(editor.stepItem(label)).toContainText('已完成');
  }
  await screenshot(page, 'editor-8-review');

  // Everything was saved: a reload shows the same report on the same step.
  await editor.expectSaved();
  await page.reload();
  await editor.expectStep('审核与导出');
  await editor.goToStep('基本信息');
  await expect(editor.field('机关名称')).toHaveValue(seed.agency);
  await expect(editor.field('落款日期')).toHaveValue('2023-01-10');
  await editor.goToStep('三、收到和处理政府信息公开申请情况');
  await expect(editor.matrixCell('（七）总计', '总计')).toHaveValue('0');
});

test('each kind of mistake shows its finding at the right field or cell and goes when fixed', async ({
  page,
}) => {
  const editor = await EditorPage.createDraft(page);
  await editor.field('机关名称').pressSequentially('平潭综合实验区社会事业局');
  await editor.typeInto(editor.field('报告年度'), '2023');

  // A date that does not exist: a shape error at the field, in Chinese.
  const signed = editor.field('落款日期');
  await editor.typeInto(signed, '2024-02-30');
  await expect(editor.feedbackOf(signed)).toContainText('日期格式应为 YYYY-MM-DD');
  await expect(signed).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.stepItem('基本信息')).toContainText('1个错误');
  await editor.typeInto(signed, '2024-01-15');
  await expect(signed).not.toHaveAttribute('aria-invalid', 'true');

  // Published before it was signed: a dates warning at 发布日期.
  const published = editor.field('发布日期');
  await editor.typeInto(published, '2024-01-12');
  await expect(editor.feedbackOf(published)).toContainText(
    '发布日期2024年1月12日早于落款日期2024年1月15日',
  );
  await editor.typeInto(published, '2024-01-16');
  await expect(editor.feedbackOf(published)).toHaveCount(0);
  await screenshot(page, 'editor-mistakes-basics');

  // 表三 pasted with figures that balance, then one figure mistyped.
  await editor.goToStep('三、收到和处理政府信息公开申请情况');
  const rows = ZERO_MATRIX.map((row) => [...row]);
  const set = (row: number, column: number, value: number) => {
    const line = rows[row];
    if (line) line[column] = value;
  };
  set(0, 0, 12); // 一、本年新收 自然人
  set(0, 1, 3); // 商业企业
  set(1, 0, 2); // 二、上年结转 自然人
  set(2, 0, 10); // （一）予以公开 自然人
  set(3, 1, 3); // （二）部分公开 商业企业
  set(24, 0, 4); // 四、结转下年度继续办理 自然人
  // The printed 总计 column and （七）总计 row, as a published table has them.
  for (const line of rows) line[6] = line.slice(0, 6).reduce((a, b) => a + b, 0);
  rows[23] = Array.from({ length: 7 }, (_, c) =>
    rows.slice(2, 23).reduce((sum, line) => sum + (line[c] ?? 0), 0),
  );
  await editor.pasteBlock(editor.matrixCell('一、本年新收政府信息公开申请数量', '自然人'), rows);
  await expect(editor.matrixCell('一、本年新收政府信息公开申请数量', '总计')).toHaveValue('15');
  await expect(editor.stepItem('三、收到和处理政府信息公开申请情况')).toContainText('已完成');

  const granted = editor.matrixCell('（一）予以公开', '自然人');
  await granted.click();
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  const forward = editor.matrixCell('四、结转下年度继续办理', '自然人');
  await expect(forward).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.stepFindings).toContainText('自然人列：一+二=14，（七）总计+四=13，相差1');
  await expect(editor.stepItem('三、收到和处理政府信息公开申请情况')).toContainText('2个错误');
  await screenshot(page, 'editor-mistakes-requests');
  await granted.click();
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expect(forward).not.toHaveAttribute('aria-invalid', 'true');
  await expect(editor.stepItem('三、收到和处理政府信息公开申请情况')).not.toContainText('错误');

  // The text states a number the tables do not have.
  await editor.goToStep('一、总体情况');
  const overview = editor.narrative('一、总体情况');
  await overview.fill('（二）依申请公开。本年度共收到政府信息公开申请16件。');
  await expect(editor.stepFindings).toContainText('16');
  await expect(editor.stepFindings.getByText('正文与表格一致')).toBeVisible();
  await screenshot(page, 'editor-mistakes-overview');
  // Rewritten with the sentence built from the tables, at the caret.
  await overview.fill('（二）依申请公开。');
  await overview.press('End');
  await page.getByRole('button', { name: '插入依申请公开统计句' }).click();
  await expect(overview).toHaveValue(
    '（二）依申请公开。本年度共收到政府信息公开申请15件，上年结转2件，办结13件（其中予以公开10件，部分公开3件），结转下年度继续办理4件。',
  );
  await expect(editor.stepFindings.getByText('正文与表格一致')).toHaveCount(0);

  // 表二: an amount in 元 typed where 万元 is asked, and cells left blank.
  await editor.goToStep('二、主动公开政府信息情况');
  const fees = editor.tableCell('表二', '行政事业性收费 本年收费金额（单位：万元）');
  await fees.click();
  await page.keyboard.type('75450');
  await page.keyboard.press('Enter');
  await expect(fees).toHaveAccessibleDescription(/数额偏大，请确认单位是万元而不是元/);
  await expect(editor.stepFindings).toContainText('数额偏大');
  await expect(editor.tableCell('表二', '规章 本年制发件数')).toHaveAccessibleDescription(/未填写/);
  await expect(editor.stepItem('二、主动公开政府信息情况')).toContainText('10个警告');
  // The cell still has focus: select its text and type over it.
  await editor.typeInto(fees, '7.545');
  await page.keyboard.press('Enter');
  await expect(editor.stepFindings).not.toContainText('数额偏大');
  await expect(editor.stepItem('二、主动公开政府信息情况')).toContainText('9个警告');

  // 表四: a count with decimals is refused in the cell and listed on 审核与导出.
  await editor.goToStep('四、政府信息公开行政复议、行政诉讼情况');
  const upheld = editor.tableCell('表四', '行政复议 结果维持');
  await upheld.click();
  await page.keyboard.type('1.5');
  await page.keyboard.press('Enter');
  await expect(upheld).toHaveAttribute('aria-invalid', 'true');
  await editor.goToStep('审核与导出');
  const group = page.getByRole('list', {
    name: '四、政府信息公开行政复议、行政诉讼情况的格式错误',
  });
  await expect(group).toContainText('“1.5”不是整数');
  await screenshot(page, 'editor-mistakes-review');

  // The link goes to the cell and focuses it.
  await group.getByRole('link', { name: '转到 表四 行政复议 / 结果维持' }).click();
  await editor.expectStep('四、政府信息公开行政复议、行政诉讼情况');
  await expect(page).toHaveURL(/\/reviewLitigation\?focus=reviewLitigation\.review\.upheld$/);
  await expect(upheld).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(upheld).not.toHaveAttribute('aria-invalid', 'true');
});

test('review links focus their place; reload keeps the step; back returns; acknowledgements persist', async ({
  page,
}) => {
  const editor = await EditorPage.createDraft(page);
  await editor.field('机关名称').pressSequentially('湘乡市信访局');

  await editor.goToStep('三、收到和处理政府信息公开申请情况');
  await expect(page).toHaveURL(/\/requests$/);
  await page.reload();
  await editor.expectStep('三、收到和处理政府信息公开申请情况');
  await editor.goToStep('五、存在的主要问题及改进情况');
  await page.goBack();
  await editor.expectStep('三、收到和处理政府信息公开申请情况');
  await page.goBack();
  await editor.expectStep('基本信息');
  await page.goForward();
  await editor.expectStep('三、收到和处理政府信息公开申请情况');

  // 审核与导出 groups findings by step, in step order, each linking to its place.
  await editor.goToStep('审核与导出');
  const groups = page.getByRole('heading', { level: 3 });
  await expect(groups.first()).toHaveText('核对结果');
  const basics = editor.reviewGroup('基本信息');
  await basics.getByRole('link', { name: '转到 落款日期' }).click();
  await editor.expectStep('基本信息');
  await expect(page).toHaveURL(/\/basics\?focus=signature\.date$/);
  await expect(editor.field('落款日期')).toBeFocused();
  await page.goBack();
  await editor.expectStep('审核与导出');
  await editor
    .reviewGroup('五、存在的主要问题及改进情况')
    .getByRole('link', { name: '转到 五、存在的主要问题及改进情况' })
    .click();
  await expect(editor.narrative('五、存在的主要问题及改进情况')).toBeFocused();
  await page.goBack();

  // A warning acknowledged with a reason stays acknowledged after a reload, and can be revoked.
  const warning = editor.finding(
    editor.reviewGroup('五、存在的主要问题及改进情况'),
    '存在问题及改进情况',
  );
  await warning.getByRole('button', { name: '确认' }).click();
  await warning.getByRole('textbox', { name: '理由' }).fill('本单位本年度工作无新问题，经领导审定');
  await warning.getByRole('textbox', { name: '理由' }).press('Enter');
  await expect(warning).toContainText('已确认');
  await expect(editor.summary).toContainText('（已确认 1 项）');
  await expect(editor.stepItem('五、存在的主要问题及改进情况')).not.toContainText('警告');
  await screenshot(page, 'editor-acknowledged');
  await editor.expectSaved();
  await page.reload();
  await editor.expectStep('审核与导出');
  await expect(warning).toContainText('理由：本单位本年度工作无新问题，经领导审定');
  await warning.getByRole('button', { name: '撤销确认' }).click();
  await expect(warning.getByRole('button', { name: '确认' })).toBeFocused();
  await expect(editor.summary).toContainText('（已确认 0 项）');

  // Wide and narrow screens: the step list is a sidebar, or a block on top that opens.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'editor-wide-1920');
  await page.setViewportSize({ width: 820, height: 1000 });
  const toggle = editor.steps.getByRole('button', { name: /第 8 步 \/ 共 8 步/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(editor.stepLink('基本信息')).toBeHidden();
  await screenshot(page, 'editor-narrow-collapsed');
  await toggle.click();
  await expect(editor.stepLink('基本信息')).toBeVisible();
  await screenshot(page, 'editor-narrow-expanded');
  await editor.stepLink('基本信息').click();
  // Choosing a step folds the list again; its button names the step shown.
  await expect(editor.stepHeading).toHaveText('基本信息');
  await expect(
    editor.steps.getByRole('button', { name: /第 1 步 \/ 共 8 步：基本信息/ }),
  ).toHaveAttribute('aria-expanded', 'false');
  await expect(editor.stepLink('一、总体情况')).toBeHidden();
});
