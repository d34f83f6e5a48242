/**
 * The balance line under 表三: per column, 一+二 against （七）+四, as the template's note asks
 * (「第一项加第二项之和，等于第三项加第四项之和」).
 */
import { memo } from 'react';
import { matrixBalances, type ColumnBalance } from '@/domain/matrix/column-balance';
import { matrixColumn } from '@/domain/matrix/matrix-table';
import type { Requests } from '@/domain/report/report-schema';

/** 「科研机构：一+二=5，（七）+四=4，相差1」, 「自然人：一+二=5，（七）+四=5，平衡」 or 「…：未填写」. */
export function describeBalance(balance: ColumnBalance): string {
  const label = matrixColumn(balance.column).label;
  if (balance.difference === null) return `${label}：未填写`;
  const sides = `一+二=${balance.intake ?? 0}，（七）+四=${balance.outcome ?? 0}`;
  if (balance.difference === 0) return `${label}：${sides}，平衡`;
  return `${label}：${sides}，相差${Math.abs(balance.difference)}`;
}

function MatrixBalanceSummaryInner({ requests }: { requests: Requests }) {
  const balances = matrixBalances(requests);
  const broken = balances.filter((b) => b.difference !== null && b.difference !== 0).length;
  return (
    <section className="matrix-balance" aria-label="各列勾稽关系">
      <h3 className="matrix-balance-title">
        各列勾稽关系（一+二 = （七）总计+四）
        <span className={broken > 0 ? 'matrix-balance-state is-broken' : 'matrix-balance-state'}>
          {broken > 0 ? `${broken}列不平衡` : '各列均平衡或未填写'}
        </span>
      </h3>
      <ul className="matrix-balance-list">
        {balances.map((b) => (
          <li
            key={b.column}
            data-state={b.difference === null ? 'empty' : b.difference === 0 ? 'ok' : 'broken'}
          >
            {describeBalance(b)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Re-renders only when 表三's values change. */
export const MatrixBalanceSummary = memo(MatrixBalanceSummaryInner);
