// What people read: the text breakdown (snapshot with colours stripped, aligned by display
// width), colour rules, and the small formatting helpers. The say script: say.test.ts.
import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';
import { groupedYuan, percent, spokenYuan } from '../../src/cli/render/format.js';
import { displayWidth, stripAnsi } from '../../src/cli/render/width.js';
import { EXAMPLE, employee, yibao } from './calc-helpers.js';

const HOTLINE = '0722-3235698';

describe('--format text', () => {
  it('the contract example (colours stripped)', async () => {
    const r = await yibao([...EXAMPLE, '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it('a claim with warnings, accounts and the cap (colours stripped)', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'retired', '--tier', '3', '--amount', '3000',
      '--out-of-scope', '100', '--account', '100', '--family', '200', '--relation', '兄弟姐妹', '--set', 'outpatient.employee.cap=1500'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\u001b[');
    expect(stripAnsi(r.stdout)).toMatchSnapshot();
  });

  it('aligns the amounts by display width (Chinese titles are two columns a character)', async () => {
    const r = await yibao([...EXAMPLE, '--no-color']);
    const rows = r.stdout.split('\n').filter((l) => /\d\.\d\d 元$/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const ends = new Set(rows.map((l) => displayWidth(l)));
    expect([...ends]).toHaveLength(1);
  });

  it('puts the fund payment and the cash due in a closing summary', async () => {
    const r = await yibao([...EXAMPLE, '--no-color']);
    expect(r.stdout).toMatch(/={10,}\n\s+统筹基金支付\s+1,200\.00 元\n\s+您需现金支付\s+800\.00 元\n\s+={10,}/);
  });

  it('ends with the hotline', async () => {
    const r = await yibao([...EXAMPLE, '--no-color']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toContain(HOTLINE);
  });

  it('English with --lang en', async () => {
    const r = await yibao([...EXAMPLE, '--no-color', '--lang', 'en']);
    expect(r.stdout).toMatch(/The fund pays\s+1,200\.00 yuan/);
    expect(r.stdout).toMatch(/You pay in cash\s+800\.00 yuan/);
  });
});

describe('colour', () => {
  const tty = { isTTY: true, write: () => true };
  const pipe = { isTTY: false, write: () => true };
  it('follows --no-color, NO_COLOR, FORCE_COLOR and the terminal, in that order', () => {
    expect(colorLevel({ env: {}, stdout: tty }, false)).toBeGreaterThan(0);
    expect(colorLevel({ env: {}, stdout: pipe }, false)).toBe(0);
    expect(colorLevel({ env: {}, stdout: tty }, true)).toBe(0);
    expect(colorLevel({ env: { NO_COLOR: '1' }, stdout: tty }, false)).toBe(0);
    expect(colorLevel({ env: { NO_COLOR: '1', FORCE_COLOR: '1' }, stdout: pipe }, false)).toBe(0);
    expect(colorLevel({ env: { FORCE_COLOR: '1' }, stdout: pipe }, false)).toBe(1);
    expect(colorLevel({ env: { FORCE_COLOR: '0' }, stdout: tty }, false)).toBe(0);
    expect(colorLevel({ env: { FORCE_COLOR: '1' }, stdout: pipe }, true)).toBe(0);
  });

  it('the text output is plain when piped and coloured with FORCE_COLOR', async () => {
    expect((await yibao(EXAMPLE)).stdout).not.toContain('\u001b[');
    expect((await yibao(EXAMPLE, { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await yibao([...EXAMPLE, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await yibao(['--no-color', ...EXAMPLE], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('formatting helpers', () => {
  it('display width counts CJK and full-width as two columns, colour codes as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('起付线')).toBe(6);
    expect(displayWidth('\uff08元\uff09')).toBe(6); // full-width parentheses
    expect(displayWidth('(元)')).toBe(4);
    expect(displayWidth('\u001b[1m元\u001b[22m')).toBe(2);
  });

  it('money and ratios', () => {
    expect(groupedYuan(123456789)).toBe('1,234,567.89');
    expect(groupedYuan(5)).toBe('0.05');
    expect(percent(8000)).toBe('80%');
    expect(percent(8550)).toBe('85.5%');
    expect(percent(8555)).toBe('85.55%');
    expect(spokenYuan(200000)).toBe('2000元');
    expect(spokenYuan(123456)).toBe('1234元5角6分');
    expect(spokenYuan(1205)).toBe('12元零5分');
    expect(spokenYuan(50)).toBe('5角');
    expect(spokenYuan(0)).toBe('0元');
  });
});
