/**
 * The one form model of the editor: the whole report, validated for shape by the zod schema.
 * Whatever the form holds, the draft handed to storage is always a valid report: a malformed
 * field (an unfinished date, a year with letters) keeps its last valid value in the draft while
 * the form shows the user's text and a Chinese message at the field, so nothing typed is lost
 * from the screen and nothing malformed is saved.
 */
import { createContext, useContext } from 'react';
import type { z } from 'zod';
import { reportSchema, type Report } from '@/domain/report/report-schema';

/** What the form holds: the schema's input (a default may still be missing). */
export type ReportFormValues = z.input<typeof reportSchema>;

/** Why a change happened; storage takes a history snapshot before bulk changes. */
export type ChangeReason = 'edit' | 'paste' | 'insert' | 'acknowledge';

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

function getAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

function setAt(value: unknown, path: readonly PropertyKey[], next: unknown): void {
  const parent = getAt(value, path.slice(0, -1));
  const key = path.at(-1);
  if (isRecord(parent) && key !== undefined) parent[key] = next;
}

/** Structural equality of plain form data (objects, arrays, strings, numbers incl. NaN, null). */
export function sameFormData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isRecord(a) || !isRecord(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && sameFormData(a[key], b[key]));
}

/** The dotted form path of a zod issue path, e.g. `signature.date`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** A malformed value: its dotted form path (e.g. `year`) and the schema's Chinese message. */
export interface ShapeIssue {
  path: string;
  message: string;
  /** What the draft holds meanwhile, said to the user. */
  meanwhile: string;
}

const KEPT_LAST_VALID = '尚未保存，草稿中仍为上一次的有效值';

export interface FormReading {
  /** A valid report: the form's values, with malformed ones replaced by `lastValid`'s. */
  report: Report;
  /** The malformed values, one per path. */
  issues: ShapeIssue[];
}

/** Reads the form's values as a valid report (see the module comment). */
export function readReport(values: ReportFormValues, lastValid: Report): FormReading {
  const parsed = reportSchema.safeParse(values);
  if (parsed.success) return { report: parsed.data, issues: [] };
  const issues = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const path = issuePath(issue.path);
    if (!issues.has(path)) issues.set(path, issue.message);
  }
  const patched: unknown = structuredClone(values);
  for (const issue of parsed.error.issues) {
    setAt(patched, issue.path, structuredClone(getAt(lastValid, issue.path)));
  }
  const again = reportSchema.safeParse(patched);
  return {
    report: again.success ? again.data : lastValid,
    issues: [...issues].map(([path, message]) => ({ path, message, meanwhile: KEPT_LAST_VALID })),
  };
}

/**
 * Lets a step say why its next change happens (a paste into 表三, a standard sentence
 * inserted) before making it; the editor passes the reason on with the change.
 */
export const ChangeReasonContext = createContext<(reason: ChangeReason, apply: () => void) => void>(
  (_reason, apply) => apply(),
);

export function useWithChangeReason() {
  return useContext(ChangeReasonContext);
}
