// Why yibao's batch does not use csv-parse/csv-stringify: the least those libraries cost on the
// same claims file — stream it through csv-parse and write every row back with csv-stringify,
// with no arithmetic at all. bench/batch.mjs times this beside the baseline; when this alone is
// more than twice the baseline, no program built on them can meet the batch target (≤ 2.0×).
// Usage: node bench/csv-library-passthrough.mjs <claims.csv> <out.csv>
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';

const [input, output] = process.argv.slice(2);
await pipeline(createReadStream(input), parse({ bom: true }), stringify(), createWriteStream(output));
