/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fullSampleReport } from '../document/full-sample-report';
import { renderReportHtml } from '../document/render-report-html';
import { reportSchema, type Report } from '../report/report-schema';
import { parsePublishedReport } from './parse-published-report';

// The real reports are in shared/fixtures beside the repository (read-only); the expected
// readings, written by hand, in src/domain/test-fixtures.
const read = (name: string): string =>
  readFileSync(new URL(`../../../../shared/fixtures/${name}`, import.meta.url), 'utf8');
const expectedReport = (name: string): Report =>
  reportSchema.parse(
    JSON.parse(
      readFileSync(new URL(`../test-fixtures/${name}.report.json`, import.meta.url), 'utf8'),
    ),
  );
/** Narrative compared without whitespace: PDF text layers put invisible spaces in (「2024 年」). */
const comparable = (report: Report): Report => {
  const squeeze = (text: string): string => text.replace(/\s+/g, '');
  return {
    ...report,
    preamble: squeeze(report.preamble),
    overview: squeeze(report.overview),
    problems: squeeze(report.problems),
    other: squeeze(report.other),
  };
};

describe('real published reports read to the hand-checked expected reports', () => {
  it.each([
    ['seed-xiangxiang-xinfang-2022.txt', 'seed-xiangxiang-xinfang-2022', 'text'],
    ['hongze-district-2024.pdftotext-layout.txt', 'hongze-district-2024', 'text'],
    ['hongze-district-2023.pdftotext-layout.txt', 'hongze-district-2023', 'text'],
    ['huaian-city-2024.pdftotext-layout.txt', 'huaian-city-2024', 'text'],
    ['pingtan-area-2023.html', 'pingtan-area-2023', 'html'],
    ['pingtan-area-2024.html', 'pingtan-area-2024', 'html'],
    ['pingtan-ziranziyuan-2024.html', 'pingtan-ziranziyuan-2024', 'html'],
    ['pingtan-shehuishiye-2025.html', 'pingtan-shehuishiye-2025', 'html'],
  ] as const)('%s', (file, expected, kind) => {
    const source = read(file);
    const { report } = parsePublishedReport(
      kind === 'html' ? { kind, html: source } : { kind, text: source },
    );
    expect(comparable(report)).toEqual(comparable(expectedReport(expected)));
  });

  it('reads the seed page exactly, narrative included, with nothing to report but the agency kind', () => {
    const { report, account } = parsePublishedReport({
      kind: 'text',
      text: read('seed-xiangxiang-xinfang-2022.txt'),
    });
    expect(report).toEqual(expectedReport('seed-xiangxiang-xinfang-2022'));
    expect(account.map((a) => [a.kind, a.location])).toEqual([
      ['guess', { kind: 'field', field: 'agencyKind' }],
    ]);
  });

  it('keeps the two wrong 表四 totals of 洪泽区 2023 as printed and reports both', () => {
    const { report, account } = parsePublishedReport({
      kind: 'text',
      text: read('hongze-district-2023.pdftotext-layout.txt'),
    });
    expect(report.reviewLitigation.review).toEqual({
      upheld: 10,
      corrected: 1,
      other: 0,
      pending: 0,
      total: 0,
    });
    expect(report.reviewLitigation.litigationAfterReview).toEqual({
      upheld: 5,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 0,
    });
    const totals = account.filter((a) => a.kind === 'total');
    expect(totals.map((a) => [a.rule, a.location])).toEqual([
      ['review-total', { kind: 'reviewLitigation', group: 'review', column: 'total' }],
      [
        'review-total',
        { kind: 'reviewLitigation', group: 'litigationAfterReview', column: 'total' },
      ],
    ]);
    expect(totals[0]?.message).toContain('总计印为0');
    expect(totals[0]?.message).toContain('之和为11');
  });

  it('names the closest label for the typo 「2.其他法律行政止公开」 and records the single （六） row', () => {
    const { account } = parsePublishedReport({
      kind: 'text',
      text: read('hongze-district-2024.pdftotext-layout.txt'),
    });
    const label = account.find((a) => a.kind === 'label');
    expect(label?.message).toContain('2.其他法律行政法规禁止公开');
    expect(label?.location).toEqual({
      kind: 'requests',
      row: 'deniedLawProhibited',
      column: 'total',
    });
    expect(
      account.some((a) => a.kind === 'guess' && a.message.includes('（六）其他处理」只印了一行')),
    ).toBe(true);
    expect(account.some((a) => a.severity === 'error')).toBe(false);
  });

  it('reports the missing 规章 row of 社会事业局 2025 and leaves it empty', () => {
    const { report, account } = parsePublishedReport({
      kind: 'html',
      html: read('pingtan-shehuishiye-2025.html'),
    });
    expect(report.proactive.rules).toEqual({ issued: null, repealed: null, inForce: null });
    expect(report.proactive.normativeDocuments).toEqual({ issued: 7, repealed: 0, inForce: 0 });
    expect(
      account.find((a) => a.kind === 'missing' && a.message.includes('规章'))?.location,
    ).toEqual({ kind: 'proactive', cell: 'rules.issued' });
    expect(account.find((a) => a.kind === 'label')?.message).toContain('行政规范性文件');
  });

  it('never takes a wrong 表四 silently from pdftotext in reading order: its misplaced cells show as errors', () => {
    const { report, account } = parsePublishedReport({
      kind: 'text',
      text: read('huaian-city-2024.pdftotext.txt'),
    });
    // 表三 has its numbers in template order, so rows without labels are placed by order (and said so).
    expect(comparable(report).requests).toEqual(expectedReport('huaian-city-2024').requests);
    expect(
      account.filter((a) => a.kind === 'guess' && a.message.includes('按模板行序')).length,
    ).toBeGreaterThan(0);
    // 表四 comes out of order: the totals no longer add up, and every such group is reported.
    expect(account.filter((a) => a.rule === 'review-total').length).toBe(3);
  });

  it('reports the scrambled tables of 洪泽区 2024 in reading order as errors instead of inventing rows', () => {
    const { account } = parsePublishedReport({
      kind: 'text',
      text: read('hongze-district-2024.pdftotext.txt'),
    });
    expect(account.filter((a) => a.severity === 'error').length).toBeGreaterThan(3);
  });
});

describe('a report exported as HTML by the app reads back to itself', () => {
  it.each([
    ['the full sample', fullSampleReport()],
    ['湘乡市信访局 2022', expectedReport('seed-xiangxiang-xinfang-2022')],
    ['淮安市 2024', expectedReport('huaian-city-2024')],
    ['平潭综合实验区 2023', expectedReport('pingtan-area-2023')],
    ['社会事业局 2025 (规章 empty)', expectedReport('pingtan-shehuishiye-2025')],
  ])('%s', (_name, report) => {
    const { report: read } = parsePublishedReport({
      kind: 'html',
      html: renderReportHtml(report, 'final'),
    });
    // The portal's publication date is not part of the document; an empty signature agency is
    // printed as the agency's name.
    const signature = { ...report.signature, agency: report.signature.agency || report.agency };
    expect(read).toEqual({ ...report, signature, publishedAt: null });
  });
});
