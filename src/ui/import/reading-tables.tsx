/**
 * The three tables of a reading, compact and read-only, every cell named by its row and column
 * (as a screen reader says it) and marked where the reading or the checks found a problem.
 */
import { MATRIX_COLUMNS, MATRIX_ROWS, matrixRowName } from '@/domain/matrix/matrix-table';
import { PROACTIVE_CELLS, proactiveCellName } from '@/domain/report/proactive-table';
import type { Cell, Report } from '@/domain/report/report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS, reviewGroupName } from '@/domain/report/review-table';

/** Problems by report path (`requests.newReceived.total`), with their messages. */
export type ProblemsByPath = ReadonlyMap<
  string,
  { severity: 'error' | 'warning' | 'info'; messages: string[] }
>;

const NO_PROBLEMS: ProblemsByPath = new Map();

function proactiveValue(report: Report, id: string): Cell {
  const [head, tail] = id.split('.');
  const proactive: Record<string, unknown> = report.proactive;
  const value =
    tail && head
      ? (proactive[head] as Record<string, Cell> | undefined)?.[tail]
      : head
        ? proactive[head]
        : null; // safe: ids are the declared paths of report.proactive
  return typeof value === 'number' ? value : null;
}

function ValueCell({
  value,
  path,
  name,
  problems,
}: {
  value: Cell;
  path: string;
  name: string;
  problems: ProblemsByPath;
}) {
  const problem = problems.get(path);
  const className = [
    'reading-cell',
    value === null ? 'reading-cell-empty' : '',
    problem ? `reading-cell-${problem.severity}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const label = `${name}：${value === null ? '未读到' : String(value)}${problem ? `（${problem.messages.join('；')}）` : ''}`;
  return (
    <td
      className={className}
      title={problem?.messages.join('\n')}
      aria-label={label}
      data-path={path}
    >
      {value === null ? '—' : String(value)}
    </td>
  );
}

/**
 * A table of rows × columns (表三, 表四, or some of their rows), each cell named 「row column」
 * and its path given. `title` names the table; it is shown as its caption unless `untitled`.
 */
export function CrossTable<R extends string, C extends string>(props: {
  className: string;
  title: string;
  untitled?: boolean;
  corner: string;
  section: 'requests' | 'reviewLitigation';
  rows: readonly { id: R; name: string }[];
  columns: readonly { id: C; label: string }[];
  valueAt: (row: R, column: C) => Cell;
  /** Marks on the cells; none when absent. */
  problems?: ProblemsByPath;
}) {
  const problems = props.problems ?? NO_PROBLEMS;
  return (
    <table className={props.className} aria-label={props.title}>
      {!props.untitled && <caption>{props.title}</caption>}
      <thead>
        <tr>
          <th scope="col">{props.corner}</th>
          {props.columns.map((c) => (
            <th scope="col" key={c.id}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            {props.columns.map((c) => (
              <ValueCell
                key={c.id}
                value={props.valueAt(row.id, c.id)}
                path={`${props.section}.${row.id}.${c.id}`}
                name={`${row.name} ${c.label}`}
                problems={problems}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReadingTables({ report, problems }: { report: Report; problems: ProblemsByPath }) {
  return (
    <div className="reading-tables">
      <table className="reading-table" aria-label="表二 主动公开政府信息情况">
        <caption>表二 主动公开政府信息情况</caption>
        <tbody>
          {PROACTIVE_CELLS.map((cell) => (
            <tr key={cell.id}>
              <th scope="row">{proactiveCellName(cell)}</th>
              <ValueCell
                value={proactiveValue(report, cell.id)}
                path={`proactive.${cell.id}`}
                name={proactiveCellName(cell)}
                problems={problems}
              />
            </tr>
          ))}
        </tbody>
      </table>
      <CrossTable
        className="reading-table reading-matrix"
        title="表三 收到和处理政府信息公开申请情况"
        corner="申请人情况"
        section="requests"
        rows={MATRIX_ROWS.map((row) => ({ id: row.id, name: matrixRowName(row) }))}
        columns={MATRIX_COLUMNS}
        valueAt={(row, column) => report.requests[row][column]}
        problems={problems}
      />
      <CrossTable
        className="reading-table"
        title="表四 政府信息公开行政复议、行政诉讼情况"
        corner=""
        section="reviewLitigation"
        rows={REVIEW_GROUPS.map((group) => ({ id: group.id, name: reviewGroupName(group) }))}
        columns={REVIEW_COLUMNS}
        valueAt={(row, column) => report.reviewLitigation[row][column]}
        problems={problems}
      />
    </div>
  );
}
