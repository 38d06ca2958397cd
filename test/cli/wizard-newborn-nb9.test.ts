// The wizard under 栖梧 (fiction, test/fixtures/nb9/qiwu.yaml): a resident's stay asks the birth date, then which
// stay since birth (newborn_deductible_scope first_stay), then the enrolment day (newborn_enrolment); a chronic
// claim asks the day the disease was certified (disease_limits.prorate). By hand: born 2025-01-10, enrolled
// 2025-04-11 = day 91 > 90: the 2025-02-01 stay is not paid (0.00); 糖尿病 certified 2025-04-15: 2400 × 9/12 = 1800.00.
import { describe, expect, it, vi } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { scriptAnswers } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const terminal = { stdinTTY: true, stdoutTTY: true, env: { NO_COLOR: '1' } };
const BASE = ['calc', '--policy', 'test/fixtures/nb9/qiwu.yaml', '--scheme', 'resident', '--amount', '10000', '--format', 'json'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (stdout: string): any => JSON.parse(stdout.slice(stdout.indexOf('{'), stdout.lastIndexOf('}') + 1));

describe('wizard: newborn and certification questions (栖梧)', () => {
  it('a stay: birth date, stay since birth, enrolment day asked; enrolled on day 91: 0.00', async () => {
    const s = scriptAnswers(['2', '2025-01-10', '1', '2025-04-11', '', '', '', '', '', '']);
    const r = await runYibao([...BASE, '--benefit', 'inpatient', '--date', '2025-02-01'], terminal);
    expect(r.code, r.stderr).toBe(0);
    const asked = s.asked().map((q) => q.message).join('\n');
    expect(asked).toContain('这是孩子出生后第几次住院');
    expect(asked).toContain('孩子是哪天参保登记的');
    expect(json(r.stdout).result.fund_pays).toBe('0.00');
  });

  it('a chronic visit: the certification day asked; April: 1800.00', async () => {
    const s = scriptAnswers(['2', '2025-04-15', '', '', '', '', '', '']);
    const r = await runYibao([...BASE, '--benefit', 'chronic', '--date', '2025-06-01', '--disease', '糖尿病'], terminal);
    expect(r.code, r.stderr).toBe(0);
    expect(s.asked().map((q) => q.message).join('\n')).toContain('这个病种是哪天认定的');
    expect(json(r.stdout).result.fund_pays).toBe('1800.00');
  });
});
