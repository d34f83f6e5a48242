import { describe, expect, it } from 'vitest';
import { migrateReport } from '../migrate/migrate-report';
import { createEmptyReport, defaultReportYear } from './empty-report';
import { PROACTIVE_CELLS, PROACTIVE_GROUPS } from './proactive-table';
import { reportSchema, SCHEMA_VERSION } from './report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from './review-table';
import { SECTIONS } from './sections';

describe('declarations', () => {
  it('has the six sections in printed order', () => {
    expect(SECTIONS.map((s) => s.heading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('has 表二 as 10 cells with the spec ids, one 万元 cell', () => {
    expect(PROACTIVE_CELLS.map((c) => c.id)).toEqual([
      'rules.issued',
      'rules.repealed',
      'rules.inForce',
      'normativeDocuments.issued',
      'normativeDocuments.repealed',
      'normativeDocuments.inForce',
      'licensing',
      'punishment',
      'enforcement',
      'feesWan',
    ]);
    expect(PROACTIVE_CELLS.filter((c) => c.unit === '万元').map((c) => c.id)).toEqual(['feesWan']);
    for (const cell of PROACTIVE_CELLS) {
      const group = PROACTIVE_GROUPS.find((g) => g.id === cell.group);
      expect(group?.columns).toContain(cell.column);
    }
  });

  it('has 表四 as 3 groups × 5 cells with 总计 derived', () => {
    expect(REVIEW_GROUPS.map((g) => g.id)).toEqual([
      'review',
      'litigationDirect',
      'litigationAfterReview',
    ]);
    expect(REVIEW_COLUMNS.map((c) => c.label)).toEqual([
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
    ]);
    expect(REVIEW_COLUMNS.filter((c) => c.derived).map((c) => c.id)).toEqual(['total']);
  });
});

describe('defaultReportYear', () => {
  it.each([
    ['2023-01-10', 2022],
    ['2023-03-31', 2022],
    ['2023-09-30', 2022],
    ['2023-10-01', 2023],
    ['2023-12-31', 2023],
  ])('on %s a new report covers %i', (day, year) => {
    expect(defaultReportYear(new Date(`${day}T12:00:00`))).toBe(year);
    expect(createEmptyReport({}, new Date(`${day}T12:00:00`)).year).toBe(year);
  });
});

describe('reportSchema', () => {
  it('accepts an empty draft, with unfilled cells distinct from 0', () => {
    const empty = createEmptyReport({ agency: '湘乡市信访局', year: 2022 });
    const parsed = reportSchema.parse(empty);
    expect(parsed.requests.newReceived.naturalPerson).toBeNull();
    expect(reportSchema.parse(createEmptyReport({ fill: 0 })).requests.newReceived.total).toBe(0);
  });

  it('accepts decimals and negatives in cells (rules judge them, not the shape)', () => {
    const report = createEmptyReport({ fill: 0 });
    report.requests.granted.research = 1.5;
    report.proactive.feesWan = -2;
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('defaults a missing local deadline to null', () => {
    const { localDeadline: _omitted, ...rest } = createEmptyReport({ fill: 0 });
    expect(reportSchema.parse(rest).localDeadline).toBeNull();
  });

  it.each([
    [
      'a string in a cell',
      (r: Record<string, unknown>) => ({
        ...r,
        proactive: { ...(r.proactive as object), licensing: '3' },
      }),
    ],
    ['an unknown agency kind', (r: Record<string, unknown>) => ({ ...r, agencyKind: 'ministry' })],
    ['a year that is not whole', (r: Record<string, unknown>) => ({ ...r, year: 2022.5 })],
    ['a malformed date', (r: Record<string, unknown>) => ({ ...r, publishedAt: '2023/1/10' })],
    [
      'a huge number',
      (r: Record<string, unknown>) => ({
        ...r,
        proactive: { ...(r.proactive as object), punishment: 1e300 },
      }),
    ],
    [
      'a missing 表三 row',
      (r: Record<string, unknown>) => {
        const { carriedForward: _dropped, ...requests } = r.requests as Record<string, unknown>;
        return { ...r, requests };
      },
    ],
  ])('refuses %s with a Chinese message', (_name, mutate) => {
    const result = reportSchema.safeParse(mutate(createEmptyReport({ fill: 0 })));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('drops unknown keys, including __proto__, without touching Object.prototype', () => {
    const raw = JSON.parse(
      JSON.stringify(createEmptyReport({ fill: 0 })).replace(
        '{',
        '{"__proto__":{"polluted":1},"extra":1,',
      ),
    ) as unknown;
    const parsed = reportSchema.parse(raw);
    expect('extra' in parsed).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrateReport', () => {
  it('passes the current version through', () => {
    const report = createEmptyReport({ fill: 0 });
    const result = migrateReport(report, SCHEMA_VERSION);
    expect(result).toEqual({ ok: true, report, migratedFrom: SCHEMA_VERSION });
  });

  it.each([
    [null, 1, '报告内容不是一个对象'],
    [[], 1, '报告内容不是一个对象'],
    [{}, '1', '无法识别的格式版本'],
    [{}, 0, '无法识别的格式版本'],
    [{}, SCHEMA_VERSION + 1, '较新版本'],
  ])('refuses %j at version %j', (raw, version, message) => {
    const result = migrateReport(raw, version);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
