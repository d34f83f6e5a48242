// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '@/domain/report/draft-schema';
import { createEmptyReport } from '@/domain/report/empty-report';
import { ReportEditor, type ReportEditorProps } from './report-editor';

afterEach(cleanup);

function makeDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'd1',
    name: '',
    report: createEmptyReport({ year: 2022 }),
    previousYear: null,
    acknowledgements: {},
    createdAt: '2023-01-02T00:00:00.000Z',
    updatedAt: '2023-01-02T00:00:00.000Z',
    exportedAt: null,
    ...overrides,
  };
}

function renderEditor(props: Partial<ReportEditorProps> = {}) {
  const all: ReportEditorProps = {
    draft: makeDraft(),
    onChange: vi.fn(),
    onFlush: vi.fn(),
    step: 'basics',
    onStepChange: vi.fn(),
    focus: null,
    readOnly: false,
    ...props,
  };
  const view = render(<ReportEditor {...all} />);
  return { ...view, props: all };
}

describe('ReportEditor', () => {
  it('renders', async () => {
    const { props } = renderEditor();
    const nav = screen.getByRole('navigation', { name: '报告步骤' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toHaveLength(8);
    await userEvent.type(screen.getByLabelText('机关名称'), '湘乡市信访局');
    expect(props.onChange).toHaveBeenCalled();
  });
});
