// The wizard's level question on a policy with facilities paid at their rated level (鹤汀 一（一）3:
// 民营定点医疗机构按其评定级别确定待遇标准; 二（五） 中医医院): one choice per level, named as --tier
// takes it (二级中医医院), settled as calc --tier 二级民营医院 is. HT-02 by hand: 起付 (600 − 100) ×
// 50% = 250.00; 14050.00 × (86 + 4 − 5)% = 11942.50.
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const { tierChoices } = await import('../../src/cli/wizard/questions.js');
const { loadPolicyFile } = await import('../../src/policy/load.js');
const { policy: heting } = await loadPolicyFile('test/fixtures/ratio3/heting.yaml');

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const result = (stdout: string): any => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1)).result;

describe('the level question: facilities at their rated level', () => {
  it('鹤汀: the levels, then each rated kind at each level (二级中医医院 …), never the bare kind', () => {
    const values = tierChoices(heting, 'zh').map((c) => c.value);
    expect(values.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(values).toContain('二级中医医院');
    expect(values).toContain('三级民营医院');
    expect(values).not.toContain('中医医院');
  });

  it('HT-02 chosen in the wizard (二级民营医院) is settled as calc --tier 二级民营医院: 11942.50', async () => {
    const flags = ['calc', '--policy', 'test/fixtures/ratio3/heting.yaml', '--date', '2026-05-11', '--scheme', 'employee', '--status', 'retired', '--benefit', 'inpatient', '--admission', '2', '--age', '68', '--amount', '15000', '--out-of-scope', '500', '--class-b-drugs', '2000', '--class-b-items', '0', '--ytd-fund', '8000', '--format', 'json'];
    scriptAnswers(['二级民营医院', '', '', '', '', '']);
    const r = await runYibao(flags, terminal);
    expect(r.code, r.stderr).toBe(0);
    const wizard = result(r.stdout);
    expect(wizard.fund_pays).toBe('11942.50');
    const calc = await runYibao([...flags, '--tier', '二级民营医院']);
    expect(result(calc.stdout).fund_pays).toBe('11942.50');
  });
});
