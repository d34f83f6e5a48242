/**
 * Rules that compare a report with last year's: carry-over (本年「二、上年结转」 equals last
 * year's 「四、结转下年度继续办理」) and documents-in-force (现行有效 ≈ last year's 现行有效 +
 * 本年制发 − 本年废止). They run only when last year's report is for year N−1; a report of
 * another year is no reference for either.
 */
import { APPLICANT_COLUMN_IDS, MATRIX_COLUMNS, type MatrixColumnId } from '../matrix/matrix-table';
import { DOCUMENT_KINDS, PROACTIVE_CELLS } from '../report/proactive-table';
import type { Report } from '../report/report-schema';
import type { Finding } from './finding';
import { at, formatNumber, makeFinding } from './make-finding';

function columnLabel(column: MatrixColumnId): string {
  return MATRIX_COLUMNS.find((c) => c.id === column)?.label ?? column;
}

/** True when `previous` is the report of the year before `report`'s. */
export function isPreviousYear(
  report: Report,
  previous: Report | null | undefined,
): previous is Report {
  return previous !== null && previous !== undefined && previous.year === report.year - 1;
}

/**
 * carry-over, per column. The 总计 column is compared only when every applicant column agrees,
 * so one wrong applicant column gives one warning, not two.
 */
export function checkCarryOver(report: Report, previous: Report | null | undefined): Finding[] {
  if (!isPreviousYear(report, previous)) return [];
  const findings: Finding[] = [];
  const compare = (column: MatrixColumnId): void => {
    const now = report.requests.carriedOver[column];
    const before = previous.requests.carriedForward[column];
    if (now === null || before === null || now === before) return;
    findings.push(
      makeFinding(
        'carry-over',
        at.requests('carriedOver', column),
        `${columnLabel(column)}列：本年“二、上年结转”为${formatNumber(now)}件，${previous.year}年报告“四、结转下年度继续办理”为${formatNumber(before)}件`,
      ),
    );
  };
  for (const column of APPLICANT_COLUMN_IDS) compare(column);
  if (findings.length === 0) compare('total');
  return findings;
}

/** documents-in-force for 规章 and 行政规范性文件. Revisions can break it, hence only advice. */
export function checkDocumentsInForce(
  report: Report,
  previous: Report | null | undefined,
): Finding[] {
  if (!isPreviousYear(report, previous)) return [];
  const findings: Finding[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const { issued, repealed, inForce } = report.proactive[kind];
    const before = previous.proactive[kind].inForce;
    if (issued === null || repealed === null || inForce === null || before === null) continue;
    const expected = before + issued - repealed;
    if (expected === inForce) continue;
    const name = PROACTIVE_CELLS.find((c) => c.id === `${kind}.inForce`)?.row ?? kind;
    findings.push(
      makeFinding(
        'documents-in-force',
        at.proactive(`${kind}.inForce`),
        `${name}：现行有效${formatNumber(inForce)}件，按上年现行有效${formatNumber(before)}件+本年制发${formatNumber(issued)}件−本年废止${formatNumber(repealed)}件应约为${formatNumber(expected)}件；如有修订或清理请核实`,
        { related: [at.proactive(`${kind}.issued`), at.proactive(`${kind}.repealed`)] },
      ),
    );
  }
  return findings;
}
