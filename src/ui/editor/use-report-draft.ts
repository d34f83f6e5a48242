/**
 * The editor's state: the one react-hook-form model of the report (zod resolver, shape only),
 * the draft as last handed out, and the reason of each change. Every change of the form's
 * values becomes one whole, valid draft with derived totals computed, passed to `onChange`;
 * the container persists it (nothing is stored here).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { computeTotals } from '@/domain/matrix/compute-totals';
import type { Draft } from '@/domain/report/draft-schema';
import { reportSchema, type Report } from '@/domain/report/report-schema';
import type { CellTexts } from '@/ui/tables/use-table-editing';
import { refusedCellIssues } from './refused-cells';
import {
  readReport,
  sameFormData,
  type ChangeReason,
  type ReportFormValues,
  type ShapeIssue,
} from './report-form';
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

export function useReportDraft(
  initial: Draft,
  onChange: (next: Draft, reason: ChangeReason) => void,
) {
  const form = useForm<ReportFormValues, unknown, Report>({
    resolver: zodResolver(reportSchema),
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
  // totals and hand the draft on. Blur and validation also notify subscribers; unchanged
  // values are skipped so that they do not count as edits.
  const [fieldIssues, setFieldIssues] = useState<ShapeIssue[]>([]);
  const lastValues = useRef<unknown>(structuredClone(initial.report));
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          if (sameFormData(values, lastValues.current)) return;
          lastValues.current = structuredClone(values);
          const reading = readReport(values, currentRef.current.report);
          setFieldIssues((old) =>
            old.length === 0 && reading.issues.length === 0 ? old : reading.issues,
          );
          publish(
            (draft) => ({ ...draft, report: computeTotals(reading.report) }),
            pendingReason.current,
          );
        },
      }),
    [subscribe, publish],
  );

  // Cell texts the tables keep as typed, per table, held here so that leaving a step keeps them
  // and saved with the draft so that a reload keeps them too.
  const [cellTexts, setCellTexts] = useState<Record<TableName, CellTexts>>(() =>
    cellTextsOfDraft(initial),
  );
  const textsProps = useCallback(
    (table: TableName) => ({
      texts: cellTexts[table],
      onTextsChange: (texts: CellTexts) => {
        setCellTexts((all) => ({ ...all, [table]: texts }));
        publish(
          (draft) => ({
            ...draft,
            cellTexts: { ...draft.cellTexts, [table]: Object.fromEntries(texts) },
          }),
          'edit',
        );
      },
    }),
    [cellTexts, publish],
  );

  /** Malformed fields and refused cell texts: what the user typed that is not in the report. */
  const shapeIssues = useMemo(
    () => [...fieldIssues, ...refusedCellIssues(Object.values(cellTexts))],
    [fieldIssues, cellTexts],
  );

  return { form, current, publish, withReason, shapeIssues, textsProps };
}
