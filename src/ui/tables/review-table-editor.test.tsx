// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkReport } from '@/domain/checks/check-report';
import { createEmptyReport } from '@/domain/report/empty-report';
import type { ReviewLitigation } from '@/domain/report/report-schema';
import { ReviewTableEditor } from './review-table-editor';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

function setup() {
  const changes: { next: ReviewLitigation; reason: string }[] = [];
  function Harness() {
    const [report, setReport] = useState(() => createEmptyReport({ year: 2023 }));
    return (
      <ReviewTableEditor
        value={report.reviewLitigation}
        findings={checkReport(report)}
        readOnly={false}
        onChange={(next, reason) => {
          changes.push({ next, reason });
          setReport((r) => ({ ...r, reviewLitigation: next }));
        }}
      />
    );
  }
  render(<Harness />);
  const cell = (name: string) => screen.getByLabelText(name, { selector: 'input' });
  return { changes, user: userEvent.setup(), cell };
}

describe('ReviewTableEditor', () => {
  it('has the printed header rows and names each cell by group and column', () => {
    const { cell } = setup();
    const grid = screen.getByRole('grid', { name: '表四 政府信息公开行政复议、行政诉讼情况' });
    const headers = within(grid).getAllByRole('columnheader');
    const top = headers
      .slice(0, 4)
      .map((h) => [h.textContent, h.getAttribute('colspan'), h.getAttribute('rowspan')]);
    expect(top).toEqual([
      ['行政复议', '5', '2'],
      ['行政诉讼', '10', '1'],
      ['未经复议直接起诉', '5', null],
      ['复议后起诉', '5', null],
    ]);
    expect(headers.slice(4).map((h) => h.textContent)).toEqual(
      Array.from({ length: 3 }, () => [
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '总计',
      ]).flat(),
    );
    expect(cell('行政复议 结果维持').dataset.path).toBe('reviewLitigation.review.upheld');
    expect(cell('行政诉讼 未经复议直接起诉 总计')).toHaveProperty('readOnly', true);
    expect(cell('行政诉讼 复议后起诉 尚未审结').dataset.path).toBe(
      'reviewLitigation.litigationAfterReview.pending',
    );
  });

  it('computes each 总计 and skips it when moving right', async () => {
    const { user, cell, changes } = setup();
    await user.click(cell('行政复议 结果维持'));
    await user.keyboard('2{Tab}1{Tab}0{Tab}1{Tab}');
    expect(cell('行政复议 总计')).toHaveProperty('value', '4');
    expect(changes.at(-1)?.next.review.total).toBe(4);
    expect(document.activeElement).toBe(cell('行政诉讼 未经复议直接起诉 结果维持'));
  });

  it('pastes a whole printed row with its totals, comparing them', async () => {
    const { user, cell, changes } = setup();
    await user.click(cell('行政复议 结果维持'));
    await user.paste('1\t0\t0\t0\t1\t2\t1\t0\t0\t3\t0\t0\t0\t0\t9\n');
    expect(changes.filter((c) => c.reason === 'paste')).toHaveLength(1);
    expect(cell('行政诉讼 未经复议直接起诉 总计')).toHaveProperty('value', '3');
    expect(screen.getByRole('status').textContent).toContain(
      '“行政诉讼 复议后起诉 总计”粘贴为9，计算为0',
    );
  });
});
