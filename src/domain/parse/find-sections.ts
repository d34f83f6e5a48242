/**
 * Where the parts of a published report are: its title, the six section headings (numbered or
 * not, with the small variations real reports print), the portal's header lines and the page
 * furniture that follows the report.
 */
import { SECTIONS, type SectionId } from '../report/sections';
import {
  bigramSimilarity,
  labelBigrams,
  labelKey,
  normalizeText,
  similarityBound,
  type LabelBigrams,
} from './normalize-text';
import type { Block } from './reading';

/** Section heading numbering: 「一、」「（一）」「第一部分」「一.」. */
const HEADING_NUMBER =
  /^(?:[一二三四五六七八九十]+\s*[、.．,，]?|[（(][一二三四五六][）)]|第[一二三四五六]部分[:：、]?)\s*/;

/** Other headings real reports print for a section, beside the template's own. */
const HEADING_VARIANTS: Partial<Record<SectionId, readonly string[]>> = {
  overview: ['总体情况', '概述', '基本情况'],
  problems: [
    '存在的主要问题及改进情况',
    '存在的主要问题及改进措施',
    '存在问题及改进措施',
    '存在的问题及改进情况',
  ],
  other: ['其他需要报告的事项', '其他事项'],
};

/** Each section's title keys (the template's and the variants'), with their bigrams, built once. */
const SECTION_TITLE_KEYS: readonly { id: SectionId; keys: readonly LabelBigrams[] }[] =
  SECTIONS.map((section) => ({
    id: section.id,
    keys: [section.title, ...(HEADING_VARIANTS[section.id] ?? [])].map((title) =>
      labelBigrams(labelKey(title)),
    ),
  }));

/** Longest heading considered, in characters after normalising. */
const MAX_HEADING_LENGTH = 40;

/** The section a paragraph heads, or null. Whole-line headings only: a sentence is not one. */
export function matchSectionHeading(text: string): SectionId | null {
  // Normalising only drops invisible characters and folds white space, so a paragraph whose
  // other characters alone exceed the limit is body text: skip it before the full work.
  if (
    text.length > MAX_HEADING_LENGTH &&
    text.replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/g, '').length > MAX_HEADING_LENGTH
  ) {
    return null;
  }
  const normal = normalizeText(text);
  if (normal.length > MAX_HEADING_LENGTH) return null;
  const numbered = HEADING_NUMBER.test(normal);
  const key = labelKey(normal.replace(HEADING_NUMBER, '')).replace(/[。.]$/, '');
  if (!key) return null;
  const keyGrams = labelBigrams(key);
  let best: { id: SectionId; score: number } | null = null;
  for (const section of SECTION_TITLE_KEYS) {
    for (const title of section.keys) {
      // 「政府信息公开工作存在的主要问题及改进情况」: the title with words around it.
      const around = key.includes(title.key) && key.length <= title.key.length + 10 ? 0.9 : 0;
      if (best && Math.max(around, similarityBound(key.length, title.key.length)) <= best.score) {
        continue;
      }
      const score = Math.max(around, bigramSimilarity(keyGrams, title));
      if (!best || score > best.score) best = { id: section.id, score };
    }
  }
  if (!best) return null;
  return best.score >= (numbered ? 0.75 : 0.95) ? best.id : null;
}

export interface Outline {
  /** Block index of each heading found, in printed order. */
  headings: { id: SectionId; index: number }[];
}

/** Finds the six headings in order; a heading is looked for only after the one before it. */
export function findHeadings(blocks: readonly Block[], start: number): Outline {
  const headings: Outline['headings'] = [];
  // Each section scans forward from the last heading: remember what a block heads.
  const known = new Map<number, SectionId | null>();
  const headingAt = (i: number, text: string): SectionId | null => {
    let id = known.get(i);
    if (id === undefined) {
      id = matchSectionHeading(text);
      known.set(i, id);
    }
    return id;
  };
  let from = start;
  for (const section of SECTIONS) {
    for (let i = from; i < blocks.length; i++) {
      const block = blocks[i];
      if (block?.kind !== 'paragraph') continue;
      const id = headingAt(i, block.text);
      if (id === section.id) {
        headings.push({ id, index: i });
        from = i + 1;
        break;
      }
      // A later section's heading ends the search for this one (it is missing).
      if (
        id &&
        SECTIONS.findIndex((s) => s.id === id) > SECTIONS.findIndex((s) => s.id === section.id)
      )
        break;
    }
  }
  return { headings };
}

/** Portal page lines after the report: download links, share buttons, site footer. */
const PAGE_FURNITURE = [
  /^(?:附件)?下载[:：]?/,
  /^附件[:：]/,
  /扫一扫/,
  /^相关(?:解读|链接|文件|阅读|新闻|稿件)/,
  /^[【[](?:打印|关闭|分享|收藏|返回顶部|大|中|小)/,
  /^(?:打印|关闭|分享|收藏|返回顶部|打印本页|关闭窗口|分享到)[:：]?$/,
  /^(?:上一篇|下一篇)[:：]/,
  /^(?:责任编辑|网站标识码|版权所有|主办单位|承办单位|网站地图|联系我们)/,
  /^(?:文字解读|图片解读|视频解读|H5解读)$/,
];

export function isPageFurniture(text: string): boolean {
  const t = normalizeText(text);
  return PAGE_FURNITURE.some((p) => p.test(t));
}

/** Portal header lines before the report: index number, publisher, date, source. */
const HEADER_LINE =
  /(?:索引号|发布机构|发文机关|发布时间|发布日期|成文日期|来源|信息来源|时间|日期|文号|主题分类|浏览次数|点击数|字号)\s*[:：]/;

export function isHeaderLine(text: string): boolean {
  return HEADER_LINE.test(text);
}
