/**
 * The published JSON Schema of the exchange format (`public/schema/report-v1.json`), generated
 * from the one zod schema so that it can never drift from what the app writes and reads
 * (`npm run schema` writes it; a unit test fails when the committed file is stale). Every
 * property carries its printed Chinese name, taken from the same declarations as the tables.
 */
import { z } from 'zod';
import { MATRIX_COLUMNS } from '../matrix/matrix-table';
import { describeReportPath } from './exchange-issues';
import { exchangeFileSchema } from './exchange';
import { cellSchema, matrixRowSchema, reviewRowSchema } from './report-schema';
import { REVIEW_COLUMNS } from './review-table';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds `describe(path)` as the description of every property below `node` that has none. */
function describeProperties(node: unknown, path: string[], describe: (path: string[]) => string) {
  if (!isObject(node) || !isObject(node.properties)) return;
  for (const [key, child] of Object.entries(node.properties)) {
    if (!isObject(child)) continue;
    const childPath = [...path, key];
    if (typeof child.description !== 'string') child.description = describe(childPath);
    describeProperties(child, childPath, describe);
  }
}

const ENVELOPE_DESCRIPTIONS = {
  format: '固定为 "nianbao.report"',
  schemaVersion: '格式版本，当前为 1',
  exportedAt: '导出时间（ISO 8601，含时区）',
  status: 'final：定稿（无错误、所有警告已确认、没有未填写的单元格）；draft：草稿',
  report: '报告内容',
} as const satisfies Record<keyof typeof exchangeFileSchema.shape, string>;

/** The JSON Schema (draft 2020-12) of an exchange file. */
export function exchangeJsonSchema(): JsonObject {
  const metadata = z.registry<z.core.JSONSchemaMeta>();
  metadata.add(exchangeFileSchema, {
    title: '政府信息公开工作年度报告（交换格式）',
    description:
      '按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制的一份年度报告。未填写的单元格为 null，定稿文件中没有 null；派生的总计已计算写出；日期为 YYYY-MM-DD；正文是纯文字，段落之间空一行。',
  });
  metadata.add(cellSchema, {
    id: 'cell',
    description: '一个单元格：数字（件数为不小于0的整数，收费金额以万元计），未填写为 null',
  });
  metadata.add(matrixRowSchema, {
    id: 'matrixRow',
    description: '表三的一行：申请人情况各列及总计（总计为前六列之和）',
  });
  metadata.add(reviewRowSchema, {
    id: 'reviewRow',
    description: '表四的一组：结果维持、结果纠正、其他结果、尚未审结及总计（总计为前四项之和）',
  });
  const schema: JsonObject = z.toJSONSchema(exchangeFileSchema, {
    target: 'draft-2020-12',
    io: 'output',
    metadata,
  });

  describeProperties(schema, [], ([head, ...rest]) =>
    head === 'report' && rest.length > 0
      ? describeReportPath(rest)
      : (Object.entries(ENVELOPE_DESCRIPTIONS).find(([key]) => key === head)?.[1] ?? ''),
  );
  const defs = isObject(schema.$defs) ? schema.$defs : {};
  describeProperties(
    defs.matrixRow,
    [],
    ([id]) => MATRIX_COLUMNS.find((c) => c.id === id)?.label ?? '',
  );
  describeProperties(
    defs.reviewRow,
    [],
    ([id]) => REVIEW_COLUMNS.find((c) => c.id === id)?.label ?? '',
  );
  return schema;
}
