// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { applicationsSentence } from '@/domain/document/standard-sentences';
import { computeTotals } from '@/domain/matrix/compute-totals';
import type { Draft } from '@/domain/report/draft-schema';
import { createEmptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/report-schema';
import { WIZARD_STEPS } from '@/ui/wizard-steps';
import { ReportEditor, type ChangeReason, type ReportEditorProps } from './report-editor';

// Rendering the whole editor (a 175-cell grid on some steps) in jsdom is slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeAll(() => {
  // jsdom has no layout: scrolling is a no-op, and CSS.escape is missing.
  Element.prototype.scrollIntoView = () => undefined;
  if (!('CSS' in globalThis)) {
    Object.defineProperty(globalThis, 'CSS', {
      value: { escape: (value: string) => value.replace(/["\\]/g, '\\$&') },
      configurable: true,
    });
  }
});

afterEach(cleanup);

function makeDraft(report: Report = createEmptyReport({ year: 2022 }), extra: Partial<Draft> = {}) {
  const draft: Draft = {
    id: 'd1',
    name: '',
    report,
    previousYear: null,
    acknowledgements: {},
    createdAt: '2023-01-02T00:00:00.000Z',
    updatedAt: '2023-01-02T00:00:00.000Z',
    exportedAt: null,
    ...extra,
  };
  return draft;
}

/** A 2022 report of the seed's kind: every cell 0, basics filled, signed in the wrong year. */
function seedLikeReport(): Report {
  return {
    ...createEmptyReport({ year: 2022, fill: 0, agency: '湘乡市信访局' }),
    signature: { agency: '湘乡市信访局', date: '2022-01-10' },
    publishedAt: '2023-01-10',
  };
}

type OnChange = Mock<(next: Draft, reason: ChangeReason) => void>;

function renderEditor(props: Partial<ReportEditorProps> = {}) {
  const onChange: OnChange = vi.fn();
  const all: ReportEditorProps = {
    draft: makeDraft(),
    onChange,
    onFlush: vi.fn(),
    step: 'basics',
    onStepChange: vi.fn(),
    stepHref: (step, focus) => `#/drafts/d1/${step}${focus ? `?focus=${focus}` : ''}`,
    focus: null,
    readOnly: false,
    ...props,
  };
  const view = render(<ReportEditor {...all} />);
  const user = userEvent.setup();
  const lastChange = () => {
    const call = onChange.mock.calls.at(-1);
    if (!call) throw new Error('onChange was not called');
    return { draft: call[0], reason: call[1] };
  };
  return { ...view, props: all, user, onChange, lastChange };
}

const stepNav = () => screen.getByRole('navigation', { name: '报告步骤' });
const stepItem = (label: string) => {
  const link = within(stepNav()).getByRole('link', { name: label });
  const item = link.closest('li');
  if (!item) throw new Error(`no list item for ${label}`);
  return item;
};

describe('the step list', () => {
  it('links every step by its exact label and marks the current one', () => {
    renderEditor({ step: 'requests' });
    const links = within(stepNav()).getAllByRole('link');
    const names = links.map((link) => link.textContent);
    expect(names).toEqual(WIZARD_STEPS.map((s) => s.label));
    const current = within(stepNav()).getByRole('link', {
      name: '三、收到和处理政府信息公开申请情况',
    });
    expect(current.getAttribute('aria-current')).toBe('step');
    expect(links.filter((l) => l.hasAttribute('aria-current'))).toHaveLength(1);
    expect(current.getAttribute('href')).toBe('#/drafts/d1/requests');
  });

  it('shows each step as 未开始, 进行中 or 已完成 and describes the link with it', async () => {
    const { user } = renderEditor();
    expect(
      within(stepNav()).getByRole('link', { name: '基本信息', description: /未开始/ }),
    ).toBeTruthy();
    await user.type(screen.getByLabelText('机关名称'), '湘乡市信访局');
    await waitFor(() => expect(within(stepItem('基本信息')).getByText('进行中')).toBeTruthy());
  });

  it('counts errors and warnings per step and updates them as the user fixes the report', async () => {
    const report = seedLikeReport();
    report.requests.newReceived.naturalPerson = 5;
    const { user } = renderEditor({ draft: makeDraft(report) });
    // 5 received, none handled: the 自然人 and 总计 columns do not balance.
    expect(
      within(stepItem('三、收到和处理政府信息公开申请情况')).getByText('2个错误'),
    ).toBeTruthy();
    expect(within(stepItem('三、收到和处理政府信息公开申请情况')).getByText('进行中')).toBeTruthy();
    // Signed 2022-01-10 on a 2022 report: the dates warning.
    expect(within(stepItem('基本信息')).getByText('1个警告')).toBeTruthy();
    expect(within(stepItem('基本信息')).getByText('已完成')).toBeTruthy();
    expect(within(stepItem('二、主动公开政府信息情况')).getByText('已完成')).toBeTruthy();

    const date = screen.getByLabelText('落款日期');
    await user.clear(date);
    await user.type(date, '2023-01-10');
    await waitFor(() => expect(within(stepItem('基本信息')).queryByText('1个警告')).toBeNull());
  });
});

describe('changes', () => {
  it('hands on the whole draft with each edit and flushes on blur', async () => {
    const { user, lastChange, props } = renderEditor();
    await user.type(screen.getByLabelText('机关名称'), '湘乡市信访局');
    const { draft, reason } = lastChange();
    expect(reason).toBe('edit');
    expect(draft.report.agency).toBe('湘乡市信访局');
    // 落款机关 follows 机关名称 while the user has not set it apart.
    expect(draft.report.signature.agency).toBe('湘乡市信访局');
    expect(draft.id).toBe('d1');
    await user.tab();
    expect(props.onFlush).toHaveBeenCalled();
  });

  it('shows a malformed date at the field in Chinese and keeps the last valid one in the draft', async () => {
    const { user, lastChange } = renderEditor({ draft: makeDraft(seedLikeReport()) });
    const date = screen.getByLabelText('落款日期');
    // Typed over the old date: no prefix of 2023-13-45 is a date, so the draft keeps the old one.
    await user.tripleClick(date);
    await user.keyboard('2023-13-45');
    expect(await screen.findByText('日期格式应为 YYYY-MM-DD')).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(lastChange().draft.report.signature.date).toBe('2022-01-10');
    await user.clear(date);
    await user.type(date, '2023/1/10');
    await waitFor(() => expect(lastChange().draft.report.signature.date).toBe('2023-01-10'));
    const field = date.closest('.field');
    if (!(field instanceof HTMLElement)) throw new Error('no field');
    expect(within(field).getByText('即 2023年1月10日')).toBeTruthy();
    expect(screen.queryByText('日期格式应为 YYYY-MM-DD')).toBeNull();
  });

  it('computes the derived totals in the draft it hands on', async () => {
    const report = seedLikeReport();
    report.requests.granted.naturalPerson = 3;
    const { user, lastChange } = renderEditor({ draft: makeDraft(report) });
    await user.type(screen.getByLabelText('机关名称'), '办公室');
    expect(lastChange().draft.report.requests.granted.total).toBe(3);
    expect(lastChange().draft.report.requests.resultTotal.naturalPerson).toBe(3);
  });
});

describe('narrative sections', () => {
  it('names the text by its heading, counts characters and ticks the topics covered', async () => {
    const { user } = renderEditor({ step: 'overview' });
    const text = screen.getByRole('textbox', { name: '一、总体情况' });
    await user.type(text, '（一）主动公开');
    expect(screen.getByText(/已输入 7 字/)).toBeTruthy();
    const topics = screen.getByRole('heading', { name: '五个方面' }).parentElement;
    if (!topics) throw new Error('no topic list');
    expect(within(topics).getByText(/主动公开/).textContent).toContain('已涉及');
    expect(within(topics).getByText(/监督保障/).textContent).toContain('未涉及');
  });

  it('notes gently when 总体情况 passes 1000 characters', () => {
    const report = { ...seedLikeReport(), overview: '主动公开'.repeat(250) + '。' };
    renderEditor({ draft: makeDraft(report), step: 'overview' });
    expect(screen.getByText(/已输入 1001 字/).textContent).toContain('已超过1000字');
  });

  it('inserts the applications sentence at the caret, as an insert', async () => {
    const report = seedLikeReport();
    report.requests.newReceived.naturalPerson = 2;
    report.requests.granted.naturalPerson = 2;
    report.overview = '（二）依申请公开。后文。';
    const { user, lastChange } = renderEditor({ draft: makeDraft(report), step: 'overview' });
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: '一、总体情况' });
    await user.click(text);
    text.setSelectionRange(9, 9);
    await user.click(screen.getByRole('button', { name: '插入依申请公开统计句' }));
    const sentence = applicationsSentence(computeTotals(report));
    expect(sentence).toBe(
      '本年度共收到政府信息公开申请2件，上年结转0件，办结2件（其中予以公开2件），结转下年度继续办理0件。',
    );
    expect(text.value).toBe(`（二）依申请公开。${sentence}后文。`);
    expect(text.selectionStart).toBe(9 + (sentence ?? '').length);
    expect(document.activeElement).toBe(text);
    expect(lastChange().reason).toBe('insert');
    expect(lastChange().draft.report.overview).toBe(text.value);
    // The inserted text is ordinary text: typing goes on after it.
    await user.keyboard('另');
    expect(text.value).toBe(`（二）依申请公开。${sentence}另后文。`);
    expect(lastChange().reason).toBe('edit');
  });

  it('appends the 信息处理费 sentence as a new paragraph when no caret was placed', async () => {
    const report = { ...seedLikeReport(), other: '无其他需要报告的事项。' };
    const { user, lastChange } = renderEditor({ draft: makeDraft(report), step: 'other' });
    await user.click(screen.getByRole('button', { name: '插入信息处理费说明' }));
    expect(lastChange().draft.report.other).toBe(
      '无其他需要报告的事项。\n\n本年度未收取信息处理费。',
    );
  });

  it('shows last year’s 五 beside this year’s', () => {
    const previous = {
      ...seedLikeReport(),
      year: 2021,
      problems: '信息发布的积极性和主动性不够。',
    };
    renderEditor({
      draft: makeDraft(seedLikeReport(), { previousYear: previous }),
      step: 'problems',
    });
    expect(screen.getByRole('heading', { name: '上年报告（2021年度）的这一部分' })).toBeTruthy();
    expect(screen.getByText('信息发布的积极性和主动性不够。')).toBeTruthy();
  });
});

describe('moving between steps', () => {
  it('asks the container for the step (and field) to show', async () => {
    const onStepChange = vi.fn();
    const { user, rerender, props } = renderEditor({ onStepChange });
    await user.click(
      within(stepNav()).getByRole('link', { name: '四、政府信息公开行政复议、行政诉讼情况' }),
    );
    expect(onStepChange).toHaveBeenLastCalledWith('reviewLitigation', null);
    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(onStepChange).toHaveBeenLastCalledWith('overview', null);
    expect(screen.queryByRole('button', { name: '上一步' })).toBeNull();

    rerender(<ReportEditor {...props} step="problems" />);
    expect(
      screen.getByRole('heading', { level: 2, name: '五、存在的主要问题及改进情况' }),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '五、存在的主要问题及改进情况' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    await user.click(screen.getByRole('button', { name: '上一步' }));
    expect(onStepChange).toHaveBeenLastCalledWith('reviewLitigation', null);
  });

  it('focuses the field named by `focus` on arrival', () => {
    renderEditor({ draft: makeDraft(seedLikeReport()), focus: 'signature.date' });
    expect(document.activeElement).toBe(screen.getByLabelText('落款日期'));
  });

  it('links each finding on 审核与导出 to its step and field', async () => {
    const onStepChange = vi.fn();
    const { user } = renderEditor({
      draft: makeDraft(seedLikeReport()),
      step: 'review',
      onStepChange,
    });
    const basics = screen.getByRole('list', { name: '基本信息的检查结果' });
    const link = within(basics).getByRole('link', { name: '转到 落款日期' });
    expect(link.getAttribute('href')).toBe('#/drafts/d1/basics?focus=signature.date');
    await user.click(link);
    expect(onStepChange).toHaveBeenLastCalledWith('basics', 'signature.date');
  });
});

describe('审核与导出', () => {
  it('sums up the findings and lets a warning be acknowledged with a reason, and revoked', async () => {
    const { user, lastChange } = renderEditor({
      draft: makeDraft(seedLikeReport()),
      step: 'review',
    });
    // Seed-like report: the dates warning and the empty 五 (warnings), two advices.
    expect(screen.getByText('错误 0 项（须全部修正才能正式导出）')).toBeTruthy();
    expect(screen.getByText('警告 2 项（已确认 0 项）')).toBeTruthy();
    expect(screen.getByText('提示 2 项')).toBeTruthy();

    const basics = screen.getByRole('list', { name: '基本信息的检查结果' });
    const finding = within(basics)
      .getByText(/落款日期为2022年1月10日/)
      .closest('li');
    if (!finding) throw new Error('no finding item');
    await user.click(within(finding).getByRole('button', { name: '确认' }));
    const reason = within(finding).getByRole('textbox', { name: '理由' });
    expect(document.activeElement).toBe(reason);
    await user.click(within(finding).getByRole('button', { name: '保存确认' }));
    expect(within(finding).getByText('请填写确认理由')).toBeTruthy();

    await user.type(reason, '原文如此，已向发布机构核实');
    await user.click(within(finding).getByRole('button', { name: '保存确认' }));
    const { draft, reason: why } = lastChange();
    expect(why).toBe('acknowledge');
    expect(draft.acknowledgements['dates@signature.date#early']).toMatchObject({
      reason: '原文如此，已向发布机构核实',
    });
    expect(within(finding).getByText('理由：原文如此，已向发布机构核实')).toBeTruthy();
    expect(screen.getByText('警告 2 项（已确认 1 项）')).toBeTruthy();
    expect(within(stepItem('基本信息')).queryByText('1个警告')).toBeNull();

    await user.click(within(finding).getByRole('button', { name: '撤销确认' }));
    expect(lastChange().draft.acknowledgements).toEqual({});
    expect(screen.getByText('警告 2 项（已确认 0 项）')).toBeTruthy();
  });
});

describe('read-only', () => {
  it('shows everything and lets nothing be edited', () => {
    renderEditor({ draft: makeDraft(seedLikeReport()), readOnly: true });
    const agency = screen.getByLabelText<HTMLInputElement>('机关名称');
    expect(agency.value).toBe('湘乡市信访局');
    expect(agency.readOnly).toBe(true);
    for (const radio of screen.getAllByRole<HTMLInputElement>('radio')) {
      expect(radio.disabled).toBe(true);
    }
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '确认' }).disabled).toBe(true);
  });
});
