import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '../report/empty-report';
import { matrixBalances, matrixColumnBalance } from './column-balance';
import { computeRequestTotals } from './compute-totals';

describe('matrixColumnBalance', () => {
  it('compares 一+二 with （七）+四 per column', () => {
    const requests = createEmptyReport({ year: 2022 }).requests;
    requests.newReceived.research = 4;
    requests.carriedOver.research = 1;
    requests.granted.research = 3;
    requests.carriedForward.research = 1;
    const computed = computeRequestTotals(requests);
    expect(matrixColumnBalance(computed, 'research')).toEqual({
      column: 'research',
      intake: 5,
      outcome: 4,
      difference: 1,
    });
    expect(matrixColumnBalance(computed, 'total')).toMatchObject({ intake: 5, outcome: 4 });
  });

  it('leaves an untouched column undecided and counts blanks as 0 otherwise', () => {
    const requests = createEmptyReport({ year: 2022 }).requests;
    requests.newReceived.commercial = 2;
    const balances = matrixBalances(computeRequestTotals(requests));
    expect(balances.map((b) => b.column)).toHaveLength(7);
    expect(balances.find((b) => b.column === 'naturalPerson')?.difference).toBeNull();
    expect(balances.find((b) => b.column === 'commercial')).toMatchObject({
      intake: 2,
      outcome: null,
      difference: 2,
    });
  });
});
