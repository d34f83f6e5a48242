/**
 * The balance line under 表三: per column, 一+二 against （七）+四, as the template's note asks
 * (「第一项加第二项之和，等于第三项加第四项之和」).
 */
import { memo } from 'react';
import { matrixBalances, type ColumnBalance } from '@/domain/matrix/column-balance';
import { MATRIX_ROWS, matrixColumn, type MatrixColumnId } from '@/domain/matrix/matrix-table';
import type { Requests } from '@/domain/report/report-schema';

/** Whether a column still has input cells left blank (its balance is then provisional). */
function columnHasBlanks(requests: Requests, column: MatrixColumnId): boolean {
  return MATRIX_ROWS.some((row) => !row.derived && requests[row.id][column] === null);
}

type BalanceState = 'empty' | 'ok' | 'broken' | 'incomplete';

/**
 * While a column has blanks, a shortfall of （七）+四 may still be typed in (provisional); an
 * excess cannot, since counts are never negative: it is broken already, as the check says.
 */
function balanceState(balance: ColumnBalance, blanks: boolean): BalanceState {
  if (balance.difference === null) return 'empty';
  if (balance.difference === 0) return 'ok';
  return blanks && balance.difference > 0 ? 'incomplete' : 'broken';
}

/**
 * 「科研机构：一+二=5，（七）+四=4，相差1」, 「自然人：一+二=5，（七）+四=5，平衡」,
 * 「…，相差1（尚未填完）」 while the column has blank cells, or 「…：未填写」.
 */
export function describeBalance(balance: ColumnBalance, blanks = false): string {
  const label = matrixColumn(balance.column).label;
  if (balance.difference === null) return `${label}：未填写`;
  const sides = `一+二=${balance.intake ?? 0}，（七）+四=${balance.outcome ?? 0}`;
  if (balance.difference === 0) return `${label}：${sides}，平衡`;
  const gap = `${label}：${sides}，相差${Math.abs(balance.difference)}`;
  return blanks ? `${gap}（尚未填完）` : gap;
}

function MatrixBalanceSummaryInner({ requests }: { requests: Requests }) {
  const balances = matrixBalances(requests).map((balance) => {
    const blanks = columnHasBlanks(requests, balance.column);
    const state = balanceState(balance, blanks);
    return { balance, blanks: state === 'incomplete', state };
  });
  const broken = balances.filter((b) => b.state === 'broken').length;
  const settled = balances.some((b) => b.state === 'ok' || b.state === 'broken');
  const verdict = broken > 0 ? `${broken}列不平衡` : settled ? '已填完的列均平衡' : '各列尚未填完';
  return (
    <section className="matrix-balance" aria-label="各列勾稽关系">
      <h3 className="matrix-balance-title">
        各列勾稽关系（一+二 = （七）总计+四）
        <span className={broken > 0 ? 'matrix-balance-state is-broken' : 'matrix-balance-state'}>
          {verdict}
        </span>
      </h3>
      <ul className="matrix-balance-list">
        {balances.map(({ balance, blanks, state }) => (
          <li key={balance.column} data-state={state}>
            {describeBalance(balance, blanks)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Re-renders only when 表三's values change. */
export const MatrixBalanceSummary = memo(MatrixBalanceSummaryInner);
