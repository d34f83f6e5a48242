/**
 * The step list, always visible: a left sidebar on wide screens, a collapsible block on top on
 * narrow ones. Each link's accessible name is exactly the step's label; its state and counts
 * are separate text that the link references as its description.
 */
import { memo, useId, useState, type MouseEvent } from 'react';
import { STEP_STATE_LABELS, type StepStatus } from './step-status';
import { WIZARD_STEP_IDS, stepLabel, type WizardStepId } from './wizard-step-ids';

export interface StepListProps {
  current: WizardStepId;
  statuses: Readonly<Record<WizardStepId, StepStatus>>;
  hrefOf: (step: WizardStepId) => string | undefined;
  onGo: (step: WizardStepId) => void;
}

function StepListView({ current, statuses, hrefOf, onGo }: StepListProps) {
  const [expanded, setExpanded] = useState(false);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const index = WIZARD_STEP_IDS.indexOf(current);

  const follow = (event: MouseEvent<HTMLAnchorElement>, step: WizardStepId) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    setExpanded(false);
    onGo(step);
  };

  return (
    <nav aria-label="报告步骤" className={`step-list${expanded ? ' is-expanded' : ''}`}>
      <button
        type="button"
        className="step-list-toggle"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setExpanded((v) => !v)}
      >
        第 {index + 1} 步 / 共 {WIZARD_STEP_IDS.length} 步：{stepLabel(current)}
        <span className="step-list-toggle-hint">{expanded ? '收起' : '全部步骤'}</span>
      </button>
      <ol id={listId}>
        {WIZARD_STEP_IDS.map((step) => {
          const status = statuses[step];
          const metaId = `${baseId}-${step}`;
          const isCurrent = step === current;
          // A step not started yet only has 「未填写」 warnings: its state says that already.
          const showWarnings = status.warnings > 0 && status.state !== 'notStarted';
          return (
            <li key={step} className={`step step-${status.state}${isCurrent ? ' is-current' : ''}`}>
              <a
                href={hrefOf(step) ?? `#${step}`}
                aria-current={isCurrent ? 'step' : undefined}
                aria-describedby={metaId}
                onClick={(event) => follow(event, step)}
              >
                {stepLabel(step)}
              </a>
              <span id={metaId} className="step-meta">
                <span className="step-state">{STEP_STATE_LABELS[status.state]}</span>
                {status.errors > 0 && (
                  <span className="badge badge-error">{status.errors}个错误</span>
                )}
                {showWarnings && (
                  <span className="badge badge-warning">{status.warnings}个警告</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function sameStatuses(a: StepListProps['statuses'], b: StepListProps['statuses']): boolean {
  return WIZARD_STEP_IDS.every((step) => {
    const x = a[step];
    const y = b[step];
    return x.state === y.state && x.errors === y.errors && x.warnings === y.warnings;
  });
}

/** Re-renders only when the current step or a status changes, not on every keystroke. */
export const StepList = memo(
  StepListView,
  (prev, next) =>
    prev.current === next.current &&
    prev.hrefOf === next.hrefOf &&
    prev.onGo === next.onGo &&
    sameStatuses(prev.statuses, next.statuses),
);
