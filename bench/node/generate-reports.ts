/**
 * Inputs for the Node benchmarks: many different reports (the full sample with another agency
 * and other figures, every column balanced) and many published texts (the seed portal text with
 * another agency and other figures in its tables).
 */
import { computeTotals } from '@/domain/matrix/compute-totals';
import {
  APPLICANT_COLUMN_IDS,
  RESULT_ROW_IDS,
  type InputRowId,
} from '@/domain/matrix/matrix-table';
import { fullSampleReport } from '@/domain/document/full-sample-report';
import type { Report } from '@/domain/report/report-schema';
import { seededRandom } from '../lib/random';

const PLACES = ['示例市', '样板县', '东山区', '西河市', '南湖县', '北岭区', '清江市', '临川县'];
const OFFICES = [
  '自然资源和规划局',
  '教育局',
  '卫生健康委员会',
  '市场监督管理局',
  '人力资源和社会保障局',
  '住房和城乡建设局',
  '生态环境局',
  '人民政府办公室',
];

export function agencyName(i: number): string {
  const place = PLACES[i % PLACES.length] ?? '示例市';
  const office = OFFICES[Math.floor(i / PLACES.length) % OFFICES.length] ?? '局';
  return `${place}${office}${i >= 64 ? `第${Math.floor(i / 64) + 1}分局` : ''}`;
}

/** Report number i: another agency, other figures, every 表三 column balanced. */
export function variedReport(i: number): Report {
  const random = seededRandom(1000 + i);
  const base = fullSampleReport();
  const agency = agencyName(i);
  const requests = { ...base.requests };
  const count = (max: number) => (random() < 0.5 ? 0 : Math.floor(random() * max));
  const set = (row: InputRowId, column: (typeof APPLICANT_COLUMN_IDS)[number], value: number) => {
    requests[row] = { ...requests[row], [column]: value };
  };
  for (const column of APPLICANT_COLUMN_IDS) {
    let results = 0;
    for (const row of RESULT_ROW_IDS) {
      const value = count(column === 'naturalPerson' ? 40 : 6);
      set(row, column, value);
      results += value;
    }
    const forward = count(5);
    let carried = count(5);
    let received = results + forward - carried;
    if (received < 0) {
      carried += received;
      received = 0;
    }
    set('carriedOver', column, carried);
    set('carriedForward', column, forward);
    set('newReceived', column, received);
  }
  return computeTotals({
    ...base,
    agency,
    signature: { ...base.signature, agency },
    proactive: { ...base.proactive, licensing: count(2000), punishment: count(200) },
    requests,
  });
}

/**
 * Published text number i from the seed portal text: the agency renamed, and every table cell
 * (a line holding only a number, after the heading of 二、) given another figure.
 */
export function variedSeedText(seed: string, i: number): string {
  const random = seededRandom(5000 + i);
  const agency = agencyName(i);
  const start = seed.indexOf('二、主动公开政府信息情况');
  const end = seed.indexOf('五、存在的主要问题');
  if (start < 0 || end < start) throw new Error('the seed text has no tables where expected');
  const tables = seed
    .slice(start, end)
    .replace(/^\d+$/gm, () => String(random() < 0.5 ? 0 : Math.floor(random() * 30)));
  return (seed.slice(0, start) + tables + seed.slice(end)).replaceAll('湘乡市信访局', agency);
}
