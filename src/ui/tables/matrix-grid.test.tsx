// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkReport } from '@/domain/checks/check-report';
import { createEmptyReport } from '@/domain/report/empty-report';
import type { Requests } from '@/domain/report/report-schema';
import { MatrixGrid } from './matrix-grid';

// The grid re-renders 175 inputs per keystroke in jsdom; a busy machine needs the time.
vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

interface Change {
  next: Requests;
  reason: 'edit' | 'paste';
}

function Harness(props: { initial?: Requests; changes: Change[]; readOnly?: boolean }) {
  const [report, setReport] = useState(() => {
    const r = createEmptyReport({ year: 2023 });
    return props.initial ? { ...r, requests: props.initial } : r;
  });
  const findings = checkReport(report);
  return (
    <MatrixGrid
      value={report.requests}
      findings={findings}
      readOnly={props.readOnly ?? false}
      onChange={(next, reason) => {
        props.changes.push({ next, reason });
        setReport((r) => ({ ...r, requests: next }));
      }}
    />
  );
}

function setup(initial?: Requests) {
  const changes: Change[] = [];
  const user = userEvent.setup();
  render(<Harness changes={changes} initial={initial} />);
  const cell = (name: string) => screen.getByLabelText(name, { selector: 'input' });
  return { changes, user, cell };
}

function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('MatrixGrid layout', () => {
  it('is a named grid laid out like the template', () => {
    setup();
    const grid = screen.getByRole('grid', { name: '表三 收到和处理政府信息公开申请情况' });
    const headers = within(grid).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '申请人情况',
      '自然人',
      '法人或其他组织',
      '总计',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    const span = (text: string) => {
      const h = headers.find((x) => x.textContent === text);
      return [h?.getAttribute('colspan'), h?.getAttribute('rowspan')];
    };
    expect(span('申请人情况')).toEqual(['7', '1']);
    expect(span('自然人')).toEqual(['1', '2']);
    expect(span('法人或其他组织')).toEqual(['5', '1']);
    expect(span('总计')).toEqual(['1', '2']);
    expect(headers[0]?.getAttribute('colspan')).toBe('3');
    expect(headers[0]?.getAttribute('rowspan')).toBe('3');

    const rowHeader = (text: string) => within(grid).getByRole('rowheader', { name: text });
    expect(rowHeader('三、本年度办理结果').getAttribute('rowspan')).toBe('22');
    expect(rowHeader('（三）不予公开').getAttribute('rowspan')).toBe('8');
    expect(rowHeader('（四）无法提供').getAttribute('rowspan')).toBe('3');
    expect(rowHeader('（五）不予处理').getAttribute('rowspan')).toBe('5');
    expect(rowHeader('（六）其他处理').getAttribute('rowspan')).toBe('3');
    expect(rowHeader('一、本年新收政府信息公开申请数量').getAttribute('colspan')).toBe('3');
    expect(rowHeader('四、结转下年度继续办理').getAttribute('colspan')).toBe('3');
    expect(rowHeader('（一）予以公开').getAttribute('colspan')).toBe('2');
    expect(rowHeader('（七）总计').getAttribute('colspan')).toBe('2');
    expect(within(grid).getAllByRole('row')).toHaveLength(3 + 25);
  });

  it('labels every input with its row and column and gives it a data path', () => {
    const { cell } = setup();
    expect(screen.getAllByRole('textbox')).toHaveLength(25 * 7);
    const input = cell('（三）不予公开 1.属于国家秘密 / 自然人');
    expect(input.dataset.path).toBe('requests.deniedStateSecret.naturalPerson');
    const total = cell('一、本年新收政府信息公开申请数量 / 总计');
    expect(total).toHaveProperty('readOnly', true);
    expect(total.dataset.path).toBe('requests.newReceived.total');
    expect(cell('（七）总计 / 科研机构')).toHaveProperty('readOnly', true);
  });
});

describe('MatrixGrid editing', () => {
  it('derives 总计 and （七）总计 as the user types', async () => {
    const { user, cell, changes } = setup();
    await user.click(cell('（一）予以公开 / 自然人'));
    await user.keyboard('12');
    await user.click(cell('（一）予以公开 / 商业企业'));
    await user.keyboard('３');
    expect(cell('（一）予以公开 / 总计')).toHaveProperty('value', '15');
    expect(cell('（七）总计 / 自然人')).toHaveProperty('value', '12');
    expect(cell('（七）总计 / 总计')).toHaveProperty('value', '15');
    expect(changes.at(-1)?.reason).toBe('edit');
    expect(changes.at(-1)?.next.granted).toMatchObject({
      naturalPerson: 12,
      commercial: 3,
      total: 15,
    });
  });

  it('keeps a refused text as typed, says why, and passes a blank up', async () => {
    const { user, cell, changes } = setup();
    const input = cell('二、上年结转政府信息公开申请数量 / 科研机构');
    await user.click(input);
    await user.keyboard('1.5');
    expect(input).toHaveProperty('value', '1.5');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(description(input)).toContain('请输入不小于0的整数');
    expect(changes.at(-1)?.next.carriedOver.research).toBeNull();
    await user.keyboard('{Tab}');
    expect(input).toHaveProperty('value', '1.5');
    await user.click(input);
    await user.keyboard('2');
    expect(input).toHaveProperty('value', '2');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(changes.at(-1)?.next.carriedOver.research).toBe(2);
  });

  it('reads thousands separators and tidies them when the cell is left', async () => {
    const { user, cell, changes } = setup();
    const input = cell('一、本年新收政府信息公开申请数量 / 自然人');
    await user.click(input);
    await user.keyboard('1,234');
    expect(changes.at(-1)?.next.newReceived.naturalPerson).toBe(1234);
    expect(input).toHaveProperty('value', '1,234');
    await user.keyboard('{Enter}');
    expect(input).toHaveProperty('value', '1234');
  });

  it('moves like a spreadsheet and skips derived cells', async () => {
    const { user, cell } = setup();
    await user.click(cell('一、本年新收政府信息公开申请数量 / 自然人'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell('一、本年新收政府信息公开申请数量 / 商业企业'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('二、上年结转政府信息公开申请数量 / 商业企业'));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(cell('（一）予以公开 / 商业企业'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(cell('（一）予以公开 / 自然人'));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(cell('二、上年结转政府信息公开申请数量 / 其他'));
    await user.keyboard('{Tab}');
    expect(document.activeElement).toBe(cell('（一）予以公开 / 自然人'));
    await user.click(cell('（六）其他处理 3.其他 / 其他'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('四、结转下年度继续办理 / 其他'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell('四、结转下年度继续办理 / 其他'));
  });

  it('types over the selected content; F2 edits with the caret; arrows then move the caret', async () => {
    const { user, cell } = setup();
    const input = cell('（一）予以公开 / 科研机构');
    await user.click(input);
    await user.keyboard('45');
    await user.keyboard('{ArrowDown}{ArrowUp}');
    expect(document.activeElement).toBe(input);
    await user.keyboard('7');
    expect(input).toHaveProperty('value', '7');
    await user.keyboard('{F2}{ArrowLeft}9');
    expect(input).toHaveProperty('value', '97');
    expect(document.activeElement).toBe(input);
  });

  it('clears to blank with Delete and restores with Escape', async () => {
    const initial = createEmptyReport({ year: 2023 }).requests;
    initial.granted.research = 8;
    const { user, cell, changes } = setup(initial);
    const input = cell('（一）予以公开 / 科研机构');
    await user.click(input);
    await user.keyboard('{Delete}');
    expect(input).toHaveProperty('value', '');
    expect(changes.at(-1)?.next.granted.research).toBeNull();
    await user.keyboard('{Escape}');
    expect(input).toHaveProperty('value', '8');
    expect(changes.at(-1)?.next.granted.research).toBe(8);
    await user.keyboard('55{Escape}');
    expect(input).toHaveProperty('value', '8');
  });

  it('pastes a block from a spreadsheet as one change and undoes it in one step', async () => {
    const { user, cell, changes } = setup();
    await user.click(cell('一、本年新收政府信息公开申请数量 / 自然人'));
    await user.paste('10\t2\t0\t0\t0\t1\t13\r\n1\t0\t0\t0\t0\t0\t1\r\n');
    expect(changes.filter((c) => c.reason === 'paste')).toHaveLength(1);
    expect(cell('一、本年新收政府信息公开申请数量 / 总计')).toHaveProperty('value', '13');
    expect(cell('二、上年结转政府信息公开申请数量 / 自然人')).toHaveProperty('value', '1');
    expect(screen.getByRole('status').textContent).toContain('已粘贴2行×7列');
    await user.click(cell('（一）予以公开 / 自然人'));
    await user.keyboard('9');
    await user.keyboard('{Control>}z{/Control}');
    expect(cell('（一）予以公开 / 自然人')).toHaveProperty('value', '');
    await user.keyboard('{Control>}z{/Control}');
    expect(cell('一、本年新收政府信息公开申请数量 / 自然人')).toHaveProperty('value', '');
    expect(cell('二、上年结转政府信息公开申请数量 / 自然人')).toHaveProperty('value', '');
    expect(changes.at(-1)?.reason).toBe('paste');
    await user.keyboard('{Control>}y{/Control}');
    expect(cell('一、本年新收政府信息公开申请数量 / 自然人')).toHaveProperty('value', '10');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(cell('（一）予以公开 / 自然人')).toHaveProperty('value', '9');
  });

  it('refuses a block with a word in it, naming the cell, and changes nothing', async () => {
    const { user, cell, changes } = setup();
    await user.click(cell('（一）予以公开 / 自然人'));
    await user.paste('1\t2\tabc\r\n');
    expect(changes).toHaveLength(0);
    expect(screen.getByRole('alert').textContent).toContain(
      '第3行“（一）予以公开”“科研机构”的“abc”不是整数',
    );
    expect(cell('（一）予以公开 / 自然人')).toHaveProperty('value', '');
    await user.click(cell('一、本年新收政府信息公开申请数量 / 其他'));
    await user.paste('1\t2\t3\n');
    expect(screen.getByRole('alert').textContent).toContain('放不下');
    expect(changes).toHaveLength(0);
  });

  it('marks the four cells of a broken balance and shows the message on focus', async () => {
    const { user, cell } = setup();
    await user.click(cell('一、本年新收政府信息公开申请数量 / 科研机构'));
    await user.keyboard('5{Enter}0{Enter}7');
    const names = [
      '一、本年新收政府信息公开申请数量 / 科研机构',
      '二、上年结转政府信息公开申请数量 / 科研机构',
      '（七）总计 / 科研机构',
      '四、结转下年度继续办理 / 科研机构',
    ];
    for (const name of names) {
      expect(cell(name).closest('.number-cell')?.getAttribute('data-severity')).toBe('error');
      expect(cell(name).getAttribute('aria-invalid')).toBe('true');
      expect(description(cell(name))).toContain('一+二=5，（七）总计+四=7，相差2');
    }
    expect(screen.getByText('科研机构：一+二=5，（七）+四=7，相差2')).toBeTruthy();
    await user.click(cell('四、结转下年度继续办理 / 科研机构'));
    expect(cell('（七）总计 / 科研机构').closest('.number-cell')?.getAttribute('data-linked')).toBe(
      'true',
    );
    await user.click(cell('（一）予以公开 / 科研机构'));
    await user.keyboard('5');
    await act(async () => {});
    for (const name of names) {
      expect(cell(name).getAttribute('aria-invalid')).toBeNull();
    }
    expect(screen.getByText('科研机构：一+二=5，（七）+四=5，平衡')).toBeTruthy();
  });

  it('changes nothing when read-only', async () => {
    const changes: Change[] = [];
    const user = userEvent.setup();
    render(<Harness changes={changes} readOnly />);
    const input = screen.getByLabelText('（一）予以公开 / 自然人', { selector: 'input' });
    await user.click(input);
    await user.keyboard('5');
    await user.paste('1\t2\n3\t4');
    expect(changes).toHaveLength(0);
    expect(input).toHaveProperty('value', '');
  });
});
