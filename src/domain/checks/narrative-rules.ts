/**
 * Rules on the narrative sections: fee-disclosure (六 states the 信息处理费, 国办函〔2020〕109号),
 * problems-present (五 is written and not last year's text again) and overview-topics
 * (一 covers the template's five topics).
 */
import { matrixRowTotal } from '../matrix/compute-totals';
import type { Report } from '../report/report-schema';
import { OVERVIEW_TOPICS } from '../report/sections';
import type { Finding } from './finding';
import { at, formatNumber, makeFinding } from './make-finding';
import { isPreviousYear } from './previous-year-rules';
import { cachedRepetitionRatio } from './text-similarity';

/** Share of repeated text above which 五 counts as copied (the evaluators' 50%). */
export const REPETITION_LIMIT = 0.5;

const FEE_MENTION = /信息处理费/;

/**
 * fee-disclosure. A warning when applications ended for an unpaid fee (表三（六）2 > 0) yet 六
 * says nothing about 信息处理费; otherwise a missing statement is only advice (info), since
 * the template asks for it but no figure contradicts the silence.
 */
export function checkFeeDisclosure(report: Report): Finding[] {
  if (FEE_MENTION.test(report.other)) return [];
  const row = report.requests.otherOverdueFee;
  const unpaid = row.total ?? matrixRowTotal(row) ?? 0;
  if (unpaid > 0) {
    return [
      makeFinding(
        'fee-disclosure',
        at.narrative('other'),
        `表三有${formatNumber(unpaid)}件申请因逾期未缴纳信息处理费不再处理，第六部分应说明本年度收取信息处理费的情况`,
        { related: [at.requests('otherOverdueFee', 'total')], subject: 'unpaid' },
      ),
    ];
  }
  return [
    makeFinding(
      'fee-disclosure',
      at.narrative('other'),
      '第六部分未提到信息处理费，建议写明收取情况，如「本年度未收取信息处理费。」',
      { severity: 'info', subject: 'missing' },
    ),
  ];
}

const PUNCTUATION_AND_SPACE = /[\s\u00a0\u3000。，,.、；;：:！!？?“”"（）()]/g;
const NOTHING_TO_SAY = /^(?:无|暂无|没有|无问题|暂无问题|无存在问题|无主要问题|不存在问题)$/;

/** problems-present: 五 written, not 「无」, not more than half last year's sentences. */
export function checkProblemsPresent(
  report: Report,
  previous: Report | null | undefined,
): Finding[] {
  const location = at.narrative('problems');
  const bare = report.problems.replace(PUNCTUATION_AND_SPACE, '');
  if (bare.length === 0) {
    return [
      makeFinding('problems-present', location, '第五部分“存在的主要问题及改进情况”尚未填写', {
        subject: 'empty',
      }),
    ];
  }
  if (NOTHING_TO_SAY.test(bare)) {
    return [
      makeFinding(
        'problems-present',
        location,
        `第五部分只写了“${report.problems.trim()}”，应如实说明存在的主要问题和改进情况`,
        { subject: 'none' },
      ),
    ];
  }
  if (!isPreviousYear(report, previous) || previous.problems.trim() === '') return [];
  const ratio = cachedRepetitionRatio(report.problems, previous.problems);
  if (ratio <= REPETITION_LIMIT) return [];
  return [
    makeFinding(
      'problems-present',
      location,
      `第五部分约${Math.round(ratio * 100)}%的文字与${previous.year}年报告相同，应结合本年情况撰写并说明上年问题的整改情况`,
      { subject: 'repeated' },
    ),
  ];
}

/** What a 各级人民政府 report adds: 工作考核、社会评议和责任追究结果情况. */
const GOVERNMENT_EXTRA = {
  label: '工作考核、社会评议和责任追究结果情况',
  keywords: ['社会评议', '责任追究'],
};

/** overview-topics: one piece of advice listing the topics 总体情况 does not mention. */
export function checkOverviewTopics(report: Report): Finding[] {
  const text = report.overview;
  const missing: string[] = [];
  const ids: string[] = [];
  for (const topic of OVERVIEW_TOPICS) {
    if (topic.keywords.some((k) => text.includes(k))) continue;
    missing.push(topic.label);
    ids.push(topic.id);
  }
  if (
    report.agencyKind === 'government' &&
    !GOVERNMENT_EXTRA.keywords.some((k) => text.includes(k))
  ) {
    missing.push(GOVERNMENT_EXTRA.label);
    ids.push('assessment');
  }
  if (missing.length === 0) return [];
  const message =
    text.trim() === ''
      ? `总体情况尚未填写，应涵盖${missing.join('、')}`
      : `总体情况未提到${missing.join('、')}`;
  return [
    makeFinding('overview-topics', at.narrative('overview'), message, { subject: ids.join('+') }),
  ];
}
