// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { focusReportCell } from './focus-cell';

afterEach(() => {
  document.body.replaceChildren();
});

/** An element carrying a report path, as the editors render their inputs. */
function withPath<K extends 'input' | 'textarea'>(tag: K, path: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.dataset.path = path;
  return element;
}

describe('focusReportCell', () => {
  it('focuses the element carrying the path and says whether it could', () => {
    document.body.replaceChildren(
      withPath('input', 'requests.newReceived.research'),
      withPath('textarea', 'overview'),
    );
    expect(focusReportCell('requests.newReceived.research')).toBe(true);
    expect(document.activeElement?.getAttribute('data-path')).toBe('requests.newReceived.research');
    expect(focusReportCell('overview')).toBe(true);
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
    expect(focusReportCell('requests.granted.research')).toBe(false);
    expect(focusReportCell('a"]b')).toBe(false);
  });
});
