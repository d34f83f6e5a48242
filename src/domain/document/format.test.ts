import { describe, expect, it } from 'vitest';
import { cleanText, formatCell, formatDate, splitParagraphs } from './format';

describe('formatCell', () => {
  it.each([
    [0, '0'],
    [122, '122'],
    [1326, '1326'],
    [152.36, '152.36'],
    [0.1 + 0.2, '0.3'],
    [7545, '7545'],
    [-3, '-3'],
    [1e12, '1000000000000'],
    [null, ''],
  ])('prints %s as 「%s」', (value, printed) => {
    expect(formatCell(value)).toBe(printed);
  });
});

describe('formatDate', () => {
  it('prints an ISO date the way a 落款 is written', () => {
    expect(formatDate('2023-01-10')).toBe('2023年1月10日');
    expect(formatDate('2024-12-31')).toBe('2024年12月31日');
  });
  it('prints nothing for a missing or malformed date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('2023/1/10')).toBe('');
  });
});

describe('cleanText', () => {
  it('drops control characters, non-characters and unpaired surrogates, keeps pairs', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(cleanText('x\uD800y\uDC00z')).toBe('xyz');
    expect(cleanText('𠀀字')).toBe('𠀀字');
  });
  it('unifies line breaks and turns tabs into spaces', () => {
    expect(cleanText('a\r\nb\rc\u2028d\u2029e\tf')).toBe('a\nb\nc\nd\ne f');
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(splitParagraphs('（一）甲。\n续行\n\n  （二）乙。\n \n\n\n（三）丙。')).toEqual([
      ['（一）甲。', '续行'],
      ['（二）乙。'],
      ['（三）丙。'],
    ]);
  });
  it('gives no paragraph for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\u3000\n')).toEqual([]);
  });
});
