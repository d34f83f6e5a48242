import { describe, expect, it } from 'vitest';
import type { Report } from '../report/report-schema';
import { sampleReport } from '../test-fixtures/sample-report';
import { checkDates, publicationWindow } from './date-rules';

function dates(overrides: Partial<Report>): string[] {
  return checkDates(sampleReport(overrides)).map((f) => f.key);
}

describe('dates', () => {
  it.each<[string, Partial<Report>, string[]]>([
    ['signed and published in January of N+1', {}, []],
    [
      'signed on 1月1日 and published on 1月31日 (both inclusive)',
      { signature: { agency: '', date: '2023-01-01' }, publishedAt: '2023-01-31' },
      [],
    ],
    [
      'a department signing on 2月1日',
      { signature: { agency: '', date: '2023-02-01' }, publishedAt: null },
      ['dates@signature.date#late'],
    ],
    [
      'a government signing on 3月31日',
      {
        agencyKind: 'government',
        signature: { agency: '', date: '2023-03-31' },
        publishedAt: '2023-03-31',
      },
      [],
    ],
    [
      'a government signing on 4月1日',
      {
        agencyKind: 'government',
        signature: { agency: '', date: '2023-04-01' },
        publishedAt: null,
      },
      ['dates@signature.date#late'],
    ],
    [
      'the seed: a 2022 report signed 2022-01-10, published 2023-01-10',
      { signature: { agency: '', date: '2022-01-10' } },
      ['dates@signature.date#early'],
    ],
    [
      'signed on 12月31日 of year N',
      { signature: { agency: '', date: '2022-12-31' }, publishedAt: null },
      ['dates@signature.date#early'],
    ],
    [
      'no signature date yet',
      { signature: { agency: '', date: null }, publishedAt: null },
      ['dates@signature.date#missing'],
    ],
    ['published after the deadline', { publishedAt: '2023-02-10' }, ['dates@publishedAt#late']],
    [
      'published before the signature',
      { signature: { agency: '', date: '2023-01-20' }, publishedAt: '2023-01-15' },
      ['dates@publishedAt#before-signature'],
    ],
    ['published in year N', { publishedAt: '2022-12-30' }, ['dates@publishedAt#early']],
    [
      'a local deadline of 1月20日, signed 1月25日',
      {
        localDeadline: '2023-01-20',
        signature: { agency: '', date: '2023-01-25' },
        publishedAt: null,
      },
      ['dates@signature.date#late'],
    ],
    [
      'a local deadline later than the statute is ignored and reported',
      {
        localDeadline: '2023-02-15',
        signature: { agency: '', date: '2023-02-10' },
        publishedAt: null,
      },
      ['dates@localDeadline#local-deadline', 'dates@signature.date#late'],
    ],
    [
      'a leap year changes nothing (2023 report, government, 2024-03-31)',
      {
        year: 2023,
        agencyKind: 'government',
        signature: { agency: '', date: '2024-03-31' },
        publishedAt: '2024-02-29',
      },
      ['dates@publishedAt#before-signature'],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(dates(overrides)).toEqual(expected);
  });

  it('says what is wrong with the seed in words and numbers', () => {
    const [finding] = checkDates(sampleReport({ signature: { agency: '', date: '2022-01-10' } }));
    expect(finding?.message).toBe(
      '落款日期为2022年1月10日，早于2023年1月1日：2022年度报告应在2023年1月1日至2023年1月31日之间落款，请核对年份',
    );
    expect(finding?.severity).toBe('warning');
    expect(finding?.location).toEqual({ kind: 'field', field: 'signature.date' });
  });

  it('names the deadline that applies', () => {
    const late = checkDates(
      sampleReport({ localDeadline: '2023-01-20', signature: { agency: '', date: '2023-01-25' } }),
    );
    expect(late[0]?.message).toBe('落款日期为2023年1月25日，晚于本地要求的发布期限2023年1月20日');
    expect(publicationWindow(sampleReport({ agencyKind: 'government' }))).toEqual({
      from: '2023-01-01',
      deadline: '2023-03-31',
      statutory: '2023-03-31',
      basis: '县级以上地方人民政府的法定期限',
    });
  });
});
