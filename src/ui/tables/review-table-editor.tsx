/**
 * 表四「政府信息公开行政复议、行政诉讼情况」 laid out like the template: 行政复议 | 行政诉讼
 * (未经复议直接起诉 | 复议后起诉), each with 结果维持 结果纠正 其他结果 尚未审结 总计, and one
 * data row. Each 总计 is computed and read-only.
 */
import { useMemo, useRef } from 'react';
import type { Finding } from '@/domain/checks/finding';
import type { ReviewLitigation } from '@/domain/report/report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '@/domain/report/review-table';
import { buildCellMarks, linkedPaths } from './cell-marks';
import { NumberCell } from './number-cell';
import { numberCellProps, type CellPropsSource } from './number-cell-props';
import {
  REVIEW_CELLS,
  REVIEW_LAYOUT,
  finalizeReview,
  readReviewCell,
  reviewHeaderRows,
  writeReviewCell,
} from './review-layout';
import { TableNotice } from './table-notice';
import { useTableEditing, type CellTexts } from './use-table-editing';
import './table-editor.css';

/** The editor's accessible name. */
export const REVIEW_TABLE_NAME = '表四 政府信息公开行政复议、行政诉讼情况';

const [TOP_HEADERS, SUB_HEADERS] = reviewHeaderRows();

export interface ReviewTableEditorProps {
  value: ReviewLitigation;
  /** Every change; `reason` is 'paste' for a pasted block (one undo step). */
  onChange: (next: ReviewLitigation, reason: 'edit' | 'paste') => void;
  findings: readonly Finding[];
  readOnly: boolean;
  /** Refused texts kept as typed, by data path (see MatrixGrid). */
  texts?: CellTexts;
  onTextsChange?: (texts: CellTexts) => void;
}

export function ReviewTableEditor(props: ReviewTableEditorProps) {
  const { findings, readOnly } = props;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const editing = useTableEditing<ReviewLitigation>({
    value: props.value,
    onChange: props.onChange,
    readOnly,
    layout: REVIEW_LAYOUT,
    read: readReviewCell,
    write: writeReviewCell,
    finalize: finalizeReview,
    texts: props.texts,
    onTextsChange: props.onTextsChange,
    rootRef,
  });
  const marks = useMemo(() => buildCellMarks(findings, 'reviewLitigation.'), [findings]);
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
          aria-label={REVIEW_TABLE_NAME}
          aria-readonly={readOnly ? true : undefined}
          className="printed-table review-table"
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
        </table>
      </div>
    </div>
  );
}
