/**
 * What is said under one field: its shape error (from the schema, e.g. 「日期格式应为
 * YYYY-MM-DD」) and the findings located at it, each with its acknowledgement.
 */
import { useFormContext, useFormState, type FieldPath } from 'react-hook-form';
import { locationPath, type Finding } from '@/domain/checks/finding';
import { FindingItem, type FindingActions } from './finding-list';
import type { ReportFormValues } from './report-form';

/** The shape error message of a form field, or undefined; re-renders only for that field. */
export function useFieldError(name: FieldPath<ReportFormValues>): string | undefined {
  const { control, getFieldState } = useFormContext<ReportFormValues>();
  const formState = useFormState({ control, name, exact: true });
  return getFieldState(name, formState).error?.message;
}

/** The ids a field's `aria-describedby` lists: its hint, then what is said under it. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/** The findings whose own location is `path` (related cells are the tables' business). */
export function findingsAt(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => locationPath(f.location) === path);
}

export interface FieldFeedbackProps {
  id: string;
  error: string | undefined;
  findings: readonly Finding[];
  actions: FindingActions;
}

export function FieldFeedback({ id, error, findings, actions }: FieldFeedbackProps) {
  if (!error && findings.length === 0) return null;
  return (
    <div id={id} className="field-feedback">
      {error && (
        <p className="field-error">
          <span className="visually-hidden">格式错误：</span>
          {error}
        </p>
      )}
      {findings.length > 0 && (
        <ul className="finding-list finding-list-compact">
          {findings.map((finding) => (
            <FindingItem key={finding.key} finding={finding} actions={actions} />
          ))}
        </ul>
      )}
    </div>
  );
}
