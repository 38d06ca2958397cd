// Input encodings and formats: GB18030 (detected or named), a UTF-8 BOM, CRLF line ends, JSONL
// in and out, stdin. Chinese values are written as GB18030 bytes by hand (Node can decode
// GB18030 but not encode it); the byte pairs are the GB 2312 codes of the characters.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv, readText, tempDir, yibao } from './helpers.js';

const GB: Record<string, number[]> = {
  随州: [0xcb, 0xe6, 0xd6, 0xdd],
  职工: [0xd6, 0xb0, 0xb9, 0xa4],
  在职: [0xd4, 0xda, 0xd6, 0xb0],
  退休: [0xcd, 0xcb, 0xd0, 0xdd],
  一级: [0xd2, 0xbb, 0xbc, 0xb6],
  社区: [0xc9, 0xe7, 0xc7, 0xf8],
};

/** CSV text with {word} placeholders, as GB18030 bytes. */
function gb18030(text: string): Buffer {
  const parts = text.split(/\{(.+?)\}/);
  return Buffer.concat(parts.map((p, i) => (i % 2 === 1 ? Buffer.from(GB[p]!) : Buffer.from(p, 'ascii'))));
}

const GB_FILE = gb18030(
  [
    'person_id,date,scheme,status,tier,amount',
    '{随州}001,2024-03-01,{职工},{在职},{一级},600', // 500 deductible, 100×80% = 80
    '{随州}001,2024-03-02,{职工},{在职},{社区},100', // community counts as tier 1: 80
    '{随州}002,2024-03-01,{职工},{退休},{一级},500', // 400 deductible, 100×85% = 85
  ].join('\r\n'),
);

function write(name: string, content: string | Buffer): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

describe('encodings', () => {
  it('detects a GB18030 file (Excel on Chinese Windows) and reads its Chinese values', async () => {
    const run = await yibao(['batch', write('gb.csv', GB_FILE)]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\ufeffperson_id,')).toBe(true); // UTF-8 with a BOM, for Excel
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.person_id, r.scheme, r.tier, r.fund_pays, r.ytd_fund_after])).toEqual([
      ['随州001', '职工', '一级', '80.00', '80.00'],
      ['随州001', '职工', '社区', '80.00', '160.00'],
      ['随州002', '职工', '一级', '85.00', '85.00'],
    ]);
  });

  it('reads GB18030 when told with --encoding, and refuses it as UTF-8 with a hint (exit 2)', async () => {
    const file = write('gb.csv', GB_FILE);
    expect((await yibao(['batch', file, '--encoding', 'gb18030'])).code).toBe(0);
    const wrong = await yibao(['batch', file, '--encoding', 'utf-8', '--lang', 'en']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--encoding gb18030');
  });

  it('reads a file whose GB18030 bytes appear only after 1.2 MB as GB18030 from the start (a seekable file)', async () => {
    const dir = tempDir();
    const file = join(dir, 'late.csv');
    const ascii = `person_id,date,scheme,status,tier,amount\n${'P,2024-01-02,employee,active,1,600\n'.repeat(36000)}`; // about 1.2 MB
    writeFileSync(file, Buffer.concat([Buffer.from(ascii), gb18030('Q,2024-01-02,{职工},{在职},{一级},600\n')]));
    const run = await yibao(['batch', file, '--out', join(dir, 'out.csv'), '--lang', 'en']);
    expect(run.code).toBe(0);
    const rows = readCsv(readText(join(dir, 'out.csv')));
    expect(rows).toHaveLength(36001);
    // the last row, read as GB18030: (600 − 500) × 80% = 80
    expect([rows[36000]!.scheme, rows[36000]!.status, rows[36000]!.tier, rows[36000]!.fund_pays]).toEqual(['职工', '在职', '一级', '80.00']);
    expect(readText(join(dir, 'out.csv')).startsWith('\ufeff')).toBe(true); // GB18030 in: a BOM for Excel
  });

  it('stdin cannot be read twice: GB18030 bytes after a UTF-8-looking start stop the run with a hint (exit 2)', async () => {
    const ascii = `person_id,date,scheme,status,tier,amount\n${'P,2024-01-02,employee,active,1,600\n'.repeat(4000)}`; // > 64 KiB
    const stdin = new PassThrough();
    const run = yibao(['batch', '-', '--lang', 'en'], { stdin });
    stdin.write(Buffer.from(ascii));
    setTimeout(() => stdin.end(gb18030('Q,2024-01-02,{职工},{在职},{一级},600\n')), 50); // a second chunk
    const done = await run;
    expect(done.code).toBe(2);
    expect(done.stderr).toMatch(/not valid UTF-8 text: the bytes? 0x[0-9A-F]{2}.* on line 4002 \(byte \d+\); .*--encoding gb18030/);
  });

  it('drops a UTF-8 BOM, so the first column keeps its name, and writes one back for Excel', async () => {
    const file = write('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('person_id,date,scheme,status,tier,amount\nP,2024-01-02,职工,在职,1,600\n')]));
    const run = await yibao(['batch', file]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\ufeffperson_id,date,')).toBe(true);
    expect(run.stdout.indexOf('\ufeff', 1)).toBe(-1);
    expect(readCsv(run.stdout)[0]!.fund_pays).toBe('80.00');
  });

  it('reads CRLF line ends without carrying the CR into the last column', async () => {
    const file = write('crlf.csv', 'scheme,status,tier,amount\r\nemployee,active,1,600\r\nemployee,active,2,600\r\n');
    const run = await yibao(['batch', file, '--date', '2024-06-01']);
    expect(run.stdout.startsWith('scheme,')).toBe(true); // plain UTF-8 in, no BOM out
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.amount, r.fund_pays])).toEqual([
      ['600', '80.00'],
      ['600', '70.00'],
    ]);
  });
});

describe('JSONL and stdin', () => {
  const jsonl = [
    JSON.stringify({ person_id: 'J', date: '2024-02-01', scheme: 'employee', status: 'active', tier: '1', amount: 600 }),
    '',
    JSON.stringify({ person_id: 'J', date: '2024-02-02', scheme: 'employee', status: 'active', tier: 2, amount: '100.5', note: { a: 1 } }),
    '{not json',
    JSON.stringify({ person_id: 'J', date: '2024-02-03', scheme: 'employee', status: 'active', tier: '1', amount: true }),
  ].join('\n');

  it('reads JSONL and writes JSONL by default, one object per input line, input keys kept', async () => {
    const run = await yibao(['batch', write('c.jsonl', jsonl)]);
    expect(run.code).toBe(1);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4); // the blank line is not a row
    expect(out[0]).toMatchObject({ person_id: 'J', amount: 600, row_status: 'ok', error: null, fund_pays: '80.00' });
    // 100.50 at tier 2 after the deductible is met: 70.35
    expect(out[1]).toMatchObject({ tier: 2, note: { a: 1 }, row_status: 'ok', fund_pays: '70.35', ytd_fund_after: '150.35' });
    expect(out[2]).toMatchObject({ row_status: 'error', fund_pays: null });
    expect(out[2]!.error).toMatch(/^line: /);
    expect(out[3]).toMatchObject({ row_status: 'error' });
    expect(out[3]!.error).toMatch(/^amount: /);
  });

  it('writes CSV from JSONL with --output-format csv, columns from the first line', async () => {
    const run = await yibao(['batch', write('c.jsonl', jsonl), '--output-format', 'csv']);
    const rows = readCsv(run.stdout);
    expect(rows).toHaveLength(4);
    expect(Object.keys(rows[0]!).slice(0, 7)).toEqual(['person_id', 'date', 'scheme', 'status', 'tier', 'amount', 'row_status']);
    expect(rows.map((r) => r.fund_pays)).toEqual(['80.00', '70.35', '', '']);
  });

  it('keeps CSV columns aligned when the first JSONL line is not an object', async () => {
    const file = write('bad.jsonl', `nonsense\n${JSON.stringify({ date: '2024-01-01', scheme: 'employee', status: 'active', tier: '1', amount: '600' })}\n`);
    const run = await yibao(['batch', file, '--output-format', 'csv']);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.row_status, r.fund_pays])).toEqual([
      ['error', ''],
      ['ok', '80.00'],
    ]);
  });

  it('reads CSV from stdin with "-", and writes JSONL when asked', async () => {
    const stdin = new PassThrough();
    stdin.end('scheme,status,tier,amount\nemployee,retired,3,500\n');
    const run = await yibao(['batch', '-', '--output-format', 'jsonl', '--date', '2024-06-01'], { stdin });
    expect(run.code).toBe(0);
    // retired: 400 deductible, 100 × (60% + 5 points) = 65
    expect(JSON.parse(run.stdout)).toMatchObject({ amount: '500', ratio: '0.65', fund_pays: '65.00', cash_due: '435.00' });
  });

  it('needs --input-format for a name it cannot place (exit 2)', async () => {
    const run = await yibao(['batch', write('claims.dat', 'a\n'), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--input-format');
  });
});

describe('--policy', () => {
  it('uses the policy file for every row, and refuses rows that name another city', async () => {
    const policy = join(process.cwd(), 'policies', 'suizhou.yaml');
    const file = write('p.csv', 'city,date,scheme,status,tier,amount\nsuizhou,2024-02-01,employee,active,1,600\n,2024-02-01,employee,active,1,600\nxianning,2024-02-01,employee,active,1,600\n');
    const run = await yibao(['batch', file, '--policy', policy, '--lang', 'en']);
    expect(run.code).toBe(1);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.row_status, r.fund_pays])).toEqual([
      ['ok', '80.00'],
      ['ok', '80.00'],
      ['error', ''],
    ]);
    expect(rows[2]!.error).toMatch(/^city: this run uses the policy file .*suizhou\.yaml \(suizhou\)/);
  });

  it('applies --set to every row and refuses a bad one (exit 2)', async () => {
    const file = write('s.csv', 'date,scheme,status,tier,amount\n2024-02-01,employee,active,1,600\n');
    const run = await yibao(['batch', file, '--set', 'outpatient.employee.deductible=100']);
    // 100 deductible: 500×80% = 400
    expect(readCsv(run.stdout)[0]!.fund_pays).toBe('400.00');
    expect((await yibao(['batch', file, '--set', 'outpatient.employee.nothing=1'])).code).toBe(2);
  });
});
