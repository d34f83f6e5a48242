/**
 * 表二「主动公开政府信息情况」 laid out like the template: one bordered block per 条例 article,
 * each with its article row, the 「信息内容」 header row and its rows. Counts take whole
 * numbers; 行政事业性收费 takes an amount in 万元 (up to four decimals).
 */
import { useMemo, useRef } from 'react';
import type { Finding } from '@/domain/checks/finding';
import type { Proactive } from '@/domain/report/report-schema';
import { buildCellMarks, linkedPaths } from './cell-marks';
import { NumberCell } from './number-cell';
import { numberCellProps, type CellPropsSource } from './number-cell-props';
import {
  PROACTIVE_BLOCKS,
  PROACTIVE_LAYOUT,
  readProactiveCell,
  writeProactiveCell,
} from './proactive-layout';
import { TableNotice } from './table-notice';
import { useTableEditing, type CellTexts } from './use-table-editing';
import './table-editor.css';

/** The editor's accessible name. */
export const PROACTIVE_TABLE_NAME = '表二 主动公开政府信息情况';

/** The header over the row labels in every block of 表二, as printed. */
const CONTENT_HEADER = '信息内容';

/** Width of the widest block (第二十条第（一）项: three figure columns). */
const FIGURE_COLUMNS = Math.max(...PROACTIVE_BLOCKS.map((b) => b.group.columns.length));

const keepAsIs = (value: Proactive) => value;

export interface ProactiveTableEditorProps {
  value: Proactive;
  /** Every change; `reason` is 'paste' for a pasted block (one undo step). */
  onChange: (next: Proactive, reason: 'edit' | 'paste') => void;
  findings: readonly Finding[];
  readOnly: boolean;
  /** Refused texts kept as typed, by data path (see MatrixGrid). */
  texts?: CellTexts;
  onTextsChange?: (texts: CellTexts) => void;
}

export function ProactiveTableEditor(props: ProactiveTableEditorProps) {
  const { findings, readOnly } = props;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const editing = useTableEditing<Proactive>({
    value: props.value,
    onChange: props.onChange,
    readOnly,
    layout: PROACTIVE_LAYOUT,
    read: readProactiveCell,
    write: writeProactiveCell,
    finalize: keepAsIs,
    texts: props.texts,
    onTextsChange: props.onTextsChange,
    rootRef,
  });
  const marks = useMemo(() => buildCellMarks(findings, 'proactive.'), [findings]);
  const linked = useMemo(() => linkedPaths(marks, editing.activePath), [marks, editing.activePath]);
  const source: CellPropsSource = {
    textOf: editing.textOf,
    refusalOf: editing.refusalOf,
    marks,
    linked,
    activePath: editing.activePath,
    readOnly,
    actions: editing.actions,
  };

  return (
    <div className="table-editor" ref={rootRef}>
      <TableNotice notice={editing.notice} onDismiss={editing.dismissNotice} />
      <div className="table-editor-scroll">
        <table
          role="grid"
          aria-label={PROACTIVE_TABLE_NAME}
          aria-readonly={readOnly ? true : undefined}
          className="printed-table proactive-table"
        >
          <colgroup>
            <col className="printed-col-label" />
            {Array.from({ length: FIGURE_COLUMNS }, (_, i) => (
              <col key={i} className="printed-col-value" />
            ))}
          </colgroup>
          {PROACTIVE_BLOCKS.map((block) => {
            const span = FIGURE_COLUMNS / block.group.columns.length;
            return (
              <tbody key={block.group.id} className="proactive-block">
                <tr role="row">
                  <th
                    role="columnheader"
                    colSpan={FIGURE_COLUMNS + 1}
                    className="printed-head proactive-article"
                  >
                    {block.group.article}
                  </th>
                </tr>
                <tr role="row">
                  <th role="columnheader" className="printed-head">
                    {CONTENT_HEADER}
                  </th>
                  {block.group.columns.map((column) => (
                    <th key={column} role="columnheader" colSpan={span} className="printed-head">
                      {column}
                    </th>
                  ))}
                </tr>
                {block.rows.map((row) => (
                  <tr key={row.label} role="row">
                    <th role="rowheader" scope="row" className="printed-label">
                      {row.label}
                    </th>
                    {row.cells.map((cell) => (
                      <td
                        key={cell.def.id}
                        role="gridcell"
                        colSpan={span}
                        className="printed-value"
                      >
                        <NumberCell {...numberCellProps(source, cell.layout)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </div>
  );
}
