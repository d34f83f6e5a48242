// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkReport } from '@/domain/checks/check-report';
import { PROACTIVE_CELLS, proactiveCellName } from '@/domain/report/proactive-table';
import { createEmptyReport } from '@/domain/report/empty-report';
import type { Proactive } from '@/domain/report/report-schema';
import { readProactiveCell } from './proactive-layout';
import { ProactiveTableEditor } from './proactive-table-editor';

vi.setConfig({ testTimeout: 30_000 });
afterEach(cleanup);

function setup() {
  const changes: { next: Proactive; reason: string }[] = [];
  function Harness() {
    const [report, setReport] = useState(() => createEmptyReport({ year: 2023 }));
    return (
      <ProactiveTableEditor
        value={report.proactive}
        findings={checkReport(report)}
        readOnly={false}
        onChange={(next, reason) => {
          changes.push({ next, reason });
          setReport((r) => ({ ...r, proactive: next }));
        }}
      />
    );
  }
  render(<Harness />);
  const cell = (name: string) => screen.getByLabelText(name, { selector: 'input' });
  return { changes, user: userEvent.setup(), cell };
}

describe('ProactiveTableEditor', () => {
  it('shows the four article blocks with 信息内容 headers and every cell named and pathed', () => {
    const { cell } = setup();
    const grid = screen.getByRole('grid', { name: '表二 主动公开政府信息情况' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    for (const article of [
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]) {
      expect(headers).toContain(article);
    }
    expect(headers.filter((h) => h === '信息内容')).toHaveLength(4);
    expect(headers).toContain('本年收费金额（单位：万元）');
    for (const def of PROACTIVE_CELLS) {
      expect(cell(proactiveCellName(def)).dataset.path).toBe(`proactive.${def.id}`);
    }
    expect(cell('行政事业性收费 本年收费金额（单位：万元）').getAttribute('inputmode')).toBe(
      'decimal',
    );
  });

  it('takes whole counts and 万元 amounts with decimals, refusing decimals in counts', async () => {
    const { user, cell, changes } = setup();
    await user.click(cell('规章 本年制发件数'));
    await user.keyboard('３');
    expect(changes.at(-1)?.next.rules.issued).toBe(3);
    await user.click(cell('行政事业性收费 本年收费金额（单位：万元）'));
    await user.keyboard('12.3456');
    expect(changes.at(-1)?.next.feesWan).toBe(12.3456);
    await user.click(cell('行政许可 本年处理决定数量'));
    await user.keyboard('2.5');
    const input = cell('行政许可 本年处理决定数量');
    expect(input).toHaveProperty('value', '2.5');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(changes.at(-1)?.next.licensing).toBeNull();
  });

  it('moves down through the blocks and pastes a block of the first article', async () => {
    const { user, cell, changes } = setup();
    await user.click(cell('规章 现行有效件数'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('行政规范性文件 现行有效件数'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(cell('行政许可 本年处理决定数量'));
    await user.click(cell('规章 本年制发件数'));
    await user.paste('1\t0\t12\r\n5\t2\t40\r\n');
    const last = changes.at(-1);
    expect(last?.reason).toBe('paste');
    expect(last && readProactiveCell(last.next, 'proactive.normativeDocuments.inForce')).toBe(40);
  });
});
