// The wizard's answer that cannot be computed (exit 3) is long; at an 80-column terminal the terminal itself
// cut "--set family_⏎year_cap.per" (seen in tmux, fronts8). atWidth wraps it where UAX #14 allows, line by line.
import { describe, expect, it } from 'vitest';
import { atWidth } from '../../src/cli/wizard/index.js';
import { displayWidth } from '../../src/cli/render/width.js';

const MESSAGE =
  'yibao: 无法计算:来源未说明家庭共济年度上限按谁累计(账户持有人或被共济人)(family_year_cap.per:第二十一条只说“通过家庭共济支付的金额，每个自然年度累计不超过5000元”)。如已知,可用 --set family_year_cap.per=holder|relative 选定其一,结果会注明为用户假定。\n已知:汀澜市居民医保普通门诊每年最多报销500元(封顶线)。\n  原文:“年度支付限额500元”。';
const io = (tty: boolean) => ({ stdout: { write: () => true, isTTY: tty, columns: 80 }, stderr: { write: () => true, isTTY: tty }, env: {} });

describe('atWidth', () => {
  it('at an 80-column terminal: every line fits in 79 columns, the --set key whole, the short lines as they were', () => {
    const lines = atWidth(MESSAGE, io(true) as never).split('\n');
    expect(lines.every((l) => displayWidth(l) <= 79)).toBe(true);
    expect(lines.some((l) => l.includes('--set family_year_cap.per=holder|relative'))).toBe(true);
    expect(lines.slice(-2)).toEqual(['已知:汀澜市居民医保普通门诊每年最多报销500元(封顶线)。', '  原文:“年度支付限额500元”。']);
    expect(lines[1]!.startsWith('  ')).toBe(true); // the first line's continuation hangs under "yibao: "
  });
  it('not a terminal: as it is', () => {
    expect(atWidth(MESSAGE, io(false) as never)).toBe(MESSAGE);
  });
});
