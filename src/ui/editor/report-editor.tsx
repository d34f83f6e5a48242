// PLACEHOLDER (owned by the editor work): replaced by the full wizard.
import type { Draft } from '@/domain/report/draft-schema';
import type { WizardStepId } from '@/ui/wizard-steps';

/** Why a change happened; storage takes a history snapshot before bulk changes. */
export type ChangeReason = 'edit' | 'paste' | 'insert' | 'acknowledge';

export interface ReportEditorProps {
  /** The draft as loaded; the editor owns the live form state from here on. To replace it from
   * outside (another tab, a restore), the container remounts the editor with a new `key`. */
  draft: Draft;
  /** Every change, with the whole next draft (report with derived totals computed). */
  onChange: (next: Draft, reason: ChangeReason) => void;
  /** Called when the user leaves a field (blur): the container saves at once. */
  onFlush: () => void;
  step: WizardStepId;
  /**
   * Go to another step (a new history entry, so back returns). `focus` is the location path of
   * a field or cell to focus on arrival, from a review link; absent or null for plain steps.
   */
  onStepChange: (step: WizardStepId, focus?: string | null) => void;
  /**
   * The address of a step (and focus) for the links of the step list and review, so that they
   * are real links (open in a new tab, copy address). Without it links still work by click.
   */
  stepHref?: (step: WizardStepId, focus: string | null) => string;
  /** A location path (see `locationPath`) to focus on arrival, from a review link. */
  focus: string | null;
  /** True while another tab holds the draft: everything shown, nothing editable. */
  readOnly: boolean;
}

export function ReportEditor(props: ReportEditorProps) {
  return <p>{props.draft.report.agency}</p>;
}
