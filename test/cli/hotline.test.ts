// `yibao hotline [id]`, in-process. Expected values from the Suizhou source's Q&A 10:
// "全市医保服务热线为0722-3235698 … 热线自助转接1号线为市本级,2号线为曾都区,3号线为广水,
// 4号线为随县", published by 随州日报; Xianning's source gives no number.
import { describe, expect, it } from 'vitest';
import { runCli } from '../faq/run-cli.js';

describe('yibao hotline', () => {
  it('defaults to Suizhou: the number, the four menu keys and the source', async () => {
    const { stdout, code } = await runCli(['hotline']);
    expect(code).toBe(0);
    expect(stdout).toContain('0722-3235698');
    const menu = stdout.split('\n').filter((l) => /^\s+\d\s+\S/.test(l)).map((l) => l.trim().split(/\s+/));
    expect(menu).toEqual([
      ['1', '市本级'],
      ['2', '曾都区'],
      ['3', '广水'],
      ['4', '随县'],
    ]);
    expect(stdout).toContain('随州日报');
    expect(stdout).toContain('全市医保服务热线为0722-3235698');
  });

  it('shows the same for `hotline suizhou` in English', async () => {
    const { stdout, code } = await runCli(['hotline', 'suizhou', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('Suizhou medical insurance hotline: 0722-3235698');
    expect(stdout).toMatch(/^\s+2\s+Zengdu District$/m);
    expect(stdout).toContain('Source: 随州日报');
  });

  it('says plainly that Xianning\'s sources give no number, exit 0', async () => {
    const { stdout, code } = await runCli(['hotline', 'xianning']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/来源未给出咸宁市.*热线号码/);
    expect(stdout).not.toMatch(/\d{4}-\d{7}/);
  });

  it('refuses an unknown city with exit 2 and names it', async () => {
    const { stdout, stderr, code } = await runCli(['hotline', 'atlantis']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('atlantis');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('gives JSON for scripts', async () => {
    const { stdout, code } = await runCli(['hotline', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      schema: 'yibao.hotline/1',
      city: 'suizhou',
      name: '随州市',
      number: '0722-3235698',
      menu: [
        { key: '1', label: '市本级' },
        { key: '2', label: '曾都区' },
        { key: '3', label: '广水' },
        { key: '4', label: '随县' },
      ],
      source: { publisher: '随州日报' },
    });
  });

  it('gives number null in JSON for a city without one', async () => {
    const doc = JSON.parse((await runCli(['hotline', 'xianning', '--json'])).stdout);
    expect(doc.number).toBeNull();
    expect(doc.menu).toEqual([]);
  });

  it('prints the contract\'s error document on stdout with --json, exit 2', async () => {
    const { stdout, code } = await runCli(['hotline', 'atlantis', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).error.code).toBe('unknown_city');
  });

  it('refuses an unknown flag and a bad --lang with exit 2', async () => {
    expect((await runCli(['hotline', '--bogus'])).code).toBe(2);
    expect((await runCli(['hotline', '--lang', 'fr'])).code).toBe(2);
  });

  it('colours only when asked: FORCE_COLOR yes, NO_COLOR and --no-color no, pipes no', async () => {
    const esc = /\x1b\[/;
    expect((await runCli(['hotline'], { FORCE_COLOR: '1' })).stdout).toMatch(esc);
    expect((await runCli(['hotline'], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(esc);
    expect((await runCli(['--no-color', 'hotline'], { FORCE_COLOR: '1' })).stdout).not.toMatch(esc);
    expect((await runCli(['hotline'])).stdout).not.toMatch(esc);
    expect((await runCli(['hotline', '--json'], { FORCE_COLOR: '1' })).stdout).not.toMatch(esc);
  });
});
