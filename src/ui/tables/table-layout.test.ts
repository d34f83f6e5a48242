import { describe, expect, it } from 'vitest';
import { MATRIX_LAYOUT } from './matrix-layout';
import { firstEditablePath, moveInLayout } from './table-layout';

const move = (path: string, direction: Parameters<typeof moveInLayout>[2]) =>
  moveInLayout(MATRIX_LAYOUT, `requests.${path}`, direction);

describe('moving through 表三', () => {
  it('starts at the first input cell', () => {
    expect(firstEditablePath(MATRIX_LAYOUT)).toBe('requests.newReceived.naturalPerson');
  });

  it('moves with arrows and stops at the edges, skipping the 总计 column', () => {
    expect(move('newReceived.naturalPerson', 'right')).toBe('requests.newReceived.commercial');
    expect(move('newReceived.naturalPerson', 'left')).toBeNull();
    expect(move('newReceived.otherOrg', 'right')).toBeNull();
    expect(move('newReceived.naturalPerson', 'up')).toBeNull();
    expect(move('newReceived.research', 'down')).toBe('requests.carriedOver.research');
  });

  it('skips the derived （七）总计 row going down and up', () => {
    expect(move('otherOther.legalService', 'down')).toBe('requests.carriedForward.legalService');
    expect(move('carriedForward.legalService', 'up')).toBe('requests.otherOther.legalService');
    expect(move('carriedForward.otherOrg', 'down')).toBeNull();
  });

  it('runs through rows with Tab and Shift+Tab, wrapping past the 总计 column', () => {
    expect(move('newReceived.otherOrg', 'next')).toBe('requests.carriedOver.naturalPerson');
    expect(move('carriedOver.naturalPerson', 'previous')).toBe('requests.newReceived.otherOrg');
    expect(move('otherOther.otherOrg', 'next')).toBe('requests.carriedForward.naturalPerson');
    expect(move('carriedForward.otherOrg', 'next')).toBeNull();
  });

  it('moves from a derived cell as from its place', () => {
    expect(move('newReceived.total', 'left')).toBe('requests.newReceived.otherOrg');
    expect(move('resultTotal.total', 'left')).toBeNull();
    expect(move('resultTotal.research', 'down')).toBe('requests.carriedForward.research');
  });
});
