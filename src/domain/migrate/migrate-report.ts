/**
 * Every boundary (IndexedDB reads, JSON imports, parsed text) passes a report through
 * `migrateReport` and then the zod schema. Each past schema version has one named step that
 * turns it into the next; versions are never skipped.
 */
import { SCHEMA_VERSION } from '../report/report-schema';

/** A step from version `from` to `from + 1`. */
interface Migration {
  readonly from: number;
  /** What changed, for the record. */
  readonly description: string;
  readonly run: (report: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The migrations, in order. Version 1 is the first released shape, so none exists yet; a
 * version 2 adds `{ from: 1, description, run }` here.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrateResult =
  | { ok: true; report: Record<string, unknown>; migratedFrom: number }
  | { ok: false; message: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a report saved or exported by any past schema version to the current shape.
 * It does not validate: call `reportSchema.safeParse` on the result.
 */
export function migrateReport(raw: unknown, schemaVersion: unknown): MigrateResult {
  if (!isPlainObject(raw)) return { ok: false, message: '报告内容不是一个对象' };
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { ok: false, message: `无法识别的格式版本：${String(schemaVersion)}` };
  }
  if (schemaVersion > SCHEMA_VERSION) {
    return {
      ok: false,
      message: `此文件由较新版本的年报生成（格式版本 ${schemaVersion}），当前版本只能读取到 ${SCHEMA_VERSION}，请更新应用后再试`,
    };
  }
  let report = raw;
  for (let version = schemaVersion; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) return { ok: false, message: `缺少从版本 ${version} 升级的步骤` };
    report = step.run(report);
  }
  return { ok: true, report, migratedFrom: schemaVersion };
}
