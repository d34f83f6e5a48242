/**
 * Reads a published 政府信息公开工作年度报告 — a copied portal page, a saved page's HTML, or the
 * blocks of a .docx or PDF — into a report, with an account of everything that could not be read
 * exactly: cells that could not be placed, labels that did not match, printed totals that
 * disagree with their parts (kept as printed), blank cells read as 0, and every guess.
 * It never invents a number: what cannot be read stays null.
 */
import { AGENCY_KINDS, MAX_TEXT_LENGTH, reportSchema, type Report } from '../report/report-schema';
import { createEmptyReport } from '../report/empty-report';
import type { SectionId } from '../report/sections';
import { SECTIONS } from '../report/sections';
import { findHeadings, isHeaderLine, isPageFurniture } from './find-sections';
import { findTitle, paragraphText, splitEnd } from './read-frame';
import { extractHtmlBlocks } from './html-blocks';
import { narrativeParagraphs, typicalLineWidth } from './narrative';
import { displayWidth, textToBlocks } from './text-blocks';
import { printedTotalsAccount } from './printed-totals';
import { isTrialTemplateProactive, readProactive } from './read-proactive';
import { readRequests } from './read-requests';
import { readReview } from './read-review';
import { guessAgencyKind, readPublishedAt } from './read-metadata';
import type { Block, LineMode, PublishedInput, ReadingProblem } from './reading';
import { tokenizeTableRegion } from './table-tokens';

export interface PublishedReading {
  report: Report;
  account: ReadingProblem[];
  /** Which template the tables follow: the 2021 one, or the 2019 trial one (older reports). */
  template: '2021' | '2019';
}

export interface ParseOptions {
  /** Today, for the fallback year when a source prints none. */
  today?: Date;
}

function toBlocks(input: PublishedInput): { blocks: Block[]; lineMode: LineMode } {
  switch (input.kind) {
    case 'text':
      return textToBlocks(input.text);
    case 'html':
      return { blocks: extractHtmlBlocks(input.html), lineMode: 'paragraphs' };
    case 'blocks':
      return { blocks: input.blocks, lineMode: input.lineMode };
  }
}

function limitText(text: string, where: string, account: ReadingProblem[]): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  account.push({
    kind: 'unplaced',
    severity: 'warning',
    rule: null,
    location: null,
    message: `「${where}」超过${MAX_TEXT_LENGTH}字，超出部分未读入。`,
  });
  return text.slice(0, MAX_TEXT_LENGTH);
}

export function parsePublishedReport(
  input: PublishedInput,
  options: ParseOptions = {},
): PublishedReading {
  const account: ReadingProblem[] = [];
  const { blocks, lineMode } = toBlocks(input);

  const firstPass = findHeadings(blocks, 0);
  const overviewAt =
    firstPass.headings.find((h) => h.id === 'overview')?.index ??
    firstPass.headings[0]?.index ??
    blocks.length;
  const title = findTitle(blocks, overviewAt);
  const { headings } = title ? findHeadings(blocks, title.index + 1) : firstPass;
  const bodyStart = headings[0]?.index ?? blocks.length;

  const regionOf = (id: SectionId): Block[] | null => {
    const at = headings.findIndex((h) => h.id === id);
    const heading = headings[at];
    if (!heading) return null;
    return blocks.slice(heading.index + 1, headings[at + 1]?.index ?? blocks.length);
  };
  for (const section of SECTIONS) {
    if (!headings.some((h) => h.id === section.id)) {
      account.push({
        kind: 'missing',
        severity: 'warning',
        rule: null,
        location:
          section.kind === 'narrative'
            ? { kind: 'narrative', section: section.id as 'overview' | 'problems' | 'other' }
            : null, // safe: narrative sections are exactly these three ids
        message: `没有找到「${section.heading}」这一标题${section.kind === 'narrative' ? '，这部分文字留空' : ''}。`,
      });
    }
  }

  // Narrative paragraphs of a wrapped layout are rebuilt against the document's usual line width.
  const narrativeBlocks = (['overview', 'problems', 'other'] as const).flatMap(
    (id) => regionOf(id) ?? [],
  );
  const lineWidth = typicalLineWidth(
    narrativeBlocks.filter(
      (b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph',
    ),
  );
  const narrative = (region: readonly Block[] | null, where: string): string =>
    region
      ? limitText(narrativeParagraphs(region, lineMode, lineWidth).join('\n\n'), where, account)
      : '';

  // Preamble: sentences between the title and 一、总体情况, without the portal's header lines.
  const preambleBlocks = blocks
    .slice(title ? title.index + 1 : 0, bodyStart)
    .filter((b) => b.kind === 'paragraph' && !isHeaderLine(b.text) && !isPageFurniture(b.text))
    .filter(
      (b) =>
        b.kind === 'paragraph' &&
        (lineMode === 'lines' || displayWidth(b.text) >= 24 || /[。；;]/.test(b.text)),
    );
  const publishedAt =
    blocks
      .slice(0, bodyStart)
      .map((b) => (b.kind === 'paragraph' ? readPublishedAt(b.text) : null))
      .find((d) => d !== null) ?? null;

  const otherRegion = regionOf('other');
  const end = splitEnd(otherRegion ?? [], title?.agency ?? '');

  const proactiveTokens = tokenizeTableRegion(regionOf('proactive') ?? []);
  const trialProactive = isTrialTemplateProactive(proactiveTokens);
  const proactive = readProactive(proactiveTokens, account);
  const { requests, singleOtherRow } = readRequests(
    tokenizeTableRegion(regionOf('requests') ?? []),
    account,
  );
  const reviewLitigation = readReview(
    tokenizeTableRegion(regionOf('reviewLitigation') ?? []),
    account,
  );

  let year = title?.year ?? null;
  if (year === null) {
    const period = blocks
      .map((b) => /统计期限[^。]*?自?\s*(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(paragraphText(b)))
      .find(Boolean);
    const fallback = period
      ? Number(period[1])
      : end.signatureDate
        ? Number(end.signatureDate.slice(0, 4)) - 1
        : publishedAt
          ? Number(publishedAt.slice(0, 4)) - 1
          : (options.today ?? new Date()).getFullYear() - 1;
    year = fallback;
    account.push({
      kind: 'guess',
      severity: 'warning',
      rule: null,
      location: { kind: 'field', field: 'year' },
      message: `没有找到「〔机关名称〕〔年度〕政府信息公开工作年度报告」样式的标题，年度按${period ? '统计期限' : end.signatureDate ? '落款日期' : publishedAt ? '发布日期' : '当前日期'}推定为${year}年，请核对。`,
    });
  }
  const agency = title?.agency || end.signatureAgency;
  if (!agency) {
    account.push({
      kind: 'missing',
      severity: 'warning',
      rule: null,
      location: { kind: 'field', field: 'agency' },
      message: '没有读到机关名称，请填写。',
    });
  } else if (!title?.agency) {
    account.push({
      kind: 'guess',
      severity: 'info',
      rule: null,
      location: { kind: 'field', field: 'agency' },
      message: `标题中没有机关名称，按落款取为「${agency}」。`,
    });
  }
  const agencyKind = guessAgencyKind(agency);
  if (agency) {
    const label = AGENCY_KINDS.find((k) => k.id === agencyKind)?.label ?? agencyKind;
    account.push({
      kind: 'guess',
      severity: 'info',
      rule: null,
      location: { kind: 'field', field: 'agencyKind' },
      message: `机关类别按名称「${agency}」推断为「${label}」（决定发布期限），请核对。`,
    });
  }
  const template = year <= 2020 || trialProactive ? '2019' : '2021';
  if (template === '2019') {
    account.push({
      kind: 'guess',
      severity: 'info',
      rule: null,
      location: null,
      message: `这是${year}年度的报告，按2019年试行格式读入：表三、表四与现行格式相同${singleOtherRow ? '（（六）其他处理为一行）' : ''}，表二口径不同。`,
    });
  }
  if (!end.signatureDate) {
    account.push({
      kind: 'missing',
      severity: 'info',
      rule: null,
      location: { kind: 'field', field: 'signature.date' },
      message: '没有读到落款日期，留空。',
    });
  }

  const report: Report = {
    ...createEmptyReport({ agency, agencyKind, year }),
    preamble: limitText(
      narrativeParagraphs(preambleBlocks, lineMode, lineWidth).join('\n\n'),
      '前言',
      account,
    ),
    overview: narrative(regionOf('overview'), '一、总体情况'),
    proactive,
    requests,
    reviewLitigation,
    problems: narrative(regionOf('problems'), '五、存在的主要问题及改进情况'),
    other: otherRegion
      ? limitText(
          narrativeParagraphs(end.body, lineMode, lineWidth).join('\n\n'),
          '六、其他需要报告的事项',
          account,
        )
      : '',
    signature: { agency: end.signatureAgency, date: end.signatureDate },
    publishedAt,
  };
  printedTotalsAccount(report, account);

  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) {
    // Only a value beyond the schema's limits can get here; say which instead of failing.
    for (const issue of parsed.error.issues) {
      account.push({
        kind: 'unplaced',
        severity: 'error',
        rule: null,
        location: null,
        message: `「${issue.path.join('.')}」：${issue.message}`,
      });
    }
    return { report, account, template };
  }
  return { report: parsed.data, account, template };
}
