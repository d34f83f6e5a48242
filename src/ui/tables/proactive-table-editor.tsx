/**
 * 表二「主动公开政府信息情况」 laid out like the template: one bordered block per 条例 article,
 * each with its article row, the 「信息内容」 header row and its rows. Counts take whole
 * numbers; 行政事业性收费 takes an amount in 万元 (up to four decimals).
 */
import type { Proactive } from '@/domain/report/report-schema';
import { NumberCell } from './number-cell';
import { numberCellProps } from './number-cell-props';
import {
  PROACTIVE_BLOCKS,
  PROACTIVE_LAYOUT,
  readProactiveCell,
  writeProactiveCell,
} from './proactive-layout';
import {
  PrintedTableFrame,
  useTableEditorState,
  type TableEditorProps,
  type TableShape,
} from './table-editor-state';
import './table-editor.css';

/** The editor's accessible name. */
export const PROACTIVE_TABLE_NAME = '表二 主动公开政府信息情况';

/** The header over the row labels in every block of 表二, as printed. */
const CONTENT_HEADER = '信息内容';

/** Width of the widest block (第二十条第（一）项: three figure columns). */
const FIGURE_COLUMNS = Math.max(...PROACTIVE_BLOCKS.map((b) => b.group.columns.length));

const PROACTIVE_SHAPE: TableShape<Proactive> = {
  section: 'proactive',
  layout: PROACTIVE_LAYOUT,
  read: readProactiveCell,
  write: writeProactiveCell,
  // 表二 has no derived cells.
  finalize: (value) => value,
};

export type ProactiveTableEditorProps = TableEditorProps<Proactive>;

export function ProactiveTableEditor(props: ProactiveTableEditorProps) {
  const { rootRef, editing, source } = useTableEditorState(props, PROACTIVE_SHAPE);
  return (
    <PrintedTableFrame
      rootRef={rootRef}
      editing={editing}
      name={PROACTIVE_TABLE_NAME}
      readOnly={props.readOnly}
      className="proactive-table"
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
                  <td key={cell.def.id} role="gridcell" colSpan={span} className="printed-value">
                    <NumberCell {...numberCellProps(source, cell.layout)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        );
      })}
    </PrintedTableFrame>
  );
}
