/**
 * The guided editor of one report: a step list beside the current step, one form model for the
 * whole report (`useReportDraft`), and the consistency rules run once per change and shown as
 * findings where they point. Every change leaves as a whole valid draft through `onChange`;
 * the container persists it. The URL is the container's: the editor asks for steps through
 * `onStepChange` and is told the step and the field to focus.
 */
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';
import { FormProvider } from 'react-hook-form';
import { checkReport } from '@/domain/checks/check-report';
import { locationPath, type Finding } from '@/domain/checks/finding';
import { draftDisplayName, type Draft } from '@/domain/report/draft-schema';
import { NARRATIVE_SECTION_IDS, type NarrativeSectionId } from '@/domain/report/sections';
import type { WizardStepId } from '@/ui/wizard-steps';
import { BasicsStep } from './basics-step';
import type { FindingActions, FindingLinks } from './finding-list';
import { focusReportPathWhenReady } from './focus-report-path';
import { NarrativeStep } from './narrative-step';
import { ChangeReasonContext, type ChangeReason } from './report-form';
import { ReviewStep } from './review-step';
import { StepList } from './step-list';
import { StepPager } from './step-pager';
import { stepOfFinding, stepOfPath, summarizeSteps } from './step-status';
import { ProactiveStep, RequestsStep, ReviewLitigationStep } from './table-steps';
import { useReportDraft } from './use-report-draft';
import { WIZARD_STEP_IDS, stepLabel } from './wizard-step-ids';
import './report-editor.css';

export type { ChangeReason };

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

function isNarrativeStep(step: WizardStepId): step is NarrativeSectionId {
  return NARRATIVE_SECTION_IDS.some((id) => id === step);
}

const FORM_FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The container's callbacks, read when called (see `ReportEditor`). */
type EditorCallbacks = Pick<
  ReportEditorProps,
  'onChange' | 'onFlush' | 'onStepChange' | 'stepHref'
>;

/**
 * The editor. Its callbacks are read from the latest props when called, so a container that
 * re-renders with new callback objects and nothing else (its save status changed, say) does not
 * re-render the editor: only a new draft, step, focus or read-only state does.
 */
export function ReportEditor(props: ReportEditorProps) {
  const latestProps = useRef<EditorCallbacks>(props);
  useLayoutEffect(() => {
    latestProps.current = props;
  });
  const callbacks = useMemo<Required<EditorCallbacks>>(
    () => ({
      onChange: (next, reason) => latestProps.current.onChange(next, reason),
      onFlush: () => latestProps.current.onFlush(),
      onStepChange: (step, focus) => latestProps.current.onStepChange(step, focus),
      stepHref: (step, focus) => latestProps.current.stepHref?.(step, focus) ?? '',
    }),
    [],
  );
  return (
    <ReportEditorBody
      draft={props.draft}
      step={props.step}
      focus={props.focus}
      readOnly={props.readOnly}
      hasHrefs={props.stepHref !== undefined}
      callbacks={callbacks}
    />
  );
}

interface ReportEditorBodyProps extends Pick<
  ReportEditorProps,
  'draft' | 'step' | 'focus' | 'readOnly'
> {
  /** Whether the container gives step addresses (`stepHref`). */
  hasHrefs: boolean;
  callbacks: Required<EditorCallbacks>;
}

const ReportEditorBody = memo(function ReportEditorBody(props: ReportEditorBodyProps) {
  const { step, focus, readOnly, callbacks, hasHrefs } = props;
  const previousYear = props.draft.previousYear;
  const { form, current, withReason, shapeIssues, textsProps, publish } = useReportDraft(
    props.draft,
    callbacks.onChange,
  );

  const report = current.report;
  const acknowledgements = current.acknowledgements;

  // The rules run once per change of the report, never per render. The grid marks its cells
  // from `findings` in the keystroke's own render; the lists of findings and the steps'
  // statuses follow in a render of their own right after (useDeferredValue), so that a
  // keystroke does not wait for them.
  const findings = useMemo(() => checkReport(report, { previousYear }), [report, previousYear]);
  const listedFindings = useDeferredValue(findings);
  const listedReport = useDeferredValue(report);
  const statuses = useMemo(
    () =>
      summarizeSteps({
        report: listedReport,
        findings: listedFindings,
        acknowledgements,
        shapeErrorPaths: shapeIssues.map((i) => i.path),
      }),
    [listedReport, listedFindings, acknowledgements, shapeIssues],
  );
  const stepFindings = useMemo(
    () => listedFindings.filter((f) => stepOfFinding(f) === step),
    [listedFindings, step],
  );

  const actions: FindingActions = useMemo(
    () => ({
      acknowledgements,
      readOnly,
      onAcknowledge: (finding: Finding, reason: string) =>
        publish(
          (draft) => ({
            ...draft,
            acknowledgements: {
              ...draft.acknowledgements,
              [finding.key]: { reason, at: new Date().toISOString() },
            },
          }),
          'acknowledge',
        ),
      onRevoke: (finding: Finding) =>
        publish(
          (draft) => ({
            ...draft,
            acknowledgements: Object.fromEntries(
              Object.entries(draft.acknowledgements).filter(([key]) => key !== finding.key),
            ),
          }),
          'acknowledge',
        ),
    }),
    [acknowledgements, readOnly, publish],
  );

  const goTo = useCallback(
    (target: WizardStepId, path: string | null = null) => callbacks.onStepChange(target, path),
    [callbacks],
  );
  const hrefOf = useCallback(
    (target: WizardStepId, path: string | null = null) =>
      hasHrefs ? callbacks.stepHref(target, path) : undefined,
    [callbacks, hasHrefs],
  );
  const links: FindingLinks = useMemo(
    () => ({
      href: (finding) => hrefOf(stepOfFinding(finding), locationPath(finding.location)),
      go: (finding) => goTo(stepOfFinding(finding), locationPath(finding.location)),
    }),
    [goTo, hrefOf],
  );

  // Arrival: focus the field a review link points at; otherwise, on a change of step, the
  // step's heading, so that keyboard and screen-reader users start at the top of the step.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    const changed = shownStep.current !== step;
    shownStep.current = step;
    if (focus) return focusReportPathWhenReady(focus);
    if (changed) {
      heading.current?.focus({ preventScroll: true });
      heading.current?.scrollIntoView?.({ block: 'nearest' });
    }
    return undefined;
  }, [step, focus]);

  const headingId = 'editor-step-heading';
  const index = WIZARD_STEP_IDS.indexOf(step);

  let body: ReactNode;
  const tableProps = {
    report,
    allFindings: findings,
    findings: stepFindings,
    actions,
    links,
    readOnly,
  };
  if (step === 'basics') {
    body = (
      <BasicsStep report={report} findings={stepFindings} actions={actions} readOnly={readOnly} />
    );
  } else if (isNarrativeStep(step)) {
    body = (
      <NarrativeStep
        key={step}
        section={step}
        headingId={headingId}
        report={report}
        previousYear={previousYear}
        findings={stepFindings}
        actions={actions}
        readOnly={readOnly}
      />
    );
  } else if (step === 'proactive') {
    body = <ProactiveStep {...tableProps} {...textsProps('proactive')} />;
  } else if (step === 'requests') {
    body = <RequestsStep {...tableProps} {...textsProps('requests')} />;
  } else if (step === 'reviewLitigation') {
    body = <ReviewLitigationStep {...tableProps} {...textsProps('reviewLitigation')} />;
  } else {
    body = (
      <ReviewStep
        draft={current}
        findings={findings}
        shapeIssues={shapeIssues}
        actions={actions}
        links={links}
        goToPath={(path) => goTo(stepOfPath(path), path)}
        hrefOfPath={(path) => hrefOf(stepOfPath(path), path)}
        onDraftChange={(next) => publish((draft) => ({ ...next, report: draft.report }), 'edit')}
      />
    );
  }

  return (
    <ChangeReasonContext value={withReason}>
      <FormProvider {...form}>
        <div className={`report-editor${readOnly ? ' is-read-only' : ''}`}>
          {/* The header shows the name already; the heading is there for the page outline. */}
          <h1 className="visually-hidden">{draftDisplayName(current)}</h1>
          <div className="editor-layout">
            <StepList current={step} statuses={statuses} hrefOf={hrefOf} onGo={goTo} />
            <section
              className="editor-step"
              aria-labelledby={headingId}
              onBlur={(event) => {
                if (FORM_FIELD_TAGS.has(event.target.tagName)) callbacks.onFlush();
              }}
            >
              <header className="editor-step-head">
                <p className="editor-step-count">
                  第 {index + 1} 步 / 共 {WIZARD_STEP_IDS.length} 步
                </p>
                <h2 id={headingId} ref={heading} tabIndex={-1}>
                  {stepLabel(step)}
                </h2>
              </header>
              {body}
              <StepPager step={step} onGo={goTo} />
            </section>
          </div>
        </div>
      </FormProvider>
    </ChangeReasonContext>
  );
});
