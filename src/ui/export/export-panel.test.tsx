// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/domain/checks/finding';
import { fullSampleReport } from '@/domain/document/full-sample-report';
import type { Draft } from '@/domain/report/draft-schema';
import { ExportPanel } from './export-panel';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

function draftOf(
  report = fullSampleReport(),
  acknowledgements: Draft['acknowledgements'] = {},
): Draft {
  return {
    id: 'd1',
    name: '',
    report,
    previousYear: null,
    acknowledgements,
    createdAt: '2024-01-10T08:00:00.000Z',
    updatedAt: '2024-01-10T08:00:00.000Z',
    exportedAt: null,
  };
}

const error: Finding = {
  rule: 'matrix-balance',
  severity: 'error',
  location: { kind: 'requests', row: 'newReceived', column: 'total' },
  related: [],
  message: '一+二 不等于 （七）+四',
  key: 'matrix-balance@total',
};
const warning: Finding = { ...error, rule: 'dates', severity: 'warning', key: 'dates@signature' };

const FINAL = ['导出 JSON', '导出 HTML', '导出 Word', '打印 / 另存为 PDF'];
const DRAFT = ['导出草稿 JSON', '导出草稿 HTML', '导出草稿 Word', '打印草稿 / 另存为 PDF'];

function buttons(groupName: string) {
  return within(screen.getByRole('group', { name: groupName })).getAllByRole('button');
}

describe('ExportPanel', () => {
  it('offers the final export of a checked, complete report', () => {
    render(<ExportPanel draft={draftOf()} findings={[]} onDraftChange={() => {}} />);
    expect(buttons('正式导出').map((b) => [b.textContent, b.hasAttribute('disabled')])).toEqual(
      FINAL.map((name) => [name, false]),
    );
    expect(buttons('导出草稿').map((b) => b.textContent)).toEqual(DRAFT);
    expect(screen.getByText(/已通过核对/)).toBeTruthy();
  });

  it('explains what blocks the final export and still offers the draft export', () => {
    const report = fullSampleReport();
    report.requests.newReceived.research = null;
    render(
      <ExportPanel
        draft={draftOf(report)}
        findings={[error, error, warning]}
        onDraftChange={() => {}}
      />,
    );
    for (const button of buttons('正式导出')) {
      expect(button.hasAttribute('disabled')).toBe(true);
      expect(button.getAttribute('aria-describedby')).toBe('export-blockers');
    }
    for (const button of buttons('导出草稿')) expect(button.hasAttribute('disabled')).toBe(false);
    const blockers = document.getElementById('export-blockers');
    expect(blockers?.textContent).toContain(
      '还有 2 个错误、1 个未确认的警告、1 个未填写的单元格，暂时只能导出草稿。',
    );
    expect(blockers?.textContent).toContain(
      '填写 1 个空白单元格（没有数据的填 0）：表三 一、本年新收政府信息公开申请数量 / 科研机构。',
    );
    expect(screen.getByRole('button', { name: '转到核对结果' })).toBeTruthy();
  });

  it('counts an acknowledged warning as settled', () => {
    const draft = draftOf(fullSampleReport(), {
      [warning.key]: { reason: '落款日期按本地通知', at: '2024-01-20T08:00:00.000Z' },
    });
    render(<ExportPanel draft={draft} findings={[warning]} onDraftChange={() => {}} />);
    for (const button of buttons('正式导出')) expect(button.hasAttribute('disabled')).toBe(false);
  });
});
