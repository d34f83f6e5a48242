import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fullSampleReport } from '../document/full-sample-report';
import { createExchangeFile } from './exchange';
import { exchangeJsonSchema } from './exchange-json-schema';

const committed = new URL('../../../public/schema/report-v1.json', import.meta.url);

describe('the published JSON Schema', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    const onDisk: unknown = JSON.parse(readFileSync(committed, 'utf8'));
    expect(onDisk).toEqual(exchangeJsonSchema());
  });

  it('names the exchange format and every place in the words of the report', () => {
    const schema = JSON.stringify(exchangeJsonSchema());
    expect(schema).toContain('"const":"nianbao.report"');
    expect(schema).toContain('"description":"表三 （三）不予公开 1.属于国家秘密"');
    expect(schema).toContain('"description":"表二 行政事业性收费 本年收费金额（单位：万元）"');
    expect(schema).toContain('"description":"表四 行政诉讼 复议后起诉"');
    expect(schema).toContain('"description":"科研机构"');
  });

  it('requires every key an export writes', () => {
    const schema = exchangeJsonSchema() as {
      required: string[];
      properties: { report: { required: string[] } };
    };
    const file = createExchangeFile(fullSampleReport(), { status: 'final', now: new Date() });
    expect(schema.required.sort()).toEqual(Object.keys(file).sort());
    expect(schema.properties.report.required.sort()).toEqual(Object.keys(file.report).sort());
  });
});
