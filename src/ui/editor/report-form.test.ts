import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/domain/report/empty-report';
import { readReport, sameFormData, type ReportFormValues } from './report-form';

describe('readReport', () => {
  const lastValid = createEmptyReport({ year: 2022, agency: '湘乡市信访局' });

  it('passes valid values through', () => {
    const values: ReportFormValues = { ...lastValid, agency: '湘乡市信访局办公室' };
    const reading = readReport(values, lastValid);
    expect(reading.issues).toEqual([]);
    expect(reading.report.agency).toBe('湘乡市信访局办公室');
  });

  it('keeps the last valid value of a malformed field, and every other change', () => {
    const values: ReportFormValues = {
      ...lastValid,
      year: Number.NaN,
      overview: '新写的总体情况',
      signature: { agency: '湘乡市信访局', date: '2023-13-45' },
    };
    const reading = readReport(values, lastValid);
    expect(reading.issues.map((i) => i.path).sort()).toEqual(['signature.date', 'year']);
    expect(reading.issues.find((i) => i.path === 'signature.date')?.message).toBe(
      '日期格式应为 YYYY-MM-DD',
    );
    expect(reading.report.year).toBe(2022);
    expect(reading.report.signature.date).toBeNull();
    expect(reading.report.overview).toBe('新写的总体情况');
  });
});

describe('sameFormData', () => {
  it('compares plain data structurally, NaN equal to itself', () => {
    expect(
      sameFormData({ a: [1, { b: 'x' }], n: Number.NaN }, { a: [1, { b: 'x' }], n: Number.NaN }),
    ).toBe(true);
    expect(sameFormData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameFormData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameFormData({ a: null }, { a: {} })).toBe(false);
  });
});
