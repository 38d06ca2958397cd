// Issue 13: fast-check fuzzing of the CSV reader, the batch run and the policy loader with what
// hostile input is made of: random bytes, quotes, CR/LF, tabs, control characters (ESC, C1,
// bidi overrides), Chinese text and fields longer than the limits. Whatever comes in: no
// internal error (nothing but the contract's exit codes), every output row maps to an input
// record (the same records whatever the chunk boundaries; a run writes one row per record), and
// no control character reaches human output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS, type Dialect } from '../../src/batch/csv.js';
import { PolicyFileError } from '../../src/policy/errors.js';
import { parsePolicyText } from '../../src/policy/parse.js';
import { formatIssue } from '../../src/policy/errors.js';
import { policyText } from '../policy/helpers.js';
import { readRecords as read, tempDir, yibao } from './helpers.js';

/** What a terminal would act on: C0 but tab and LF, DEL, C1, bidi embeddings/overrides/isolates. */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const LONG = 'x'.repeat(MAX_RECORD_CHARS + 10);
// The pieces hostile text is made of; a long run now and then (past the 1 MiB record limit).
const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom('"', ',', '\n', '\r', '\r\n', '\t', '""', 'a', '600', 'employee', '随州', ' ') },
  { weight: 3, arbitrary: fc.constantFrom('\u001b[2J', '\u001b]0;x\u0007', '\u009b', '\u202e', '\u0000', '\u0008', '\u007f') },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constant(LONG) },
);
const hostileText = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('the CSV reader on hostile text', () => {
  it('never throws; the same records and problems whatever the chunk boundaries; each maps to a line of the input', () => {
    fc.assert(
      fc.property(hostileText, fc.array(fc.nat(), { maxLength: 5 }), fc.constantFrom<Dialect>({ delimiter: ',', newline: '\n' }, { delimiter: '\t', newline: '\r' }), (text, cuts, dialect) => {
        const whole = read(text, [], dialect);
        expect(read(text, cuts, dialect)).toEqual(whole);
        const lines = text.split(dialect.newline).length;
        // at most one record per line, and each problem names a line of the input, in order
        expect(whole.records.length).toBeLessThanOrEqual(lines);
        let last = 0;
        for (const p of whole.problems) {
          expect(whole.records[p.index]).toEqual([]);
          expect(p.line).toBeGreaterThan(last);
          expect(p.line).toBeLessThanOrEqual(lines);
          last = p.line;
        }
        // no record is longer than the limit
        for (const r of whole.records) expect(r.join(',').length).toBeLessThanOrEqual(MAX_RECORD_CHARS);
        // without a quote, records are exactly the non-empty lines split on the delimiter
        if (!text.includes('"')) {
          const expected = text
            .split(dialect.newline)
            .map((l) => (dialect.newline === '\n' && l.endsWith('\r') ? l.slice(0, -1) : l))
            .map((l) => (l.length > MAX_RECORD_CHARS ? [] : l === '' ? undefined : l.split(dialect.delimiter)))
            .filter((r) => r !== undefined);
          expect(whole.records).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('batch on hostile files (in-process)', () => {
  it('exit 0, 1 or 2 only; one output row per record; nothing raw on stderr or in an error cell', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { maxLength: 6 }), fc.boolean(), async (rows, jsonlOut) => {
        const body = rows.map((r) => `${r}\n`).join('');
        const text = `person_id,scheme,status,tier,amount\n${body}`;
        const file = join(dir, 'claims.csv');
        writeFileSync(file, text);
        const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en', ...(jsonlOut ? ['--output-format', 'jsonl'] : [])]);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(RAW);
        expect(r.stderr).not.toMatch(/internal error/);
        if (r.code === 2) return;
        // one output row per record after the header, but a blank one (skipped and counted)
        const input = read(text, []);
        const unread = new Set(input.problems.map((p) => p.index));
        const records = input.records.filter((rec, i) => i > 0 && (unread.has(i) || rec.some((c) => c.trim() !== ''))).length;
        if (jsonlOut) {
          const out = r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { error: string | null });
          expect(out).toHaveLength(records);
          for (const row of out) expect(row.error ?? '').not.toMatch(RAW);
        } else {
          const out = read(r.stdout, []);
          expect(out.problems).toEqual([]);
          expect(out.records).toHaveLength(records + 1);
          const error = out.records[0]!.indexOf('error');
          for (const row of out.records.slice(1)) expect(row[error]).not.toMatch(RAW);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('batch on random bytes (in-process)', () => {
  it('CSV or JSONL: exit 0, 1 or 2 only, nothing raw on stderr', async () => {
    const dir = tempDir();
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('csv', 'jsonl'), async (bytes, format) => {
        const file = join(dir, `claims.${format}`);
        writeFileSync(file, Buffer.concat([Buffer.from(format === 'csv' ? 'scheme,status,tier,amount\n' : ''), Buffer.from(bytes)]));
        const r = await yibao(['batch', file, '--date', '2024-06-01', '--lang', 'en']);
        codes.add(r.code);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(RAW);
        expect(r.stderr).not.toMatch(/internal error/);
      }),
      { numRuns: 60 },
    );
    expect(codes.has(1)).toBe(true); // rows were read and failed, not only files refused
  }, 120_000);
});

/** Suizhou's policy with `insert` put at `at` (a fraction of the text), or cut there. */
const mutated = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(piece.filter((p) => p !== LONG), { maxLength: 4 }), fc.constantFrom('insert', 'replace', 'cut'))
  .map(([at, pieces, how]) => {
    const text = policyText('suizhou');
    const i = Math.floor(at * text.length);
    const insert = pieces.join('').replace(/,/g, ': ');
    if (how === 'cut') return text.slice(0, i);
    return text.slice(0, i) + insert + text.slice(how === 'replace' ? i + insert.length : i);
  });

describe('the policy loader on hostile text', () => {
  it('valid, or a PolicyFileError whose every line is file:line:col and safe to print', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, hostileText.map((t) => t.slice(0, 5000))), (text) => {
        try {
          parsePolicyText(text, 'city.yaml');
        } catch (error) {
          expect(error).toBeInstanceOf(PolicyFileError);
          const e = error as PolicyFileError;
          expect(e.exitCode).toBe(2);
          for (const issue of e.issues) {
            const line = formatIssue(issue, 'en');
            expect(line).toMatch(/^city\.yaml:\d+:\d+: /);
            expect(line).not.toMatch(RAW);
            expect(line).not.toContain('\n');
            expect(formatIssue(issue, 'zh')).not.toMatch(RAW);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('policy validate and calc --policy on such files: exit 0, 2 or 3, nothing raw on the terminal', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b))), async (content) => {
        const file = join(dir, 'city.yaml');
        writeFileSync(file, content);
        const v = await yibao(['policy', 'validate', file, '--lang', 'en']);
        expect([0, 2]).toContain(v.code);
        expect(v.stderr + v.stdout).not.toMatch(RAW);
        const c = await yibao(['calc', '--policy', file, '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--format', 'say']);
        expect([0, 2, 3]).toContain(c.code);
        if (v.code === 2) expect(c.code).toBe(2); // what validate refuses, calc refuses as a file
        expect(c.stderr + c.stdout).not.toMatch(RAW);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
