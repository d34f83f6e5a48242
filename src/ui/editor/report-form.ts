/**
 * The one form model of the editor: the whole report, validated for shape by the zod schema.
 * Whatever the form holds, the draft handed to storage is always a valid report: a malformed
 * field (an unfinished date, a year with letters) keeps its last valid value in the draft while
 * the form shows the user's text and a Chinese message at the field, so nothing typed is lost
 * from the screen and nothing malformed is saved.
 *
 * Reading runs on every keystroke, twice (the form's validation and the draft handed on), so a
 * `ReportReader` parses the report value by value and parses again only the values that changed
 * since it last saw them; every unchanged part keeps its earlier result, objects and all.
 */
import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import { createContext, useContext } from 'react';
import type { FieldError, Resolver } from 'react-hook-form';
import { ZodObject, type z } from 'zod';
import { reportSchema, type Report } from '@/domain/report/report-schema';
import { isPlainRecord, samePlainData } from '@/ui/share-structure';

/** What the form holds: the schema's input (a default may still be missing). */
export type ReportFormValues = z.input<typeof reportSchema>;

/** Why a change happened; storage takes a history snapshot before bulk changes. */
export type ChangeReason = 'edit' | 'paste' | 'insert' | 'acknowledge';

function getAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isPlainRecord(current)) return undefined;
    current = current[key];
  }
  return current;
}

function setAt(value: unknown, path: readonly PropertyKey[], next: unknown): void {
  const parent = getAt(value, path.slice(0, -1));
  const key = path.at(-1);
  if (isPlainRecord(parent) && key !== undefined) parent[key] = next;
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

type PartKey = keyof typeof reportSchema.shape;

// safe: the keys of the schema's own shape, listed in its order
const PART_KEYS = Object.keys(reportSchema.shape) as PartKey[];

/** The report's top-level keys, in the schema's order. */
export const REPORT_PARTS: readonly PartKey[] = PART_KEYS;

/** The schema's verdict on a whole report, its issues' paths from the report's root. */
export type ReportParse =
  { success: true; data: Report } | { success: false; issues: z.core.$ZodIssue[] };

/** A key of the report: one section, table or field at its top level. */
export type ReportPart = PartKey;

/** One part of the report read from the form, as `FormReading` reads the whole. */
export interface PartReading<K extends ReportPart = ReportPart> {
  value: Report[K];
  /** The part's malformed values (paths from the report's root). */
  issues: ShapeIssue[];
}

/** The part of the report a form field's dotted name lies in (`signature.date` → signature). */
export function partOfFieldName(name: string | undefined): ReportPart | null {
  if (!name) return null;
  const head = name.split('.', 1)[0];
  return PART_KEYS.find((key) => key === head) ?? null;
}

/** Reads form values part by part, remembering each part's last values and result. */
export interface ReportReader {
  /** The schema's verdict on `values`, as `reportSchema.safeParse` would give it. */
  parse: (values: ReportFormValues) => ReportParse;
  /** Reads the form's values as a valid report (see the module comment). */
  read: (values: ReportFormValues, lastValid: Report) => FormReading;
  /**
   * Reads one part only, as `read` reads each: for a change the form says is confined to that
   * part, the rest of the report is not looked at.
   */
  readPart: <K extends ReportPart>(
    key: K,
    values: ReportFormValues,
    lastValid: Report,
  ) => PartReading<K>;
}

/** One value's verdict: its output, valid only when there are no issues (paths from it). */
interface Verdict {
  data: unknown;
  issues: z.core.$ZodIssue[];
}

/**
 * What the reader remembers of one value of the report: for a plain object schema its keys'
 * nodes, for anything else (a cell, a text, a date) the value last parsed. The verdict object is
 * reused while nothing below it changed, so unchanged parts keep their output's identity.
 */
interface ParseNode {
  verdict: Verdict | null;
  /** The value last parsed by a leaf (a copy when it is an object). */
  input: unknown;
  keys: Map<string, ParseNode> | null;
  /**
   * For an object: its keys' verdicts that `verdict` was built from. A key's node may be parsed
   * on its own in between (`readPart`), so the object compares with these, not with what its
   * keys held when this parse began.
   */
  builtFrom: Verdict[] | null;
}

function newNode(): ParseNode {
  return { verdict: null, input: undefined, keys: null, builtFrom: null };
}

/**
 * A plain `z.object` (unknown keys stripped, no refinement of its own) checks only that its value
 * is an object and each key against its own schema: it can be parsed key by key.
 */
function plainObjectShape(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | null {
  if (!(schema instanceof ZodObject)) return null;
  const def = schema._zod.def;
  if (def.catchall !== undefined || (def.checks?.length ?? 0) > 0) return null;
  return schema.shape;
}

function parseNode(node: ParseNode, schema: z.ZodType, input: unknown): Verdict {
  const shape = plainObjectShape(schema);
  if (shape && isPlainRecord(input) && !Array.isArray(input)) {
    const keys = (node.keys ??= new Map());
    const built = node.builtFrom;
    let unchanged = node.verdict !== null && built !== null;
    const verdicts: [string, Verdict][] = [];
    for (const key of Object.keys(shape)) {
      const child = shape[key];
      if (!child) continue;
      let kid = keys.get(key);
      if (!kid) {
        kid = newNode();
        keys.set(key, kid);
      }
      const verdict = parseNode(kid, child, input[key]);
      if (verdict !== built?.[verdicts.length]) unchanged = false;
      verdicts.push([key, verdict]);
    }
    if (unchanged && node.verdict) return node.verdict;
    const data: Record<string, unknown> = {};
    const issues: z.core.$ZodIssue[] = [];
    for (const [key, verdict] of verdicts) {
      if (verdict.issues.length === 0) data[key] = verdict.data;
      for (const issue of verdict.issues) issues.push({ ...issue, path: [key, ...issue.path] });
    }
    node.verdict = { data, issues };
    node.builtFrom = verdicts.map(([, verdict]) => verdict);
    return node.verdict;
  }
  if (
    node.verdict &&
    node.keys === null &&
    (Object.is(input, node.input) || samePlainData(input, node.input))
  ) {
    return node.verdict;
  }
  const result = schema.safeParse(input);
  node.keys = null;
  node.builtFrom = null;
  node.input = isPlainRecord(input) ? structuredClone(input) : input;
  node.verdict = result.success
    ? { data: result.data, issues: [] }
    : { data: undefined, issues: result.error.issues };
  return node.verdict;
}

export function createReportReader(): ReportReader {
  // The report's tree of nodes, down to each cell and text: a keystroke parses one value again,
  // and compares the others with what they were (the form may change its objects in place, so
  // only plain values and copies are kept).
  const root = newNode();

  const parse = (values: ReportFormValues): ReportParse => {
    const verdict = parseNode(root, reportSchema, values);
    // safe: a verdict without issues holds the schema's output for the whole report
    if (verdict.issues.length === 0) return { success: true, data: verdict.data as Report };
    return { success: false, issues: verdict.issues };
  };

  const readPart = <K extends ReportPart>(
    key: K,
    values: ReportFormValues,
    lastValid: Report,
  ): PartReading<K> => {
    const part = valueAt(values, key);
    const kids = (root.keys ??= new Map());
    let node = kids.get(key);
    if (!node) {
      node = newNode();
      kids.set(key, node);
    }
    const verdict = parseNode(node, reportSchema.shape[key], part);
    // safe: a verdict without issues holds the output of this part's own schema
    if (verdict.issues.length === 0) return { value: verdict.data as Report[K], issues: [] };
    const issues = new Map<string, string>();
    for (const issue of verdict.issues) {
      const path = issuePath([key, ...issue.path]);
      if (!issues.has(path)) issues.set(path, issue.message);
    }
    // The part with each malformed value replaced by the last valid one.
    const lastPart = lastValid[key];
    let patched: unknown = structuredClone(part);
    for (const issue of verdict.issues) {
      if (issue.path.length === 0) patched = structuredClone(lastPart);
      else setAt(patched, issue.path, structuredClone(getAt(lastPart, issue.path)));
    }
    const again = reportSchema.shape[key].safeParse(patched);
    return {
      // safe: the part's own schema accepted it
      value: again.success ? (again.data as Report[K]) : lastPart,
      issues: [...issues].map(([path, message]) => ({ path, message, meanwhile: KEPT_LAST_VALID })),
    };
  };

  const read = (values: ReportFormValues, lastValid: Report): FormReading => {
    const whole = parse(values);
    if (whole.success) return { report: whole.data, issues: [] };
    const data: Record<string, unknown> = {};
    const issues: ShapeIssue[] = [];
    for (const key of PART_KEYS) {
      const part = readPart(key, values, lastValid);
      data[key] = part.value;
      issues.push(...part.issues);
    }
    return {
      // safe: every key of the schema's shape holds that key's parsed (or last valid) output
      report: data as Report,
      issues,
    };
  };

  return { parse, read, readPart };
}

function valueAt(values: unknown, key: PartKey): unknown {
  return isPlainRecord(values) ? values[key] : undefined;
}

/** Reads the form's values as a valid report (see the module comment). */
export function readReport(values: ReportFormValues, lastValid: Report): FormReading {
  return createReportReader().read(values, lastValid);
}

/**
 * The form's resolver: the schema's verdict through `reader`, so that the parts unchanged since
 * the reader last saw them are not parsed again. Messages and error types are the schema's, one
 * per field (the form's default criteria mode), nested by path as the form expects.
 */
export function reportResolver(reader: ReportReader): Resolver<ReportFormValues, unknown, Report> {
  return (values, _context, options) => {
    const parsed = reader.parse(values);
    if (parsed.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: parsed.data, errors: {} };
    }
    const errors: Record<string, FieldError> = Object.create(null);
    for (const issue of parsed.issues) {
      const path = issuePath(issue.path);
      errors[path] ??= { message: issue.message, type: issue.code };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
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
