// The progress bar on stderr is for a person watching a run whose rows go elsewhere. When the rows
// are written to the same terminal (`yibao batch claims.csv` at a prompt), a bar redrawn there
// drew over them: the header and the first rows vanished from the screen. Checked as a rule and
// with the built CLI in a real pseudo-terminal (util-linux `script`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { wantsProgressBar } from '../../src/batch/summary.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const hasScript = spawnSync('script', ['--version']).status === 0;
const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('when a progress bar is drawn', () => {
  it.each([
    ['stderr a terminal, rows to a file (--out)', tty, tty, 'out.csv', true],
    ['stderr a terminal, rows piped on', tty, pipe, undefined, true],
    ['rows to the same terminal', tty, tty, undefined, false],
    ['stderr redirected', pipe, pipe, 'out.csv', false],
    ['stderr redirected, rows on the terminal', pipe, tty, undefined, false],
  ])('%s', (_what, stderr, stdout, out, wanted) => {
    expect(wantsProgressBar(stderr, stdout, out)).toBe(wanted);
  });
});

describe.skipIf(!hasScript)('`yibao batch claims.csv` at a terminal', () => {
  beforeAll(() => {
    if (!existsSync(`${root}dist/cli.cjs`)) spawnSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });
  });

  it('every row stays on the screen, with no bar drawn over them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yibao-bar-'));
    const file = join(dir, 'p.csv');
    const rows = Array.from({ length: 200 }, (_, i) => `P${i},2024-03-01,employee,active,1,1000`);
    writeFileSync(file, ['person_id,date,scheme,status,tier,amount', ...rows, ''].join('\n'));
    const r = spawnSync('script', ['-qfec', `${process.execPath} ${root}bin/yibao.cjs batch ${file} --no-color`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, TERM: 'xterm', COLUMNS: '200' },
      timeout: 20_000,
    });
    const screen = r.stdout;
    expect(screen).toContain('person_id,date,scheme,status,tier,amount,');
    // (1000 − 500) × 80% = 400 for each of the 200 people
    expect(screen.split('\n').filter((l) => l.includes(',ok,') && l.includes(',400.00,')).length).toBe(200);
    expect(screen).not.toContain('ETA');
    expect(screen).not.toContain('\u001b[?25l'); // the bar hides the cursor while it draws
  });
});
