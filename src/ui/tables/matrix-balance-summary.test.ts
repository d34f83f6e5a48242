import { describe, expect, it } from 'vitest';
import { matrixColumnBalance } from '@/domain/matrix/column-balance';
import { computeRequestTotals } from '@/domain/matrix/compute-totals';
import { createEmptyReport } from '@/domain/report/empty-report';
import { describeBalance } from './matrix-balance-summary';

describe('describeBalance', () => {
  it('states each column as the template asks', () => {
    const requests = createEmptyReport({ year: 2023, fill: 0 }).requests;
    requests.newReceived.research = 4;
    requests.carriedOver.research = 1;
    requests.granted.research = 4;
    requests.newReceived.naturalPerson = 3;
    requests.granted.naturalPerson = 3;
    const computed = computeRequestTotals(requests);
    expect(describeBalance(matrixColumnBalance(computed, 'research'))).toBe(
      '科研机构：一+二=5，（七）+四=4，相差1',
    );
    expect(describeBalance(matrixColumnBalance(computed, 'naturalPerson'))).toBe(
      '自然人：一+二=3，（七）+四=3，平衡',
    );
    expect(describeBalance(matrixColumnBalance(computed, 'research'), true)).toBe(
      '科研机构：一+二=5，（七）+四=4，相差1（尚未填完）',
    );
    const blank = computeRequestTotals(createEmptyReport({ year: 2023 }).requests);
    expect(describeBalance(matrixColumnBalance(blank, 'otherOrg'))).toBe('其他：未填写');
  });
});
