/**
 * The editor's state: the one react-hook-form model of the report (the schema's resolver, shape
 * only), the draft as last handed out, and the reason of each change. Every change of the form's
 * values becomes one whole, valid draft with derived totals computed, passed to `onChange`;
 * the container persists it (nothing is stored here).
 *
 * A keystroke changes one value, so the next draft shares every unchanged part with the last
 * one (the same objects: the other sections, the other rows of a table). Views memoised by
 * reference then skip all that did not change, and the report is parsed only where it did.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { computePartTotals, computeTotals } from '@/domain/matrix/compute-totals';
import type { Draft } from '@/domain/report/draft-schema';
import type { Report } from '@/domain/report/report-schema';
import type { CellTexts } from '@/ui/tables/use-table-editing';
import { refusedCellIssues } from './refused-cells';
import {
  createReportReader,
  partOfFieldName,
  REPORT_PARTS,
  reportResolver,
  type ReportPart,
  type ChangeReason,
  type ReportFormValues,
  type ShapeIssue,
} from './report-form';
import { shareStructure } from '@/ui/share-structure';
import type { TableName } from './table-steps';

function cellTextsOfDraft(draft: Draft): Record<TableName, CellTexts> {
  const saved = (table: TableName): CellTexts =>
    new Map(Object.entries(draft.cellTexts?.[table] ?? {}));
  return {
    proactive: saved('proactive'),
    requests: saved('requests'),
    reviewLitigation: saved('reviewLitigation'),
  };
}

/** `issues` with those of `part` replaced by `partIssues`, in the report's order of parts. */
function replacePartIssues(
  issues: readonly ShapeIssue[],
  part: ReportPart,
  partIssues: readonly ShapeIssue[],
): ShapeIssue[] {
  const others = issues.filter((issue) => partOfFieldName(issue.path) !== part);
  const order = (issue: ShapeIssue) => REPORT_PARTS.indexOf(partOfFieldName(issue.path) ?? part);
  return [...others, ...partIssues].sort((a, b) => order(a) - order(b));
}

function sameIssues(a: readonly ShapeIssue[], b: readonly ShapeIssue[]): boolean {
  return (
    a.length === b.length &&
    a.every((issue, i) => issue.path === b[i]?.path && issue.message === b[i]?.message)
  );
}

export function useReportDraft(
  initial: Draft,
  onChange: (next: Draft, reason: ChangeReason) => void,
) {
  // One reader for the form's validation and the drafts handed on: both parse only what changed.
  const [reader] = useState(createReportReader);
  const resolver = useMemo(() => reportResolver(reader), [reader]);
  const form = useForm<ReportFormValues, unknown, Report>({
    resolver,
    defaultValues: initial.report,
    mode: 'onChange',
  });
  const { subscribe } = form;

  // The draft as last handed out: the editor's own source of truth after mount.
  const [current, setCurrent] = useState<Draft>(() => ({
    ...initial,
    report: computeTotals(initial.report),
  }));
  const currentRef = useRef(current);

  /** Hands on the next draft, made from the latest one (not from a stale render's). */
  const publish = useCallback(
    (make: (draft: Draft) => Draft, reason: ChangeReason) => {
      const next = make(currentRef.current);
      currentRef.current = next;
      setCurrent(next);
      onChange(next, reason);
    },
    [onChange],
  );

  // Why the next form change happens; set around a paste or an insertion, 'edit' otherwise.
  const pendingReason = useRef<ChangeReason>('edit');
  const withReason = useCallback((reason: ChangeReason, apply: () => void) => {
    pendingReason.current = reason;
    try {
      apply();
    } finally {
      pendingReason.current = 'edit';
    }
  }, []);

  // One pass per change of the form's values: read them as a valid report, compute the
  // totals and hand the draft on. A change the form names (a field, a table) is read in its
  // part of the report only: the other parts keep their objects without being looked at.
  // Blur and validation also notify subscribers: what changes neither the report nor its
  // malformed fields is not an edit and is not handed on.
  const [fieldIssues, setFieldIssues] = useState<ShapeIssue[]>([]);
  const lastIssues = useRef<ShapeIssue[]>([]);
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          const last = currentRef.current.report;
          const part = partOfFieldName(name);
          let report: Report;
          let issues: ShapeIssue[];
          if (part) {
            const reading = reader.readPart(part, values, last);
            const shared = shareStructure(computePartTotals(part, reading.value), last[part]);
            report = shared === last[part] ? last : { ...last, [part]: shared };
            issues = replacePartIssues(lastIssues.current, part, reading.issues);
          } else {
            const reading = reader.read(values, last);
            report = shareStructure(computeTotals(reading.report), last);
            issues = reading.issues;
          }
          const sameShape = sameIssues(lastIssues.current, issues);
          if (report === last && sameShape) return;
          if (!sameShape) {
            lastIssues.current = issues;
            setFieldIssues(issues);
          }
          publish((draft) => ({ ...draft, report }), pendingReason.current);
        },
      }),
    [subscribe, publish, reader],
  );

  // Cell texts the tables keep as typed, per table, held here so that leaving a step keeps them
  // and saved with the draft so that a reload keeps them too.
  const [cellTexts, setCellTexts] = useState<Record<TableName, CellTexts>>(() =>
    cellTextsOfDraft(initial),
  );
  // One stable callback per table, so that a table editor given the same texts skips a render.
  const textsChanged = useMemo(() => {
    const changed = (table: TableName) => (texts: CellTexts) => {
      setCellTexts((all) => ({ ...all, [table]: texts }));
      publish(
        (draft) => ({
          ...draft,
          cellTexts: { ...draft.cellTexts, [table]: Object.fromEntries(texts) },
        }),
        'edit',
      );
    };
    return {
      proactive: changed('proactive'),
      requests: changed('requests'),
      reviewLitigation: changed('reviewLitigation'),
    } satisfies Record<TableName, (texts: CellTexts) => void>;
  }, [publish]);
  const textsProps = useCallback(
    (table: TableName) => ({ texts: cellTexts[table], onTextsChange: textsChanged[table] }),
    [cellTexts, textsChanged],
  );

  /** Malformed fields and refused cell texts: what the user typed that is not in the report. */
  const shapeIssues = useMemo(
    () => [...fieldIssues, ...refusedCellIssues(Object.values(cellTexts))],
    [fieldIssues, cellTexts],
  );

  return { form, current, publish, withReason, shapeIssues, textsProps };
}
