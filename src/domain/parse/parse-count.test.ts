import { describe, expect, it } from 'vitest';
import { describeCellTextProblem, formatCellValue, parseCellText } from './parse-count';

describe('parseCellText', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    ['  7 ', 7],
    ['\u3000８\u3000', 8],
    ['１２３', 123],
    ['1,234', 1234],
    ['1，234', 1234],
    ['12,345,678', 12345678],
    ['007', 7],
    ['3.0', 3],
  ])('reads the count %j as %d', (text, value) => {
    expect(parseCellText(text)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '/', '／', '-', '－', '—', '--'])('reads %j as a blank cell', (text) => {
    expect(parseCellText(text)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc', 'notNumber'],
    ['12a', 'notNumber'],
    ['1 234', 'notNumber'],
    ['12,34', 'notNumber'],
    ['1.5', 'fraction'],
    ['-3', 'negative'],
    ['－3', 'negative'],
    ['9999999999999', 'tooLarge'],
  ])('refuses the count %j (%s) with the Chinese message', (text, problem) => {
    expect(parseCellText(text)).toEqual({ ok: false, problem, reason: expect.any(String) });
    const parsed = parseCellText(text);
    if (!parsed.ok && problem !== 'tooLarge') expect(parsed.reason).toBe('请输入不小于0的整数');
  });

  it('reads amounts in 万元 with up to four decimals', () => {
    expect(parseCellText('1.25', 'amount')).toEqual({ ok: true, value: 1.25 });
    expect(parseCellText('０．５', 'amount')).toEqual({ ok: true, value: 0.5 });
    expect(parseCellText('1,234.5678', 'amount')).toEqual({ ok: true, value: 1234.5678 });
    expect(parseCellText('0.12345', 'amount')).toMatchObject({
      ok: false,
      problem: 'tooManyDecimals',
    });
    expect(parseCellText('5元', 'amount')).toMatchObject({
      ok: false,
      reason: '请输入不小于0的数（单位：万元，最多4位小数）',
    });
  });

  it('names a refused text for messages', () => {
    expect(describeCellTextProblem(' abc ', 'notNumber', 'count')).toBe('“abc”不是整数');
    expect(describeCellTextProblem('-3', 'negative', 'count')).toBe('“-3”是负数');
    expect(describeCellTextProblem('x', 'notNumber', 'amount')).toBe('“x”不是数字');
  });

  it('formats a value for editing', () => {
    expect(formatCellValue(null)).toBe('');
    expect(formatCellValue(1234)).toBe('1234');
  });
});
