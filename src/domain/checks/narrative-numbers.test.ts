import { describe, expect, it } from 'vitest';
import { normalizeForNumbers, parseChineseNumeral, parseNumberToken } from './chinese-numerals';
import { extractNarrativeNumbers } from './narrative-numbers';

describe('numbers as narratives write them', () => {
  it.each<[string, number | null]>([
    ['0', 0],
    ['190', 190],
    ['3,119', 3119],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['一万零二十', 10020],
    ['零', 0],
    ['二〇二二', 2022],
    ['十二x', null],
  ])('%s → %s', (token, value) => {
    expect(parseNumberToken(token)).toBe(value);
  });

  it('reads full-width digits and drops spaces and line breaks', () => {
    expect(normalizeForNumbers('受理申请 １７ 件，\n办结\u300016件')).toBe(
      '受理申请17件，办结16件',
    );
    expect(parseChineseNumeral('')).toBeNull();
  });
});

function read(text: string, year = 2024): [string, number][] {
  return extractNarrativeNumbers(text, year).map((s) => [s.quantity, s.value]);
}

describe('extractNarrativeNumbers', () => {
  it.each<[string, [string, number][]]>([
    [
      '本年度收到政府信息公开申请190件，上年结转10件，办结198件，结转下年度继续办理2件。',
      [
        ['newReceived', 190],
        ['carriedOver', 10],
        ['resultTotal', 198],
        ['carriedForward', 2],
      ],
    ],
    ['依法依规依程序办理政府信息依申请公开0件。', [['newReceived', 0]]],
    [
      '区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。',
      [['newReceived', 17]],
    ],
    ['全年共受理依申请公开申请十二件。', [['newReceived', 12]]],
    ['收到政府信息公开申请１,２０５件。', [['newReceived', 1205]]],
    ['本年度未收到政府信息公开申请。', [['newReceived', 0]]],
    ['上年度结转政府信息公开申请3件。', [['carriedOver', 3]]],
    ['共办结政府信息公开申请198件。', [['resultTotal', 198]]],
    ['另有2件结转下年度办理。', [['carriedForward', 2]]],
    [
      '被申请行政复议3起，提起行政诉讼1件。',
      [
        ['review', 3],
        ['litigation', 1],
      ],
    ],
    [
      '发生行政复议案件2件、行政诉讼案件1件。',
      [
        ['review', 2],
        ['litigation', 1],
      ],
    ],
    [
      '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。',
      [
        ['review', 0],
        ['litigation', 0],
      ],
    ],
    [
      '行政复议、行政诉讼均为0件。',
      [
        ['review', 0],
        ['litigation', 0],
      ],
    ],
    [
      '无行政复议、行政诉讼情况。',
      [
        ['review', 0],
        ['litigation', 0],
      ],
    ],
    [
      '制发行政规范性文件3件，废止规范性文件1件，现行有效规范性文件8件。',
      [
        ['normativeDocuments.issued', 3],
        ['normativeDocuments.repealed', 1],
        ['normativeDocuments.inForce', 8],
      ],
    ],
    [
      '本年制发规章2件，现行有效规章15件。',
      [
        ['rules.issued', 2],
        ['rules.inForce', 15],
      ],
    ],
    [
      '清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。',
      [
        ['normativeDocuments.inForce', 393],
        ['normativeDocuments.issued', 77],
      ],
    ],
    ['行政事业性收费7545万元。', [['feesWan', 7545]]],
    ['行政事业性收费金额为35000元。', [['feesWan', 3.5]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['主动公开政府信息42条。'],
    ['通过局门户网页主动公开政府信息42条，公开政府常务会议 7期。'],
    ['其中予以公开50件，部分公开9件。'],
    ['其中通过网络收到申请30件。'],
    ['通过信函收到申请5件。'],
    ['2023年收到政府信息公开申请50件。'],
    ['较上年收到申请增长10件。'],
    ['依申请公开答复率100%。'],
    ['制定规章制度3件。'],
    ['本年度未被行政复议纠错。'],
    ['全年收取政府信息公开信息处理费 0 元。'],
    ['申请5.5件。'],
  ])('reads nothing about the tables in 「%s」', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads a count after 「未…」 as that count, not as 0', () => {
    expect(read('对未公开的信息被申请行政复议2件。')).toEqual([['review', 2]]);
  });

  it('keeps the whole count and skips the narrowed part', () => {
    expect(read('本年度收到政府信息公开申请95件，其中通过网络收到申请30件。')).toEqual([
      ['newReceived', 95],
    ]);
  });

  it('gives a number to the subject reaching furthest left', () => {
    expect(read('办结依申请公开申请5件。')).toEqual([['resultTotal', 5]]);
  });

  it('reads a statement of the report year and skips other years', () => {
    expect(read('2024 年，受理政府信息公开申请17件。2023年受理申请20件。')).toEqual([
      ['newReceived', 17],
    ]);
  });

  it('quotes the phrase it read', () => {
    const [statement] = extractNarrativeNumbers(
      '2024年，区政府办代表区政府受理政府信息公开申请 17 件。',
      2024,
    );
    expect(statement?.phrase).toBe('受理政府信息公开申请17件');
  });
});
