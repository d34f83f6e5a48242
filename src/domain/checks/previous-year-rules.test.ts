import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '../report/empty-report';
import { sampleReport, withColumn } from '../test-fixtures/sample-report';
import { checkCarryOver, checkDocumentsInForce } from './previous-year-rules';

const lastYear = withColumn(sampleReport({ year: 2021 }), 'naturalPerson', {
  newReceived: 5,
  granted: 3,
  carriedForward: 2,
});

describe('carry-over', () => {
  it('passes when 二 equals last year’s 四 in every column', () => {
    const report = withColumn(sampleReport(), 'naturalPerson', {
      carriedOver: 2,
      granted: 2,
    });
    expect(checkCarryOver(report, lastYear)).toEqual([]);
  });

  it('flags the column that differs, once (not again in 总计)', () => {
    const report = withColumn(sampleReport(), 'naturalPerson', { carriedOver: 3, granted: 3 });
    const findings = checkCarryOver(report, lastYear);
    expect(findings.map((f) => [f.key, f.severity, f.message])).toEqual([
      [
        'carry-over@requests.carriedOver.naturalPerson',
        'warning',
        '自然人列：本年“二、上年结转”为3件，2021年报告“四、结转下年度继续办理”为2件',
      ],
    ]);
  });

  it('compares 总计 alone when only the printed totals differ', () => {
    const report = withColumn(sampleReport(), 'naturalPerson', { carriedOver: 2, granted: 2 });
    report.requests.carriedOver.total = 4;
    expect(checkCarryOver(report, lastYear).map((f) => f.key)).toEqual([
      'carry-over@requests.carriedOver.total',
    ]);
  });

  it('needs last year’s report of year N−1 and filled cells', () => {
    const report = withColumn(sampleReport(), 'naturalPerson', { carriedOver: 3, granted: 3 });
    expect(checkCarryOver(report, null)).toEqual([]);
    expect(checkCarryOver(report, sampleReport({ year: 2020 }))).toEqual([]);
    expect(checkCarryOver(createEmptyReport({ year: 2022 }), lastYear)).toEqual([]);
  });
});

describe('documents-in-force', () => {
  const before = sampleReport({ year: 2021 });
  before.proactive.normativeDocuments.inForce = 8;

  it('passes when 现行有效 = last year + 制发 − 废止', () => {
    const report = sampleReport();
    report.proactive.normativeDocuments = { issued: 3, repealed: 1, inForce: 10 };
    expect(checkDocumentsInForce(report, before)).toEqual([]);
  });

  it('advises when it does not, with the arithmetic', () => {
    const report = sampleReport();
    report.proactive.normativeDocuments = { issued: 3, repealed: 0, inForce: 8 };
    const findings = checkDocumentsInForce(report, before);
    expect(findings.map((f) => [f.severity, f.key, f.message])).toEqual([
      [
        'info',
        'documents-in-force@proactive.normativeDocuments.inForce',
        '行政规范性文件：现行有效8件，按上年现行有效8件+本年制发3件−本年废止0件应约为11件；如有修订或清理请核实',
      ],
    ]);
    expect(findings[0]?.related).toEqual([
      { kind: 'proactive', cell: 'normativeDocuments.issued' },
      { kind: 'proactive', cell: 'normativeDocuments.repealed' },
    ]);
  });

  it('stays silent without last year or with blanks', () => {
    const report = sampleReport();
    report.proactive.rules = { issued: 1, repealed: null, inForce: 5 };
    report.proactive.normativeDocuments = { issued: null, repealed: 0, inForce: 20 };
    expect(checkDocumentsInForce(report, before)).toEqual([]);
    expect(checkDocumentsInForce(report, undefined)).toEqual([]);
  });
});
