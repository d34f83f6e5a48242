/**
 * What the step list shows for each step: 未开始 / 进行中 / 已完成, and how many errors and
 * (not yet acknowledged) warnings point into it.
 *
 * A step is 未开始 when nothing the user fills in it is filled, 已完成 when everything it
 * requires is filled and no error points into it, and 进行中 otherwise. Which fields count is
 * read from the declarations of the tables and sections, never listed again here.
 */
import { locationSection, type Finding, type FindingLocation } from '@/domain/checks/finding';
import { APPLICANT_COLUMN_IDS, MATRIX_ROWS } from '@/domain/matrix/matrix-table';
import type { Acknowledgement } from '@/domain/report/draft-schema';
import {
  DOCUMENT_COUNTS,
  DOCUMENT_KINDS,
  PROACTIVE_SCALARS,
} from '@/domain/report/proactive-table';
import type { Cell, Report } from '@/domain/report/report-schema';
import { REVIEW_GROUPS, REVIEW_PART_IDS } from '@/domain/report/review-table';
import { NARRATIVE_SECTION_IDS, SECTIONS, type NarrativeSectionId } from '@/domain/report/sections';
import { WIZARD_STEP_IDS, type WizardStepId } from './wizard-step-ids';

export type StepState = 'notStarted' | 'inProgress' | 'complete';

export const STEP_STATE_LABELS: Record<StepState, string> = {
  notStarted: '未开始',
  inProgress: '进行中',
  complete: '已完成',
};

export interface StepStatus {
  state: StepState;
  /** Error findings plus malformed fields (shape errors) in the step. */
  errors: number;
  /** Warnings not yet acknowledged. */
  warnings: number;
}

/** The wizard step where a finding's location is edited: fields live on 基本信息. */
export function stepOfLocation(location: FindingLocation): WizardStepId {
  return locationSection(location) ?? 'basics';
}

/** The step of a form path such as `signature.date` or `requests.granted.research`. */
export function stepOfPath(path: string): WizardStepId {
  const head = path.split('.')[0];
  return SECTIONS.find((s) => s.id === head)?.id ?? 'basics';
}

/** The step a finding belongs to, for grouping on 审核与导出. */
export function stepOfFinding(finding: Finding): WizardStepId {
  return stepOfLocation(finding.location);
}

/** True when a warning has been acknowledged with a reason. */
export function isAcknowledged(
  finding: Finding,
  acknowledgements: Readonly<Record<string, Acknowledgement>>,
): boolean {
  return finding.severity === 'warning' && finding.key in acknowledgements;
}

const filledText = (text: string) => text.trim() !== '';
const filledCell = (cell: Cell) => cell !== null;

/**
 * What 基本信息 asks for. 机关类别 and 报告年度 always hold a value, so they decide nothing;
 * 前言 and 本地要求的发布期限 are optional (many reports have no preamble, most places set no
 * earlier deadline) and only make the step 进行中 when filled.
 */
function basicsFilled(report: Report): { required: boolean[]; optional: boolean[] } {
  return {
    required: [
      filledText(report.agency),
      filledText(report.signature.agency),
      report.signature.date !== null,
      report.publishedAt !== null,
    ],
    optional: [filledText(report.preamble), report.localDeadline !== null],
  };
}

function proactiveCells(report: Report): Cell[] {
  const p = report.proactive;
  return [
    ...DOCUMENT_KINDS.flatMap((kind) => DOCUMENT_COUNTS.map((count) => p[kind][count])),
    ...PROACTIVE_SCALARS.map((id) => p[id]),
  ];
}

/** The typed cells of 表三 (derived 总计 column and （七）总计 row excluded). */
function requestCells(report: Report): Cell[] {
  return MATRIX_ROWS.filter((row) => !row.derived).flatMap((row) =>
    APPLICANT_COLUMN_IDS.map((column) => report.requests[row.id][column]),
  );
}

function reviewCells(report: Report): Cell[] {
  return REVIEW_GROUPS.flatMap((group) =>
    REVIEW_PART_IDS.map((column) => report.reviewLitigation[group.id][column]),
  );
}

function isNarrative(step: WizardStepId): step is NarrativeSectionId {
  return NARRATIVE_SECTION_IDS.some((id) => id === step);
}

/** [how many required things are filled, how many there are, anything at all filled]. */
function fillOf(step: Exclude<WizardStepId, 'review'>, report: Report): [number, number, boolean] {
  const count = (flags: boolean[]): [number, number, boolean] => {
    const filled = flags.filter(Boolean).length;
    return [filled, flags.length, filled > 0];
  };
  if (step === 'basics') {
    const { required, optional } = basicsFilled(report);
    const [filled, total] = count(required);
    return [filled, total, filled > 0 || optional.some(Boolean)];
  }
  if (isNarrative(step)) return count([filledText(report[step])]);
  if (step === 'proactive') return count(proactiveCells(report).map(filledCell));
  if (step === 'requests') return count(requestCells(report).map(filledCell));
  return count(reviewCells(report).map(filledCell));
}

export interface StepStatusInput {
  report: Report;
  findings: readonly Finding[];
  acknowledgements: Readonly<Record<string, Acknowledgement>>;
  /** Form paths whose value is malformed (shape errors), e.g. `year`. */
  shapeErrorPaths: readonly string[];
}

/** The status of every wizard step, in one pass over the findings. */
export function summarizeSteps(input: StepStatusInput): Record<WizardStepId, StepStatus> {
  const { report, findings, acknowledgements, shapeErrorPaths } = input;
  const errors = new Map<WizardStepId, number>();
  const warnings = new Map<WizardStepId, number>();
  const bump = (map: Map<WizardStepId, number>, step: WizardStepId) =>
    map.set(step, (map.get(step) ?? 0) + 1);
  for (const finding of findings) {
    const step = stepOfFinding(finding);
    if (finding.severity === 'error') bump(errors, step);
    else if (finding.severity === 'warning' && !isAcknowledged(finding, acknowledgements)) {
      bump(warnings, step);
    }
  }
  for (const path of shapeErrorPaths) bump(errors, stepOfPath(path));

  const result: Partial<Record<WizardStepId, StepStatus>> = {};
  let anyStarted = false;
  let allComplete = true;
  for (const id of WIZARD_STEP_IDS) {
    if (id === 'review') continue;
    const [filled, total, started] = fillOf(id, report);
    const stepErrors = errors.get(id) ?? 0;
    const state: StepState = !started
      ? 'notStarted'
      : filled === total && stepErrors === 0
        ? 'complete'
        : 'inProgress';
    anyStarted ||= started;
    allComplete &&= state === 'complete';
    result[id] = { state, errors: stepErrors, warnings: warnings.get(id) ?? 0 };
  }
  // 审核与导出 is done when every step is and no warning is left unacknowledged: the report
  // can then be exported as final. Its own counts stay empty; each problem is counted once, at
  // the step where it is fixed.
  const openWarnings = [...warnings.values()].reduce((a, b) => a + b, 0);
  result.review = {
    state: !anyStarted
      ? 'notStarted'
      : allComplete && openWarnings === 0
        ? 'complete'
        : 'inProgress',
    errors: 0,
    warnings: 0,
  };
  // safe: every WIZARD_STEPS id was assigned above (the loop plus `review`)
  return result as Record<WizardStepId, StepStatus>;
}
