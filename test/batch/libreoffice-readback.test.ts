// An output workbook read back by LibreOffice (issue 20): where LibreOffice is installed (CI has it
// not: the test is skipped there), `batch --out r.xlsx` is converted to CSV by soffice and compared
// cell for cell with the same run's CSV output: text the same, numbers the same values (LibreOffice
// writes 400 where the CSV has 400.00), the echoed date a date cell it shows as 2024-03-05.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from './helpers.js';

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!soffice)('an output workbook as LibreOffice reads it', () => {
  it('every cell as the CSV output has it', async () => {
    const dir = tempDir();
    const input = join(process.cwd(), 'test', 'fixtures', 'office-legacy.xls');
    await yibao(['batch', input, '--out', join(dir, 'r.xlsx'), '--lang', 'en']);
    const csv = await yibao(['batch', input, '--output-format', 'csv', '--lang', 'en']);
    // values, not as shown (44,34,76,1,,0,false,true,false,false); a profile of its own, so no other soffice holds its lock
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false';
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', filter, '--outdir', dir, join(dir, 'r.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const lo = readCsv(readFileSync(join(dir, 'r.csv'), 'utf8'));
    const ours = readCsv(csv.stdout);
    expect(lo).toHaveLength(ours.length);
    const same = (a: string, b: string) => a === b || (a !== '' && b !== '' && Number(a) === Number(b));
    ours.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) expect(same(lo[i]![key]!, value), `${key} of row ${i + 1}: ${lo[i]![key]} / ${value}`).toBe(true);
    });
  }, 180_000);
});
