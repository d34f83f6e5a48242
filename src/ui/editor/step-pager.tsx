/** 「上一步」「下一步」 at the foot of a step, naming where each leads. */
import { stepLabel, stepNeighbours, type WizardStepId } from './wizard-step-ids';

export interface StepPagerProps {
  step: WizardStepId;
  onGo: (step: WizardStepId) => void;
}

export function StepPager({ step, onGo }: StepPagerProps) {
  const { previous, next } = stepNeighbours(step);
  return (
    <div className="step-pager">
      {previous && (
        <div className="step-pager-item">
          <button type="button" onClick={() => onGo(previous)} aria-describedby="pager-previous">
            上一步
          </button>
          <span id="pager-previous" className="step-pager-target">
            {stepLabel(previous)}
          </span>
        </div>
      )}
      {next && (
        <div className="step-pager-item step-pager-next">
          <span id="pager-next" className="step-pager-target">
            {stepLabel(next)}
          </span>
          <button
            type="button"
            className="primary"
            onClick={() => onGo(next)}
            aria-describedby="pager-next"
          >
            下一步
          </button>
        </div>
      )}
    </div>
  );
}
