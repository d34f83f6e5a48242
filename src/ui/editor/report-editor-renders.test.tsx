// @vitest-environment jsdom
/**
 * A keystroke in 表三 re-renders only what it changes: the edited row, the （七）总计 row and the
 * rows whose marks changed, not the other twenty-odd rows. Counted through the one function
 * every value cell calls when it renders (`numberCellProps`), in the whole editor, so that the
 * objects of unchanged rows are seen to survive the form, the schema and the totals.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fullSampleReport } from '@/domain/document/full-sample-report';
import type { Draft } from '@/domain/report/draft-schema';
import { ReportEditor } from './report-editor';

const rendered = vi.hoisted(() => ({ paths: [] as string[] }));

vi.mock('@/ui/tables/number-cell-props', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/ui/tables/number-cell-props')>();
  return {
    ...original,
    numberCellProps: (...args: Parameters<typeof original.numberCellProps>) => {
      rendered.paths.push(args[1].path);
      return original.numberCellProps(...args);
    },
  };
});

vi.setConfig({ testTimeout: 30_000 });

beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

afterEach(cleanup);

function draft(): Draft {
  return {
    id: 'd1',
    name: '',
    report: fullSampleReport(),
    previousYear: null,
    acknowledgements: {},
    createdAt: '2024-01-02T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
    exportedAt: null,
  };
}

/** The rows (ids) whose value cells rendered since the last call. */
function renderedRows(): Set<string> {
  const rows = new Set(rendered.paths.map((path) => path.split('.')[1] ?? ''));
  rendered.paths = [];
  return rows;
}

describe('a keystroke in 表三', () => {
  it('re-renders the edited row, the （七）总计 row and rows whose marks changed only', async () => {
    const onChange = vi.fn();
    render(
      <ReportEditor
        draft={draft()}
        onChange={onChange}
        onFlush={() => undefined}
        step="requests"
        onStepChange={() => undefined}
        focus={null}
        readOnly={false}
      />,
    );
    const user = userEvent.setup();
    const input = screen.getByLabelText('（三）不予公开 3.危及“三安全一稳定” / 科研机构', {
      selector: 'input',
    });
    await user.click(input);
    await act(async () => {});
    renderedRows();

    await user.keyboard('7');
    await act(async () => {});
    expect(onChange).toHaveBeenCalled();
    expect(input).toHaveProperty('value', '7');
    const rows = renderedRows();
    expect(rows).toContain('deniedSecurityStability');
    expect(rows).toContain('resultTotal');
    // The balance of the 科研机构 column moved: its finding marks rows 一、二 and 四 as well.
    for (const row of rows) {
      expect([
        'deniedSecurityStability',
        'resultTotal',
        'newReceived',
        'carriedOver',
        'carriedForward',
      ]).toContain(row);
    }

    // A second digit in the same cell: same rows, and never the untouched ones.
    await user.keyboard('1');
    await act(async () => {});
    expect(input).toHaveProperty('value', '71');
    const again = renderedRows();
    expect(again).toContain('deniedSecurityStability');
    expect(again.has('granted')).toBe(false);
    expect(again.has('deniedStateSecret')).toBe(false);
  });
});
