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
      <table
        className="reading-table reading-matrix"
        aria-label="表三 收到和处理政府信息公开申请情况"
      >
        <caption>表三 收到和处理政府信息公开申请情况</caption>
        <thead>
          <tr>
            <th scope="col">申请人情况</th>
            {MATRIX_COLUMNS.map((c) => (
              <th scope="col" key={c.id}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MATRIX_ROWS.map((row) => (
            <tr key={row.id}>
              <th scope="row">{matrixRowName(row)}</th>
              {MATRIX_COLUMNS.map((c) => (
                <ValueCell
                  key={c.id}
                  value={report.requests[row.id][c.id]}
                  path={`requests.${row.id}.${c.id}`}
                  name={`${matrixRowName(row)} ${c.label}`}
                  problems={problems}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="reading-table" aria-label="表四 政府信息公开行政复议、行政诉讼情况">
        <caption>表四 政府信息公开行政复议、行政诉讼情况</caption>
        <thead>
          <tr>
            <th scope="col" />
            {REVIEW_COLUMNS.map((c) => (
              <th scope="col" key={c.id}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {REVIEW_GROUPS.map((group) => (
            <tr key={group.id}>
              <th scope="row">{reviewGroupName(group)}</th>
              {REVIEW_COLUMNS.map((c) => (
                <ValueCell
                  key={c.id}
                  value={report.reviewLitigation[group.id][c.id]}
                  path={`reviewLitigation.${group.id}.${c.id}`}
                  name={`${reviewGroupName(group)} ${c.label}`}
                  problems={problems}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
