// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusReportCell } from './focus-cell';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusReportCell', () => {
  it('focuses the element carrying the path and says whether it could', () => {
    document.body.innerHTML =
      '<input data-path="requests.newReceived.research"><textarea data-path="overview"></textarea>';
    expect(focusReportCell('requests.newReceived.research')).toBe(true);
    expect(document.activeElement?.getAttribute('data-path')).toBe('requests.newReceived.research');
    expect(focusReportCell('overview')).toBe(true);
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    expect(focusReportCell('requests.granted.research')).toBe(false);
    expect(focusReportCell('a"]b')).toBe(false);
  });
});
