import { describe, expect, it } from 'vitest';
import { computeRequestTotals } from '@/domain/matrix/compute-totals';
import { createEmptyReport } from '@/domain/report/empty-report';
import { MATRIX_LAYOUT, readMatrixCell, writeMatrixCell } from './matrix-layout';
import { describeDerivedMismatches, planPaste, splitPasteText } from './paste-block';

function plan(anchor: string, text: string) {
  const block = splitPasteText(text);
  if (!block) throw new Error('not a block');
  return planPaste(MATRIX_LAYOUT, anchor, block);
}

describe('splitPasteText', () => {
  it('splits tab-separated lines with CRLF, LF or CR and drops the trailing line break', () => {
    expect(splitPasteText('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitPasteText('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitPasteText('1\r2')).toEqual([['1'], ['2']]);
    expect(splitPasteText('5\n')).toBeNull();
    expect(splitPasteText(' 12 ')).toBeNull();
  });
});

describe('planPaste on 表三', () => {
  it('places a valid block at the focused cell', () => {
    const result = plan('requests.newReceived.naturalPerson', '1\t2\n3\t4\n');
    expect(result).toEqual({
      ok: true,
      updates: [
        { path: 'requests.newReceived.naturalPerson', value: 1 },
        { path: 'requests.newReceived.commercial', value: 2 },
        { path: 'requests.carriedOver.naturalPerson', value: 3 },
        { path: 'requests.carriedOver.commercial', value: 4 },
      ],
      derived: [],
      rows: 2,
      columns: 2,
    });
  });

  it('reads full-width digits, thousands separators, blanks and 「/」「-」', () => {
    const result = plan('requests.granted.research', '１２\t1,234\t\t/\n-\t1，000\t ３ \t－');
    expect(result.ok && result.updates.map((u) => u.value)).toEqual([
      12,
      1234,
      null,
      null,
      null,
      1000,
      3,
      null,
    ]);
  });

  it('treats a 7-wide block from the first column as having the 总计 column, compared not set', () => {
    const result = plan('requests.newReceived.naturalPerson', '1\t2\t3\t4\t5\t6\t21\r\n');
    if (!result.ok) throw new Error(result.message);
    expect(result.updates).toHaveLength(6);
    expect(result.derived.map((d) => [d.cell.path, d.value])).toEqual([
      ['requests.newReceived.total', 21],
    ]);
    const requests = result.updates.reduce(
      (r, u) => writeMatrixCell(r, u.path, u.value),
      createEmptyReport().requests,
    );
    const computed = computeRequestTotals(requests);
    expect(
      describeDerivedMismatches(result.derived, (p) => readMatrixCell(computed, p)),
    ).toBeNull();
    expect(
      describeDerivedMismatches(
        result.derived.map((d) => ({ ...d, value: 20 })),
        (p) => readMatrixCell(computed, p),
      ),
    ).toBe(
      '粘贴内容中的合计与各项之和不一致（第1行“一、本年新收政府信息公开申请数量”“总计”粘贴为20，计算为21），表格按各项之和计算，请核对原表。',
    );
  });

  it('skips the （七）总计 row when a block of all 25 rows is pasted', () => {
    const lines = Array.from({ length: 25 }, (_, i) => `${i}\t0\t0\t0\t0\t0\t${i}`);
    const result = plan('requests.newReceived.naturalPerson', `${lines.join('\r\n')}\r\n`);
    if (!result.ok) throw new Error(result.message);
    expect(result.updates).toHaveLength(24 * 6);
    expect(result.updates.some((u) => u.path.startsWith('requests.resultTotal.'))).toBe(false);
    expect(
      result.derived.filter((d) => d.cell.path.startsWith('requests.resultTotal.')),
    ).toHaveLength(7);
    expect(result.updates.at(-6)).toEqual({
      path: 'requests.carriedForward.naturalPerson',
      value: 24,
    });
  });

  it('refuses the whole block and names every cell that is not a whole number', () => {
    const result = plan('requests.granted.naturalPerson', '1\t2\tabc\n1.5\t-3\t4');
    expect(result).toEqual({
      ok: false,
      message:
        '第3行“（一）予以公开”“科研机构”的“abc”不是整数；' +
        '第4行“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”“自然人”的“1.5”不是整数；' +
        '第4行“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”“商业企业”的“-3”是负数，整块未粘贴。请改正后重新复制粘贴。',
    });
  });

  it('counts the refused cells beyond the first three', () => {
    const result = plan('requests.granted.naturalPerson', 'a\tb\tc\td\te');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('等5处，整块未粘贴');
  });

  it('refuses a block that overflows the grid', () => {
    const wide = plan('requests.newReceived.research', '1\t2\t3\t4\t5\t6');
    expect(wide).toEqual({
      ok: false,
      message:
        '粘贴的内容有1行6列，从“一、本年新收政府信息公开申请数量 / 科研机构”起放不下，未粘贴。请选中能容纳整块数据的左上角单元格后再粘贴。',
    });
    const tall = plan('requests.otherOther.naturalPerson', '1\n2\n3\n4');
    expect(tall.ok).toBe(false);
    const labelled = plan(
      'requests.newReceived.naturalPerson',
      '一、本年新收\t1\t2\t3\t4\t5\t6\t21',
    );
    expect(labelled.ok === false && labelled.message).toContain('复制时似乎带上了行名称');
  });
});
