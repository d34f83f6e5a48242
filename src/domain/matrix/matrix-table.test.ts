import { describe, expect, it } from 'vitest';
import {
  APPLICANT_COLUMN_IDS,
  MATRIX_COLUMNS,
  MATRIX_ROWS,
  MATRIX_ROW_GROUPS,
  RESULT_ROW_IDS,
  matrixRowName,
} from './matrix-table';

describe('表三 declaration', () => {
  it('has 25 rows and 7 columns with unique ids', () => {
    expect(MATRIX_ROWS).toHaveLength(25);
    expect(MATRIX_COLUMNS).toHaveLength(7);
    expect(new Set(MATRIX_ROWS.map((r) => r.id)).size).toBe(25);
    expect(new Set(MATRIX_COLUMNS.map((c) => c.id)).size).toBe(7);
  });

  it('lists the rows in printed order with the template labels', () => {
    expect(MATRIX_ROWS.map((r) => [r.id, matrixRowName(r)])).toEqual([
      ['newReceived', '一、本年新收政府信息公开申请数量'],
      ['carriedOver', '二、上年结转政府信息公开申请数量'],
      ['granted', '（一）予以公开'],
      ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
      ['deniedStateSecret', '（三）不予公开 1.属于国家秘密'],
      ['deniedLawProhibited', '（三）不予公开 2.其他法律行政法规禁止公开'],
      ['deniedSecurityStability', '（三）不予公开 3.危及“三安全一稳定”'],
      ['deniedThirdPartyRights', '（三）不予公开 4.保护第三方合法权益'],
      ['deniedInternalAffairs', '（三）不予公开 5.属于三类内部事务信息'],
      ['deniedProcessInfo', '（三）不予公开 6.属于四类过程性信息'],
      ['deniedEnforcementFile', '（三）不予公开 7.属于行政执法案卷'],
      ['deniedAdministrativeQuery', '（三）不予公开 8.属于行政查询事项'],
      ['unableNotHeld', '（四）无法提供 1.本机关不掌握相关政府信息'],
      ['unableNeedsCreation', '（四）无法提供 2.没有现成信息需要另行制作'],
      ['unableUnclear', '（四）无法提供 3.补正后申请内容仍不明确'],
      ['notProcessedComplaint', '（五）不予处理 1.信访举报投诉类申请'],
      ['notProcessedDuplicate', '（五）不予处理 2.重复申请'],
      ['notProcessedPublication', '（五）不予处理 3.要求提供公开出版物'],
      ['notProcessedMassRepeated', '（五）不予处理 4.无正当理由大量反复申请'],
      ['notProcessedConfirmation', '（五）不予处理 5.要求行政机关确认或重新出具已获取信息'],
      [
        'otherOverdueCorrection',
        '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      ],
      [
        'otherOverdueFee',
        '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      ],
      ['otherOther', '（六）其他处理 3.其他'],
      ['resultTotal', '（七）总计'],
      ['carriedForward', '四、结转下年度继续办理'],
    ]);
  });

  it('has the columns of 申请人情况 in printed order', () => {
    expect(MATRIX_COLUMNS.map((c) => c.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(MATRIX_COLUMNS.filter((c) => c.group === 'legalPerson')).toHaveLength(5);
  });

  it('derives exactly 总计 and （七）总计 from parts that exist', () => {
    expect(MATRIX_COLUMNS.filter((c) => c.derived).map((c) => c.id)).toEqual(['total']);
    expect(MATRIX_ROWS.filter((r) => r.derived).map((r) => r.id)).toEqual(['resultTotal']);
    expect(APPLICANT_COLUMN_IDS).toHaveLength(6);
    expect(RESULT_ROW_IDS).toHaveLength(21);
    expect(RESULT_ROW_IDS[0]).toBe('granted');
    expect(RESULT_ROW_IDS.at(-1)).toBe('otherOther');
    for (const row of MATRIX_ROWS) {
      if (row.group) expect(MATRIX_ROW_GROUPS[row.group]).toBeDefined();
    }
  });
});
