/**
 * A complete report with every figure non-zero somewhere and all arithmetic holding (一+二 =
 * （七）+四 in every column): the golden-file and round-trip input of the export tests, and a
 * file the browser tests import. The agency is made up; the figures are chosen, not real.
 */
import { computeTotals } from '../matrix/compute-totals';
import type { InputRowId } from '../matrix/matrix-table';
import { createEmptyReport } from '../report/empty-report';
import type { MatrixRowValues, Report } from '../report/report-schema';

type Six = readonly [number, number, number, number, number, number];

function row([
  naturalPerson,
  commercial,
  research,
  publicInterest,
  legalService,
  otherOrg,
]: Six): MatrixRowValues {
  return {
    naturalPerson,
    commercial,
    research,
    publicInterest,
    legalService,
    otherOrg,
    total: null,
  };
}

/** Applicant columns per input row of 表三. */
const REQUESTS = {
  newReceived: [99, 14, 1, 1, 5, 2],
  carriedOver: [5, 1, 0, 0, 0, 0],
  granted: [40, 6, 1, 0, 2, 1],
  partiallyGranted: [8, 2, 0, 0, 1, 0],
  deniedStateSecret: [1, 0, 0, 0, 0, 0],
  deniedLawProhibited: [0, 1, 0, 0, 0, 0],
  deniedSecurityStability: [1, 0, 0, 0, 0, 0],
  deniedThirdPartyRights: [2, 0, 0, 0, 0, 0],
  deniedInternalAffairs: [1, 0, 0, 0, 0, 0],
  deniedProcessInfo: [3, 1, 0, 0, 0, 0],
  deniedEnforcementFile: [1, 0, 0, 0, 0, 0],
  deniedAdministrativeQuery: [2, 0, 0, 0, 0, 0],
  unableNotHeld: [15, 3, 0, 1, 1, 0],
  unableNeedsCreation: [4, 1, 0, 0, 0, 0],
  unableUnclear: [2, 0, 0, 0, 0, 0],
  notProcessedComplaint: [5, 0, 0, 0, 0, 1],
  notProcessedDuplicate: [3, 0, 0, 0, 0, 0],
  notProcessedPublication: [1, 0, 0, 0, 0, 0],
  notProcessedMassRepeated: [2, 0, 0, 0, 0, 0],
  notProcessedConfirmation: [1, 0, 0, 0, 0, 0],
  otherOverdueCorrection: [4, 1, 0, 0, 0, 0],
  otherOverdueFee: [0, 0, 0, 0, 0, 0],
  otherOther: [2, 0, 0, 0, 1, 0],
  carriedForward: [6, 0, 0, 0, 0, 0],
} as const satisfies Record<InputRowId, Six>;

export const FULL_SAMPLE_PREAMBLE = [
  '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。',
  '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，请与示例市自然资源和规划局办公室联系（电话：0000-12345678）。',
].join('\n\n');

export const FULL_SAMPLE_OVERVIEW = [
  '2023年，我局认真贯彻落实《条例》，围绕中心工作推进政府信息公开。',
  '（一）主动公开。全年通过门户网站主动公开政府信息1568条，制发规章1件、行政规范性文件5件，废止行政规范性文件2件。',
  '（二）依申请公开。全年收到政府信息公开申请122件，上年结转6件，办结122件，结转下年度继续办理6件。',
  '（三）政府信息管理。严格执行信息发布审核制度，\n对现行有效的行政规范性文件进行了全面清理。',
  '（四）政府信息公开平台建设。优化门户网站政府信息公开专栏，完善检索功能。',
  '（五）监督保障。将政府信息公开工作纳入年度考核，全年发生行政复议5件、行政诉讼5件，未发生责任追究情形。',
].join('\n\n');

export const FULL_SAMPLE_PROBLEMS = [
  '（一）存在的主要问题。政策解读形式较为单一，部分栏目更新不够及时。',
  '（二）改进情况。针对上年报告提出的解读不足问题，本年度新增图文解读12篇；下一步将建立栏目更新台账，按月检查。',
].join('\n\n');

export const FULL_SAMPLE_OTHER =
  '本年度未收取信息处理费。\n\n本年度办理人大代表建议18件、政协提案25件，办理结果均已按规定公开。';

/** The full sample: 示例市自然资源和规划局, 2023, every derived total computed. */
export function fullSampleReport(): Report {
  const base = createEmptyReport({
    agency: '示例市自然资源和规划局',
    agencyKind: 'department',
    year: 2023,
    fill: 0,
  });
  const requests = { ...base.requests };
  for (const [id, values] of Object.entries(REQUESTS)) {
    // safe: the keys of REQUESTS are exactly the input row ids (checked by `satisfies`)
    requests[id as InputRowId] = row(values);
  }
  return computeTotals({
    ...base,
    preamble: FULL_SAMPLE_PREAMBLE,
    overview: FULL_SAMPLE_OVERVIEW,
    proactive: {
      rules: { issued: 1, repealed: 0, inForce: 12 },
      normativeDocuments: { issued: 5, repealed: 2, inForce: 48 },
      licensing: 1326,
      punishment: 87,
      enforcement: 3,
      feesWan: 152.36,
    },
    requests,
    reviewLitigation: {
      review: { upheld: 3, corrected: 1, other: 0, pending: 1, total: null },
      litigationDirect: { upheld: 2, corrected: 0, other: 1, pending: 0, total: null },
      litigationAfterReview: { upheld: 1, corrected: 0, other: 0, pending: 1, total: null },
    },
    problems: FULL_SAMPLE_PROBLEMS,
    other: FULL_SAMPLE_OTHER,
    signature: { agency: '示例市自然资源和规划局', date: '2024-01-20' },
    publishedAt: '2024-01-25',
  });
}
