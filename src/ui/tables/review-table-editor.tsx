/**
 * 表四「政府信息公开行政复议、行政诉讼情况」 laid out like the template: 行政复议 | 行政诉讼
 * (未经复议直接起诉 | 复议后起诉), each with 结果维持 结果纠正 其他结果 尚未审结 总计, and one
 * data row. Each 总计 is computed and read-only.
 */
import type { ReviewLitigation } from '@/domain/report/report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '@/domain/report/review-table';
import { NumberCell } from './number-cell';
import { numberCellProps } from './number-cell-props';
import {
  REVIEW_CELLS,
  REVIEW_LAYOUT,
  finalizeReview,
  readReviewCell,
  reviewHeaderRows,
  writeReviewCell,
} from './review-layout';
import {
  PrintedTableFrame,
  useTableEditorState,
  type TableEditorProps,
  type TableShape,
} from './table-editor-state';
import './table-editor.css';

/** The editor's accessible name. */
export const REVIEW_TABLE_NAME = '表四 政府信息公开行政复议、行政诉讼情况';

const [TOP_HEADERS, SUB_HEADERS] = reviewHeaderRows();

const REVIEW_SHAPE: TableShape<ReviewLitigation> = {
  section: 'reviewLitigation',
  layout: REVIEW_LAYOUT,
  read: readReviewCell,
  write: writeReviewCell,
  finalize: finalizeReview,
};

export type ReviewTableEditorProps = TableEditorProps<ReviewLitigation>;

export function ReviewTableEditor(props: ReviewTableEditorProps) {
  const { rootRef, editing, source } = useTableEditorState(props, REVIEW_SHAPE);
  return (
    <PrintedTableFrame
      rootRef={rootRef}
      editing={editing}
      name={REVIEW_TABLE_NAME}
      readOnly={props.readOnly}
      className="review-table"
    >
      <thead>
        <tr role="row">
          {TOP_HEADERS.map((h) => (
            <th
              key={h.label}
              role="columnheader"
              colSpan={h.colSpan}
              rowSpan={h.rowSpan}
              className="printed-head"
            >
              {h.label}
            </th>
          ))}
        </tr>
        <tr role="row">
          {SUB_HEADERS.map((h) => (
            <th key={h.label} role="columnheader" colSpan={h.colSpan} className="printed-head">
              {h.label}
            </th>
          ))}
        </tr>
        <tr role="row">
          {REVIEW_GROUPS.flatMap((group) =>
            REVIEW_COLUMNS.map((column) => (
              <th
                key={`${group.id}.${column.id}`}
                role="columnheader"
                className={column.derived ? 'printed-head is-derived' : 'printed-head'}
              >
                {column.label}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr role="row">
          {REVIEW_CELLS.map((cell) => (
            <td
              key={cell.path}
              role="gridcell"
              className={cell.derived ? 'printed-value is-derived' : 'printed-value'}
            >
              <NumberCell {...numberCellProps(source, cell)} />
            </td>
          ))}
        </tr>
      </tbody>
    </PrintedTableFrame>
  );
}
