// Chinese sentences joined from parts: no space after a full-width stop or before a Chinese
// sentence (“…待遇。 未说明…” read as a stray gap). Checked on the Jiayu retiree refused chronic care
// by the contribution bands, whose text joins the rule, the reading and the hint.
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const JIAYU_RETIREE = ['calc', '--city', 'jiayu', '--date', '2012-10-01', '--scheme', 'employee', '--status', 'retired', '--tier', '1', '--amount', '400', '--contribution', '0.9', '--benefit', 'chronic'];

describe('Chinese text joined from parts', () => {
  it('the Jiayu refusal by band and its warning: no space after 。', async () => {
    const r = await runYibao(JIAYU_RETIREE, { stdinTTY: false });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('这是对原文的理解');
    expect(r.stdout).not.toMatch(/[。] +/u);
  });
});
