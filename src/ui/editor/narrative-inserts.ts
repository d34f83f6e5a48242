/**
 * The standard sentences a narrative section offers to insert, built from the tables so that
 * the text states the same numbers as the tables (the sentences themselves are declared in
 * `domain/document/standard-sentences.ts`).
 */
import {
  applicationsSentence,
  feeSentence,
  proactiveSentence,
  reviewLitigationSentence,
} from '@/domain/document/standard-sentences';
import type { Report } from '@/domain/report/report-schema';
import type { NarrativeSectionId } from '@/domain/report/sections';

export interface NarrativeInsert {
  /** Stable id (React key). */
  readonly id: string;
  /** The button's text, e.g. 「插入依申请公开统计句」. */
  readonly label: string;
  /** The sentence, or null while the figures it states are not filled in. */
  readonly build: (report: Report) => string | null;
  /** Why the button is unavailable while `build` gives null. */
  readonly needs: string;
}

export const NARRATIVE_INSERTS: Record<NarrativeSectionId, readonly NarrativeInsert[]> = {
  overview: [
    {
      id: 'proactive',
      label: '插入主动公开统计句',
      build: proactiveSentence,
      needs: '主动公开统计句在表二规章、行政规范性文件件数填写后可用',
    },
    {
      id: 'applications',
      label: '插入依申请公开统计句',
      build: applicationsSentence,
      needs: '依申请公开统计句在表三填写后可用',
    },
    {
      id: 'reviewLitigation',
      label: '插入复议诉讼统计句',
      build: reviewLitigationSentence,
      needs: '复议诉讼统计句在表四填写后可用',
    },
  ],
  problems: [],
  other: [
    {
      id: 'fee',
      label: '插入信息处理费说明',
      build: () => feeSentence(),
      needs: '',
    },
  ],
};
