/** The wizard's step ids in order, typed, and the neighbours of a step. */
import { WIZARD_STEPS, isWizardStepId, type WizardStepId } from '@/ui/wizard-steps';

export type { WizardStepId };

export const WIZARD_STEP_IDS: readonly WizardStepId[] = WIZARD_STEPS.map((s) => s.id).filter(
  isWizardStepId,
);

/** The label of a step in the step list (the template's heading for a section). */
export function stepLabel(step: WizardStepId): string {
  return WIZARD_STEPS.find((s) => s.id === step)?.label ?? step;
}

/** The step before and after `step`, or null at either end. */
export function stepNeighbours(step: WizardStepId): {
  previous: WizardStepId | null;
  next: WizardStepId | null;
} {
  const index = WIZARD_STEP_IDS.indexOf(step);
  return {
    previous: WIZARD_STEP_IDS[index - 1] ?? null,
    next: index < 0 ? null : (WIZARD_STEP_IDS[index + 1] ?? null),
  };
}
