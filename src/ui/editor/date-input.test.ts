import { describe, expect, it } from 'vitest';
import { normalizeDateInput, normalizeYearInput } from './date-input';

describe('normalizeDateInput', () => {
  it.each([
    ['2023-01-10', '2023-01-10'],
    ['2023-1-10', '2023-01-10'],
    ['2023/1/10', '2023-01-10'],
    ['2023.01.10', '2023-01-10'],
    ['2023年1月10日', '2023-01-10'],
    [' 2023 年 1 月 10 日 ', '2023-01-10'],
    ['２０２３／１／１０', '2023-01-10'],
  ])('reads %s as %s', (typed, iso) => {
    expect(normalizeDateInput(typed)).toBe(iso);
  });

  it('reads an empty field as not set', () => {
    expect(normalizeDateInput('')).toBeNull();
    expect(normalizeDateInput('   ')).toBeNull();
  });

  it('keeps anything else as typed, for the schema to reject at the field', () => {
    expect(normalizeDateInput('1月10日')).toBe('1月10日');
    expect(normalizeDateInput('2023-1')).toBe('2023-1');
  });
});

describe('normalizeYearInput', () => {
  it('reads 2022, ２０２２ and 2022年; anything else is NaN', () => {
    expect(normalizeYearInput('2022')).toBe(2022);
    expect(normalizeYearInput('２０２２')).toBe(2022);
    expect(normalizeYearInput('2022年')).toBe(2022);
    expect(normalizeYearInput('')).toBeNaN();
    expect(normalizeYearInput('二〇二二')).toBeNaN();
  });
});
