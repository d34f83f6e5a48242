import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import { fullSampleReport } from '@/domain/document/full-sample-report';
import { createEmptyReport } from '@/domain/report/empty-report';
import { reportSchema } from '@/domain/report/report-schema';
import {
  createReportReader,
  partOfFieldName,
  readReport,
  reportResolver,
  type ReportFormValues,
} from './report-form';

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

describe('createReportReader', () => {
  const sample = fullSampleReport();

  it('gives the schema’s own verdict, valid or not', () => {
    const reader = createReportReader();
    const valid = reader.parse(structuredClone(sample));
    expect(valid).toEqual({ success: true, data: reportSchema.parse(sample) });
    const broken: ReportFormValues = {
      ...structuredClone(sample),
      year: Number.NaN,
      signature: { agency: '某局', date: '2023-13-45' },
    };
    const verdict = reader.parse(broken);
    const schema = reportSchema.safeParse(broken);
    expect(verdict.success).toBe(false);
    if (verdict.success || schema.success) throw new Error('expected both to fail');
    expect(verdict.issues.map((i) => [i.path, i.message])).toEqual(
      schema.error.issues.map((i) => [i.path, i.message]),
    );
  });

  it('parses again only the values that changed, keeping the objects of unchanged parts', () => {
    const reader = createReportReader();
    const first = reader.parse(structuredClone(sample));
    const values = structuredClone(sample);
    values.requests.granted.naturalPerson = 71;
    const second = reader.parse(values);
    if (!first.success || !second.success) throw new Error('expected valid reports');
    expect(second.data.requests.granted.naturalPerson).toBe(71);
    expect(second.data.requests).not.toBe(first.data.requests);
    expect(second.data.requests.granted).not.toBe(first.data.requests.granted);
    expect(second.data.requests.carriedForward).toBe(first.data.requests.carriedForward);
    expect(second.data.proactive).toBe(first.data.proactive);
    expect(second.data.reviewLitigation).toBe(first.data.reviewLitigation);
    expect(second.data.signature).toBe(first.data.signature);
    // Values changed in place after a parse are seen as changed.
    values.signature.agency = '另一个机关';
    const third = reader.parse(values);
    if (!third.success) throw new Error('expected a valid report');
    expect(third.data.signature.agency).toBe('另一个机关');
    expect(third.data.requests).toBe(second.data.requests);
  });

  it('reads as readReport does: malformed values kept at their last valid value', () => {
    const reader = createReportReader();
    const lastValid = createEmptyReport({ year: 2022, agency: '湘乡市信访局' });
    const values: ReportFormValues = {
      ...lastValid,
      year: Number.NaN,
      overview: '新写的总体情况',
    };
    const reading = reader.read(values, lastValid);
    expect(reading).toEqual(readReport(values, lastValid));
    expect(reading.report.year).toBe(2022);
    expect(reading.report.proactive).toBe(reader.read(values, lastValid).report.proactive);
  });
});

describe('readPart', () => {
  const sample = fullSampleReport();

  it('reads one part as read reads it, malformed values kept at their last valid value', () => {
    const reader = createReportReader();
    const values: ReportFormValues = {
      ...structuredClone(sample),
      signature: { agency: '某局', date: '2023-13-45' },
    };
    const part = reader.readPart('signature', values, sample);
    expect(part.value).toEqual({ agency: '某局', date: sample.signature.date });
    expect(part.issues).toEqual([
      {
        path: 'signature.date',
        message: '日期格式应为 YYYY-MM-DD',
        meanwhile: '尚未保存，草稿中仍为上一次的有效值',
      },
    ]);
    expect(reader.read(values, sample).report.signature).toEqual(part.value);
    expect(reader.readPart('requests', values, sample).value).toEqual(sample.requests);
  });

  it('leaves the whole-report verdict right after a part was read on its own', () => {
    const reader = createReportReader();
    const broken: ReportFormValues = {
      ...structuredClone(sample),
      signature: { agency: '某局', date: '2023-13-45' },
    };
    expect(reader.parse(broken).success).toBe(false);
    const mended: ReportFormValues = {
      ...structuredClone(broken),
      signature: { agency: '某局', date: '2023-01-10' },
    };
    expect(reader.readPart('signature', mended, sample).issues).toEqual([]);
    const whole = reader.parse(mended);
    expect(whole.success).toBe(true);
    if (whole.success) expect(whole.data.signature.date).toBe('2023-01-10');
  });

  it('names the part a form field lies in', () => {
    expect(partOfFieldName('signature.date')).toBe('signature');
    expect(partOfFieldName('requests')).toBe('requests');
    expect(partOfFieldName('nothing.here')).toBeNull();
    expect(partOfFieldName(undefined)).toBeNull();
  });
});

describe('reportResolver', () => {
  const options = { fields: {}, shouldUseNativeValidation: false };

  it('gives the form the same errors and values as the zod resolver', async () => {
    const sample = fullSampleReport();
    const resolver = reportResolver(createReportReader());
    const reference = zodResolver(reportSchema);
    const broken: ReportFormValues = {
      ...structuredClone(sample),
      year: Number.NaN,
      signature: { agency: '某局', date: '2023-13-45' },
    };
    broken.requests.granted.naturalPerson = 1e13;
    for (const values of [structuredClone(sample), broken]) {
      expect(await resolver(values, undefined, options)).toEqual(
        await reference(values, undefined, options),
      );
    }
    const result = await resolver(broken, undefined, options);
    expect(result.errors.signature?.date?.message).toBe('日期格式应为 YYYY-MM-DD');
    expect(result.errors.requests?.granted?.naturalPerson?.message).toBe('数值过大');
  });
});
