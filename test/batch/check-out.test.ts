// `check` (reported_fund against fund_pays, exit codes) and --out: written to a temporary
// file renamed into place when complete, so a failed or interrupted run leaves neither a file
// under that name nor the temporary file.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { built, builtBatchRunning, readCsv, readText, tempDir, waitFor, yibao } from './helpers.js';

const CHECK = [
  'person_id,date,scheme,status,tier,amount,reported_fund',
  'Q,2024-01-02,employee,active,1,600,80.00', // 500 + 80: agrees
  'Q,2024-01-03,employee,active,2,100,75', // 100×70% = 70: reported 5 too much
  'Q,2024-01-04,employee,active,3,100,50.5', // 100×60% = 60: reported 9.50 too little
  'Q,2024-01-05,employee,active,1,100,', // no reported value: error, but 100×80% = 80 still computed
  'Q,2024-01-06,employee,active,1,100,abc', // not an amount: the same
].join('\n');

describe('check', () => {
  it('marks the rows whose reported fund differs, with reported − computed, and exits 1', async () => {
    const file = join(tempDir(), 'check.csv');
    writeFileSync(file, CHECK);
    const run = await yibao(['check', file, '--lang', 'en']);
    expect(run.code).toBe(1);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => [r.row_status, r.fund_pays, r.difference])).toEqual([
      ['ok', '80.00', '0.00'],
      ['mismatch', '70.00', '5.00'],
      ['mismatch', '60.00', '-9.50'],
      ['error', '80.00', ''],
      ['error', '80.00', ''],
    ]);
    expect(rows[3]!.error).toMatch(/^reported_fund: /);
    expect(rows[4]!.error).toMatch(/^reported_fund: invalid/);
    // reported over the 3 rows compared: 80 + 75 + 50.50 = 205.50; difference 0 + 5 − 9.50 = −4.50
    expect(run.stderr).toContain(
      '5 rows: 1 ok, 2 errors, 2 mismatches; computed fund payment 370.00 yuan in total; reported 205.50 yuan; difference (reported − computed) -4.50 yuan (reported and difference over the 3 rows compared)',
    );
  });

  it('exits 0 when every row agrees, and 2 without a reported_fund column', async () => {
    const dir = tempDir();
    const good = join(dir, 'good.csv');
    writeFileSync(good, CHECK.split('\n').slice(0, 2).join('\n'));
    const run = await yibao(['check', good]);
    expect(run.code).toBe(0);
    expect(readCsv(run.stdout)[0]!.difference).toBe('0.00');
    const none = join(dir, 'none.csv');
    writeFileSync(none, 'date,scheme,status,tier,amount\n2024-05-01,employee,active,1,600\n');
    const refused = await yibao(['check', none]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('reported_fund');
    // batch ignores reported_fund: no difference column, exit 1 only for errors
    const batch = await yibao(['batch', good]);
    expect(batch.code).toBe(0);
    expect(Object.keys(readCsv(batch.stdout)[0]!)).not.toContain('difference');
  });
});

describe('--out', () => {
  it('writes the file and leaves no temporary file behind', async () => {
    const dir = tempDir();
    const file = join(dir, 'check.csv');
    writeFileSync(file, CHECK);
    const run = await yibao(['check', file, '--out', join(dir, 'result.csv')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['check.csv', 'result.csv']);
    expect(readCsv(readText(join(dir, 'result.csv')))).toHaveLength(5);
  });

  it('leaves no file when the input turns out broken half-way (exit 2)', async () => {
    const dir = tempDir();
    const file = join(dir, 'broken.csv');
    // Valid UTF-8 for the first 64 KiB chunk, then a byte that is neither UTF-8 nor GB18030 (which a file with late non-UTF-8 bytes is read as).
    const good = `date,scheme,status,tier,amount\n${'2024-05-01,employee,active,1,600\n'.repeat(5000)}`;
    writeFileSync(file, Buffer.concat([Buffer.from(good), Buffer.from([0xff]), Buffer.from(',active,1,600\n')]));
    const run = await yibao(['batch', file, '--out', join(dir, 'result.csv'), '--date', '2024-01-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GB18030');
    expect(run.stderr).toContain('第 5002 行'); // the header, 5,000 rows, then the bad byte
    expect(readdirSync(dir)).toEqual(['broken.csv']);
  });

  it('leaves no file when the run is interrupted (abort while waiting for input)', async () => {
    const dir = tempDir();
    const out = join(dir, 'result.csv');
    const stdin = new PassThrough();
    const controller = new AbortController();
    const sink = { write: () => true };
    const running = runBatch(
      { file: '-', check: false, out, flags: {}, defaults: { city: 'suizhou', date: '2024-01-01' }, overrides: [], lang: 'zh', signal: controller.signal },
      { stdin, stdout: sink, stderr: sink },
    );
    stdin.write(`date,scheme,status,tier,amount\n${'2024-05-01,employee,active,1,600\n'.repeat(20000)}`);
    // The temporary file exists while the run waits for more input.
    await waitFor(() => readdirSync(dir).some((f) => f.endsWith('.tmp')));
    controller.abort();
    await expect(running).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(!built)('leaves no file when the built CLI gets SIGINT (exit 130)', async () => {
    const dir = tempDir();
    const { child, stderr: stderrSoFar } = await builtBatchRunning(dir);
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
      child.kill('SIGINT');
    });
    expect(code).toBe(130);
    const stderr = stderrSoFar();
    expect(stderr).toContain('已中断');
    expect(stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(readdirSync(dir)).toEqual([]);
  });
});
