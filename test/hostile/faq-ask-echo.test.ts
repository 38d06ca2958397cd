// A caller's question is data, not commands (audit of issue 9): `faq`, `ask` and the desk echo the
// question (the "no match" line, the FAQ header, the 理解为 line, what was not understood), so a
// question holding a terminal title (OSC), a cleared screen (CSI), a one-character CSI (U+009B), a
// bidi override or a carriage return must reach the terminal only as visible escapes. The JSON of
// `faq --json` keeps the question as it was typed, with those characters as \u escapes.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const TITLE = '\x1b]0;PWNED\x07';
const CLEAR = '\x1b[2J';
const C1_CSI = '\u009b31m';
const BIDI = '\u202e';
/** What must never reach a terminal raw from a question: the payloads' dangerous characters. */
const RAW = ['\x1b]', '\x1b[2J', '\x07', '\u009b', '\u202e', '\r'];
const rawIn = (text: string) => RAW.filter((r) => text.includes(r));

describe('a hostile question, echoed', () => {
  it('faq, no match: the question in the message is escaped visibly', async () => {
    const r = await runYibao(['faq', `天气${TITLE}${CLEAR}怎么样${C1_CSI}${BIDI}\r`]);
    expect(r.code).toBe(0);
    expect(rawIn(r.stdout + r.stderr)).toEqual([]);
    expect(r.stdout).toContain('没有找到与“天气\\x1b]0;PWNED\\x07\\x1b[2J怎么样\\x9b31m\\u202e');
  });

  it('faq, answered: the header quoting the question is escaped visibly', async () => {
    const r = await runYibao(['faq', `家庭共济 怎么办理${CLEAR}${BIDI}`]);
    expect(r.stdout).toContain('[随州市 suizhou-q4]');
    expect(rawIn(r.stdout + r.stderr)).toEqual([]);
    expect(r.stdout).toContain('怎么办理\\x1b[2J\\u202e”');
  });

  it('faq --json: C1 controls and bidi marks as \\u escapes (they were written raw), the query unchanged for a JSON reader', async () => {
    const q = `共济${TITLE}${C1_CSI}${BIDI}办理`;
    const r = await runYibao(['faq', q, '--json']);
    expect(rawIn(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('\\u009b31m\\u202e');
    expect(JSON.parse(r.stdout).query).toBe(q);
  });

  it('ask, a claim: the 理解为 line and the refusal show the escapes, and nothing is computed from them', async () => {
    const r = await runYibao(['ask', `在职 一级医院 1000元 ${CLEAR}${C1_CSI}${BIDI}`, '--date', '2024-06-01']);
    expect(r.code).toBe(2);
    expect(rawIn(r.stdout + r.stderr)).toEqual([]);
    expect(r.stdout).toContain('理解为:职工 在职 · 一级医疗机构 · 门诊(未说明,按门诊) · 1000.00 元 · 未理解:"\\x1b[2J\\x9b31m\\u202e"');
  });

  it('ask, a question for the FAQ: answered, the echo escaped', async () => {
    const r = await runYibao(['ask', `${TITLE}家庭共济 怎么办理`]);
    expect(rawIn(r.stdout + r.stderr)).toEqual([]);
    expect(r.stdout).toContain('[随州市 suizhou-q4]');
  });

  it('the desk: a pasted hostile line is answered with the escapes visible, and the desk goes on', async () => {
    const stdin = new PassThrough();
    const done = runYibao(['ask', '--date', '2024-06-01'], { stdin, stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } });
    stdin.write(`天气${CLEAR}${C1_CSI}${BIDI}怎么样\n`);
    stdin.end('家庭共济怎么办理\n');
    const r = await done;
    expect(r.code).toBe(0);
    expect(rawIn(r.stdout + r.stderr)).toEqual([]);
    expect(r.stdout).toContain('\\x9b31m\\u202e怎么样');
    expect(r.stdout).toContain('[随州市 suizhou-q4]');
  });
});
