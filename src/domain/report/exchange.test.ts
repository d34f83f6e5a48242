import { afterEach, describe, expect, it } from 'vitest';
import { fullSampleReport } from '../document/full-sample-report';
import { hostileReport } from '../document/hostile-text';
import { createEmptyReport } from './empty-report';
import {
  createExchangeFile,
  MAX_EXCHANGE_FILE_BYTES,
  readExchangeFile,
  serializeExchangeFile,
  unfilledCellPaths,
  type ReadExchangeResult,
} from './exchange';
import { reportSchema, type Report } from './report-schema';
import seedJson from '../test-fixtures/seed-xiangxiang-xinfang-2022.report.json';

const NOW = new Date('2024-01-20T08:00:00.000Z');

function exported(report: Report, status: 'final' | 'draft' = 'final'): string {
  return serializeExchangeFile(createExchangeFile(report, { status, now: NOW }));
}

/** An exported file as a plain object, to be broken one field at a time. */
function envelope(report: Report = fullSampleReport()): Record<string, unknown> {
  const parsed: unknown = JSON.parse(exported(report));
  if (!isObject(parsed)) throw new Error('an export is an object');
  return parsed;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The object at `path` inside `root`. */
function at(root: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  let node: unknown = root;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  if (!isObject(node)) throw new Error(`nothing at ${path.join('.')}`);
  return node;
}

/** Sets (or with `undefined`, deletes) the value at a dotted path. */
function put(root: Record<string, unknown>, dotted: string, value: unknown): void {
  const path = dotted.split('.');
  const key = path.pop() ?? '';
  const parent = at(root, path);
  if (value === undefined) Reflect.deleteProperty(parent, key);
  else parent[key] = value;
}

function refused(result: ReadExchangeResult) {
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

function accepted(result: ReadExchangeResult) {
  if (!result.ok)
    throw new Error(`expected the file to be read: ${result.message} ${result.details.join(' ')}`);
  return result;
}

afterEach(() => {
  // Nothing a file says may reach the prototypes every object shares.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('createExchangeFile', () => {
  it('writes the versioned envelope with the status and the time of export', () => {
    const file = createExchangeFile(fullSampleReport(), { status: 'final', now: NOW });
    expect(file).toMatchObject({
      format: 'nianbao.report',
      schemaVersion: 1,
      exportedAt: '2024-01-20T08:00:00.000Z',
      status: 'final',
    });
  });

  it('writes derived totals computed from their parts', () => {
    const report = fullSampleReport();
    report.requests.newReceived = { ...report.requests.newReceived, total: 999 };
    report.reviewLitigation.review = { ...report.reviewLitigation.review, total: null };
    const file = createExchangeFile(report, { status: 'draft', now: NOW });
    expect(file.report.requests.newReceived.total).toBe(122);
    expect(file.report.reviewLitigation.review.total).toBe(5);
  });
});

describe('round trip', () => {
  it.each([
    ['the full sample, final', fullSampleReport(), 'final'],
    ['an empty draft with every cell unfilled', createEmptyReport({ year: 2023 }), 'draft'],
    ['hostile text in every field', hostileReport(), 'draft'],
    ['the seed report (湘乡市信访局 2022)', reportSchema.parse(seedJson), 'final'],
  ] as const)('gives back %s field for field', (_name, report, status) => {
    const result = accepted(readExchangeFile(exported(report, status)));
    expect(result.report).toStrictEqual(report);
    expect(result.status).toBe(status);
    expect(result.warnings).toEqual([]);
  });

  it('reads a file saved with a byte order mark (Windows Notepad)', () => {
    expect(
      accepted(readExchangeFile(`\uFEFF${exported(fullSampleReport())}`)).report,
    ).toStrictEqual(fullSampleReport());
  });
});

describe('readExchangeFile keeps what the file says', () => {
  it('keeps a printed total that disagrees with its parts, and the checks report it', () => {
    const file = envelope();
    put(file, 'report.requests.newReceived.total', 999);
    const result = accepted(readExchangeFile(JSON.stringify(file)));
    expect(result.report.requests.newReceived.total).toBe(999);
    expect(result.findings.map((f) => f.rule)).toContain('matrix-row-total');
  });

  it('warns about keys it does not know and drops them', () => {
    const file = envelope();
    put(file, 'extra', 1);
    put(file, 'report.requests.newReceived.comment', '备注');
    const result = accepted(readExchangeFile(JSON.stringify(file)));
    expect(result.warnings).toEqual([
      '文件中有 2 项不属于报告格式，已忽略：report.requests.newReceived.comment、extra。',
    ]);
    expect(result.report.requests.newReceived).not.toHaveProperty('comment');
  });

  it('reads a file without status as a draft, saying so', () => {
    const file = envelope();
    put(file, 'status', undefined);
    const result = accepted(readExchangeFile(JSON.stringify(file)));
    expect(result.status).toBe('draft');
    expect(result.warnings).toEqual(['文件没有注明定稿状态（status），已按草稿导入。']);
  });

  it('warns when a file marked final has unfilled cells', () => {
    const file = envelope();
    put(file, 'report.requests.carriedOver.research', null);
    const result = accepted(readExchangeFile(JSON.stringify(file)));
    expect(result.warnings).toEqual([
      '文件标记为定稿，但有 1 个单元格未填写（如 表三 二、上年结转政府信息公开申请数量 / 科研机构）。',
    ]);
  });
});

describe('readExchangeFile refuses bad files, saying what and where', () => {
  it.each([
    [
      'research',
      'abc',
      '表三 一、本年新收政府信息公开申请数量 / 科研机构：应为数字，文件中是「abc」',
    ],
    [
      'research',
      '12',
      '表三 一、本年新收政府信息公开申请数量 / 科研机构：应为数字，文件中是「12」',
    ],
    ['research', true, '表三 一、本年新收政府信息公开申请数量 / 科研机构：应为数字，文件中是true'],
    [
      'research',
      [1],
      '表三 一、本年新收政府信息公开申请数量 / 科研机构：应为数字，文件中是一个列表',
    ],
    ['research', 1e13, '表三 一、本年新收政府信息公开申请数量 / 科研机构：数值过大'],
    ['research', -1e13, '表三 一、本年新收政府信息公开申请数量 / 科研机构：数值过大'],
  ])('a 表三 cell %s = %j', (column, value, detail) => {
    const file = envelope();
    put(file, `report.requests.newReceived.${column}`, value);
    const result = refused(readExchangeFile(JSON.stringify(file)));
    expect(result.message).toBe('文件中有 1 处不符合报告格式，未导入。');
    expect(result.details).toEqual([detail]);
  });

  it('a number too large for JSON numbers (1e400)', () => {
    const text = exported(fullSampleReport()).replace('"licensing": 1326', '"licensing": 1e400');
    expect(refused(readExchangeFile(text)).details).toEqual([
      '表二 行政许可 本年处理决定数量：数值过大',
    ]);
  });

  it('names every wrong place in words of the report', () => {
    const file = envelope();
    put(file, 'report.agency', 5);
    put(file, 'report.year', '2023');
    put(file, 'report.agencyKind', 'ministry');
    put(file, 'report.requests.carriedOver', undefined);
    put(file, 'report.reviewLitigation.litigationDirect.pending', 'x');
    put(file, 'report.signature.date', '2024/1/20');
    put(file, 'report.proactive.rules.issued', '一');
    put(file, 'report.overview', { text: '…' });
    expect(refused(readExchangeFile(JSON.stringify(file))).details).toEqual([
      '机关名称：应为文字，文件中是5',
      '机关类别：应为 department（县级以上人民政府部门） 或 government（县级以上地方人民政府）',
      '报告年度：应为数字，文件中是「2023」',
      '一、总体情况：应为文字，文件中是一组数据',
      '表二 规章 本年制发件数：应为数字，文件中是「一」',
      '表三 二、上年结转政府信息公开申请数量：缺少此项',
      '表四 行政诉讼 未经复议直接起诉 / 尚未审结：应为数字，文件中是「x」',
      '落款日期：日期格式应为 YYYY-MM-DD',
    ]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const file = envelope();
    for (const row of Object.values(at(file, ['report', 'requests']))) {
      if (isObject(row)) row.naturalPerson = 'x';
    }
    const result = refused(readExchangeFile(JSON.stringify(file)));
    expect(result.message).toBe('文件中有 25 处不符合报告格式，未导入。');
    expect(result.details).toHaveLength(21);
    expect(result.details.at(-1)).toBe('……另有 5 处');
  });

  it.each([
    ['', '文件是空的。'],
    ['[]', '这不是年报导出的报告文件：缺少格式标识 "format": "nianbao.report"。'],
    ['"nianbao.report"', '这不是年报导出的报告文件：缺少格式标识 "format": "nianbao.report"。'],
    ['null', '这不是年报导出的报告文件：缺少格式标识 "format": "nianbao.report"。'],
    ['{"format": "other"}', '这不是年报导出的报告文件：缺少格式标识 "format": "nianbao.report"。'],
  ])('not an exchange file: %j', (text, message) => {
    expect(refused(readExchangeFile(text)).message).toBe(message);
  });

  it('broken JSON, with line and column', () => {
    const text = exported(fullSampleReport()).replace('"year": 2023,', '"year": 2023,,');
    const result = refused(readExchangeFile(text));
    expect(result.message).toBe('文件不是有效的 JSON。');
    expect(result.details).toEqual(['第 9 行第 18 列：此处应为带英文双引号的名称，却是 「,」']);
  });

  it.each([
    [
      2,
      '格式版本（schemaVersion）：此文件由较新版本的年报生成（格式版本 2），当前版本只能读取到 1，请更新应用后再试',
    ],
    ['1', '格式版本（schemaVersion）：无法识别的格式版本：1'],
    [undefined, '格式版本（schemaVersion）：无法识别的格式版本：undefined'],
  ])('schemaVersion %j', (version, detail) => {
    const file = envelope();
    put(file, 'schemaVersion', version);
    expect(refused(readExchangeFile(JSON.stringify(file))).details).toEqual([detail]);
  });

  it('a report that is not an object', () => {
    const file = envelope();
    put(file, 'report', [1, 2]);
    expect(refused(readExchangeFile(JSON.stringify(file))).details).toEqual([
      '报告内容（report）：报告内容不是一个对象',
    ]);
  });

  it('an unknown status', () => {
    const file = envelope();
    put(file, 'status', 'published');
    expect(refused(readExchangeFile(JSON.stringify(file))).details).toEqual([
      '定稿状态（status）：应为 "final" 或 "draft"',
    ]);
  });

  it('50 MB, before parsing anything', () => {
    const huge = `{"format":"nianbao.report","x":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    expect(refused(readExchangeFile(huge)).message).toBe(
      '文件过大（超过 5 MB），不是年报导出的报告文件。',
    );
  });

  it('just over 5 MB of Chinese text, counted in bytes', () => {
    const text = `{"a":"${'长'.repeat(Math.ceil(MAX_EXCHANGE_FILE_BYTES / 3))}"}`;
    expect(text.length).toBeLessThan(MAX_EXCHANGE_FILE_BYTES);
    expect(refused(readExchangeFile(text)).message).toMatch(/^文件过大/);
  });

  it('deep nesting, anywhere', () => {
    expect(refused(readExchangeFile('['.repeat(200_000))).details[0]).toMatch(/数据嵌套超过 32 层/);
    const text = JSON.stringify(envelope()).replace(
      '"agency":"示例市',
      `"agency":${'['.repeat(40)}1${']'.repeat(40)},"x":"`,
    );
    expect(refused(readExchangeFile(text)).details[0]).toMatch(/数据嵌套超过 32 层/);
  });
});

describe('readExchangeFile with prototype-polluting keys', () => {
  it('ignores __proto__ and constructor keys everywhere and pollutes nothing', () => {
    const text = exported(fullSampleReport())
      .replace(
        '{\n  "format"',
        '{\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } },\n  "format"',
      )
      .replace('"agency": "示例市', '"__proto__": { "polluted": true }, "agency": "示例市')
      .replace('"naturalPerson": 99', '"__proto__": { "polluted": true }, "naturalPerson": 99');
    const result = accepted(readExchangeFile(text));
    expect(result.report).toStrictEqual(fullSampleReport());
    expect(Object.getPrototypeOf(result.report)).toBe(Object.prototype);
    expect(Object.hasOwn(result.report, '__proto__')).toBe(false);
    expect(Object.hasOwn(result.report.requests.newReceived, '__proto__')).toBe(false);
    expect(result.warnings[0]).toMatch(
      /^文件中有 4 项不属于报告格式，已忽略：__proto__、constructor、/,
    );
  });
});

describe('unfilledCellPaths', () => {
  it('lists every null cell of the three tables and nothing else', () => {
    expect(unfilledCellPaths(fullSampleReport())).toEqual([]);
    const empty = createEmptyReport({ year: 2023 });
    expect(unfilledCellPaths(empty)).toHaveLength(10 + 25 * 7 + 15);
    const report = fullSampleReport();
    report.reviewLitigation.review.pending = null;
    expect(unfilledCellPaths(report)).toEqual([['reviewLitigation', 'review', 'pending']]);
  });
});
