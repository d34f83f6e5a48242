import { describe, expect, it } from 'vitest';
import { cleanText, labelKey, labelSimilarity, normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each([
    ['（一）予以公开', '(一)予以公开'],
    ['(一)予以公开', '(一)予以公开'],
    ['３.危及“三安全一稳定”', '3.危及"三安全一稳定"'],
    ['3.危及「三安全一稳定」', '3.危及"三安全一稳定"'],
    ['3.危及"三安全一稳定"', '3.危及"三安全一稳定"'],
    ['本年收费金额（单位：万元）', '本年收费金额(单位:万元)'],
    ['国办公开办函〔2021〕30号', '国办公开办函[2021]30号'],
    ['  一、\u3000总体情况\u00a0 ', '一、 总体情况'],
    ['结果\n纠正', '结果 纠正'],
    ['\ufeff2022\u200b年', '2022年'],
    ['０５１７－８７２２２５８９', '0517-87222589'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('labelKey', () => {
  it.each([
    ['（三）不予公开 1、属于国家秘密', '(三)不予公开1.属于国家秘密'],
    ['1．属于国家秘密', '1.属于国家秘密'],
    ['4.无正当理由大量反复 申请', '4.无正当理由大量反复申请'],
    [
      '（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）',
      '(二)部分公开(区分处理的,只计这一情形,不计其他情形)',
    ],
    ['信息内容：', '信息内容'],
  ])('%s → %s', (input, expected) => {
    expect(labelKey(input)).toBe(expected);
  });
});

describe('cleanText', () => {
  it('keeps punctuation as written and only tidies spaces', () => {
    expect(cleanText(' 2022年,在市委\u00a0\u00a0领导下（一） ')).toBe('2022年,在市委 领导下（一）');
  });
});

describe('labelSimilarity', () => {
  it('rates a one-word typo high and an unrelated label low', () => {
    expect(
      labelSimilarity(labelKey('2.其他法律行政止公开'), labelKey('2.其他法律行政法规禁止公开')),
    ).toBeGreaterThan(0.6);
    expect(
      labelSimilarity(labelKey('2.重复申请'), labelKey('2.其他法律行政法规禁止公开')),
    ).toBeLessThan(0.3);
  });
});
