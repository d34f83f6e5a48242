/**
 * Writes the exchange format's JSON Schema to public/schema/report-v1.json (served with the
 * app). Run `npm run schema` after changing the report schema; a unit test fails while the
 * committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exchangeJsonSchema } from '../src/domain/report/exchange-json-schema';

const target = fileURLToPath(new URL('../public/schema/report-v1.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
