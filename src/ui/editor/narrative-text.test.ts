import { describe, expect, it } from 'vitest';
import { countCharacters, coveredOverviewTopics, insertText } from './narrative-text';

describe('countCharacters', () => {
  it('counts characters as 字数 does: no spaces or line breaks, 𠀀 once', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('本年度共收到申请5件。')).toBe(11);
    expect(countCharacters('一、总体情况\n\n　　（一）主动公开 2022')).toBe(17);
    expect(countCharacters('𠀀')).toBe(1);
  });
});

describe('coveredOverviewTopics', () => {
  it('ticks the topics the text mentions by their keywords', () => {
    const covered = coveredOverviewTopics('（一）主动公开……（三）政府信息管理……加强监督');
    expect([...covered].sort()).toEqual(['management', 'oversight', 'proactive']);
    expect(coveredOverviewTopics('').size).toBe(0);
  });
});

describe('insertText', () => {
  it('inserts at the caret and puts the caret after the sentence', () => {
    expect(insertText('前文。后文。', 'N件。', { start: 3, end: 3 })).toEqual({
      text: '前文。N件。后文。',
      caret: 6,
    });
  });

  it('replaces a selection', () => {
    expect(insertText('甲乙丙', 'X', { start: 1, end: 2 })).toEqual({ text: '甲X丙', caret: 2 });
  });

  it('appends as a new paragraph when no caret was placed', () => {
    expect(insertText('', '句。', null)).toEqual({ text: '句。', caret: 2 });
    expect(insertText('第一段。', '句。', null).text).toBe('第一段。\n\n句。');
    expect(insertText('第一段。\n', '句。', null).text).toBe('第一段。\n\n句。');
    expect(insertText('第一段。\n\n', '句。', null).text).toBe('第一段。\n\n句。');
  });

  it('clamps a caret beyond the text', () => {
    expect(insertText('ab', 'c', { start: 9, end: 9 })).toEqual({ text: 'abc', caret: 3 });
  });
});
