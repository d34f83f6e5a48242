/**
 * The wizard's steps, in order: 基本信息, the six sections of the report, 审核与导出.
 * Section steps take their headings from the one section declaration.
 */
import { SECTIONS, type SectionId } from '@/domain/report/sections';

export interface WizardStepDef {
  /** Stable id, also the step's segment of the URL. */
  readonly id: string;
  /** Label in the step list. */
  readonly label: string;
  /** The report section the step edits, if any. */
  readonly section: SectionId | null;
}

export const WIZARD_STEPS: readonly WizardStepDef[] = [
  { id: 'basics', label: '基本信息', section: null },
  ...SECTIONS.map((s) => ({ id: s.id, label: s.heading, section: s.id })),
  { id: 'review', label: '审核与导出', section: null },
];

export type WizardStepId = 'basics' | SectionId | 'review';

export function isWizardStepId(value: string): value is WizardStepId {
  return WIZARD_STEPS.some((s) => s.id === value);
}
