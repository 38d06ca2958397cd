// Compares two CSV outputs row by row (streaming, both files in lockstep): every line must be
// identical. Returns { rows, firstDifference } (firstDifference null when they agree).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export async function compareOutputs(a, b) {
  const ia = createInterface({ input: createReadStream(a), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const ib = createInterface({ input: createReadStream(b), crlfDelay: Infinity })[Symbol.asyncIterator]();
  let rows = 0;
  for (;;) {
    const [x, y] = await Promise.all([ia.next(), ib.next()]);
    if (x.done && y.done) return { rows, firstDifference: null };
    if (x.done !== y.done || x.value !== y.value) {
      return { rows, firstDifference: { line: rows + 1, a: x.done ? '<end of file>' : x.value, b: y.done ? '<end of file>' : y.value } };
    }
    rows++;
  }
}
