/**
 * 审核与导出: every finding of the report, grouped by the step where it is fixed (in step order),
 * each linking to its field or cell; warnings acknowledged here with a reason; then export.
 */
import { describeLocation } from '@/domain/checks/describe-location';
import type { Finding, Severity } from '@/domain/checks/finding';
import type { Draft } from '@/domain/report/draft-schema';
import { ExportPanel } from '@/ui/export/export-panel';
import { FindingList, type FindingActions, type FindingLinks } from './finding-list';
import { locationOfPath } from './location-of-path';
import type { ShapeIssue } from './report-form';
import { isAcknowledged, stepOfFinding, stepOfPath } from './step-status';
import { WIZARD_STEP_IDS, stepLabel, type WizardStepId } from './wizard-step-ids';

export interface ReviewStepProps {
  draft: Draft;
  findings: Finding[];
  shapeIssues: readonly ShapeIssue[];
  actions: FindingActions;
  links: FindingLinks;
  /** Goes to a malformed field. */
  goToPath: (path: string) => void;
  hrefOfPath: (path: string) => string | undefined;
  onDraftChange: (next: Draft) => void;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function ShapeIssueItem(props: {
  issue: ShapeIssue;
  go: (path: string) => void;
  href: string | undefined;
}) {
  const { issue, go, href } = props;
  const location = locationOfPath(issue.path);
  const place = location ? describeLocation(location) : issue.path;
  return (
    <li className="finding finding-error">
      <p className="finding-head">
        <span className="finding-severity">错误</span>
        <span className="finding-rule">格式错误</span>
        <a
          className="finding-place"
          href={href ?? '#'}
          aria-label={`转到 ${place}`}
          onClick={(event) => {
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            go(issue.path);
          }}
        >
          {place}
        </a>
      </p>
      <p className="finding-message">
        {issue.message}（{issue.meanwhile}）
      </p>
    </li>
  );
}

export function ReviewStep(props: ReviewStepProps) {
  const { draft, findings, shapeIssues, actions, links } = props;
  const errors = findings.filter((f) => f.severity === 'error').length + shapeIssues.length;
  const warnings = findings.filter((f) => f.severity === 'warning');
  const acknowledged = warnings.filter((f) => isAcknowledged(f, actions.acknowledgements)).length;
  const infos = findings.filter((f) => f.severity === 'info').length;

  const groups = WIZARD_STEP_IDS.map((step: WizardStepId) => ({
    step,
    issues: shapeIssues.filter((issue) => stepOfPath(issue.path) === step),
    findings: findings
      .filter((f) => stepOfFinding(f) === step)
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
  })).filter((group) => group.issues.length > 0 || group.findings.length > 0);

  return (
    <div className="review-step">
      <section className="review-summary" aria-labelledby="review-summary-title">
        <h3 id="review-summary-title">核对结果</h3>
        <ul>
          <li className={errors > 0 ? 'sum sum-error' : 'sum sum-ok'}>
            错误 {errors} 项（须全部修正才能正式导出）
          </li>
          <li className={warnings.length > acknowledged ? 'sum sum-warning' : 'sum sum-ok'}>
            警告 {warnings.length} 项（已确认 {acknowledged} 项）
          </li>
          <li className="sum sum-info">提示 {infos} 项</li>
        </ul>
        {groups.length === 0 ? (
          <p className="review-clean">未发现问题。</p>
        ) : (
          <p className="field-hint">
            点击位置可直接转到相应的栏目或单元格修改。警告如经核实无误，可填写理由后「确认」。
          </p>
        )}
      </section>
      {groups.map((group) => (
        <section
          key={group.step}
          className="review-group"
          aria-labelledby={`review-group-${group.step}`}
        >
          <h3 id={`review-group-${group.step}`}>{stepLabel(group.step)}</h3>
          {group.issues.length > 0 && (
            <ul className="finding-list" aria-label={`${stepLabel(group.step)}的格式错误`}>
              {group.issues.map((issue) => (
                <ShapeIssueItem
                  key={`shape@${issue.path}`}
                  issue={issue}
                  go={props.goToPath}
                  href={props.hrefOfPath(issue.path)}
                />
              ))}
            </ul>
          )}
          <FindingList
            findings={group.findings}
            actions={actions}
            links={links}
            label={`${stepLabel(group.step)}的检查结果`}
          />
        </section>
      ))}
      <div className="review-export">
        <ExportPanel draft={draft} findings={findings} onDraftChange={props.onDraftChange} />
      </div>
    </div>
  );
}
