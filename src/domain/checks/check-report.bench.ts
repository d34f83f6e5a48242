/**
 * Speed of checkReport, which the editor runs on every keystroke: a full real report, a blank
 * draft (the most findings: one per blank cell) and a report typed into its narrative (texts
 * not seen before, so the narrative reading is not cached). Run with `npx vitest bench`.
 */
import { bench, describe } from 'vitest';
import { createEmptyReport } from '../report/empty-report';
import { reportSchema } from '../report/report-schema';
import hongzeJson from '../test-fixtures/hongze-district-2024.report.json';
import { checkReport } from './check-report';

const hongze = reportSchema.parse(hongzeJson);
const previous = { ...hongze, year: 2023 };
const blank = createEmptyReport({ year: 2024 });

describe('checkReport', () => {
  bench('洪泽区 2024 with last year’s report', () => {
    checkReport(hongze, { previousYear: previous });
  });
  bench('blank draft', () => {
    checkReport(blank);
  });
  let keystroke = 0;
  bench('洪泽区 2024 while typing in 总体情况', () => {
    keystroke += 1;
    checkReport(
      { ...hongze, overview: `${hongze.overview}${keystroke}` },
      { previousYear: previous },
    );
  });
});
