// A value a claim gives that its city's policy does not use is said, not silently dropped (so that
// nobody believes it changed the answer), as a note (`ignored_input`), never an error: a batch file
// may carry the column for every city. The numbers stay those of the claim without it; Suizhou 2024
// employee outpatient (Q&A 2): (1000 − 500) × 80% = 400. Jiayu 2012 links benefits to the
// contribution level (every employee benefit) and to the contribution years (retirees only).
import { describe, expect, it } from 'vitest';
import { explain, settle } from '../../src/engine/index.js';
import { parseOverride } from '../../src/claim/index.js';
import { claimOf } from '../helpers/claim.js';
import { policy } from '../helpers/policy.js';
import { runYibao } from '../helpers/cli.js';

const suizhou = await policy('suizhou');
const jiayu = await policy('jiayu');
const active = { scheme: 'employee', status: 'active', tier: '1', amount: '1000' };
const ignored = (ws: { code: string; path?: string }[]) => ws.filter((w) => w.code === 'ignored_input').map((w) => w.path);

describe('ignored_input', () => {
  it('Suizhou does not use a contribution level or the contribution years: both noted, the answer unchanged', () => {
    const with_ = explain(claimOf({ ...active, contribution: '0.8', contribution_years_met: 'yes' }), suizhou);
    const without = explain(claimOf(active), suizhou);
    expect(with_.result).toEqual(without.result);
    expect(with_.result.fundPays).toBe(40000);
    expect(ignored(with_.warnings)).toEqual(['contribution', 'contribution_years_met']);
    expect(ignored(without.warnings)).toEqual([]);
    const w = with_.warnings.find((x) => x.path === 'contribution')!;
    expect(w.kind).toBe('note');
    expect(w.message.zh).toBe('来源没有把职工医保在职人员的普通门诊待遇与缴费水平挂钩:填写的缴费水平(--contribution)没有用到,不影响本次结果。');
    expect(w.short.zh).toBe('填写的缴费水平在这里用不上,不影响这笔报销');
  });

  it('a relation with no family balance is noted; with a balance it is used and not noted', () => {
    const alone = explain(claimOf({ ...active, relation: 'spouse' }), suizhou);
    expect(ignored(alone.warnings)).toEqual(['relation']);
    expect(ignored(explain(claimOf({ ...active, relation: 'spouse', family: '0' }), suizhou).warnings)).toEqual(['relation']);
    const used = explain(claimOf({ ...active, relation: 'spouse', family: '100' }), suizhou);
    expect(ignored(used.warnings)).toEqual([]);
    expect(used.result.familyPays).toBe(10000); // 1000 − 400 = 600 left in scope; the spouse's 100 pays
  });

  it('Jiayu uses the level for employees and the years for retirees: no note there; a resident, or an active employee\'s years, are noted', () => {
    const set = [parseOverride('outpatient.employee.deductible=0')].map((o) => (o.ok ? o.override : undefined!));
    const jiayuActive = claimOf({ ...active, contribution: '0.85', contribution_years_met: 'yes' }, '2012-10-01', 'jiayu');
    expect(ignored(settle(jiayuActive, jiayu, set).warnings)).toEqual(['contribution_years_met']);
    const retiree = claimOf({ ...active, status: 'retired', contribution: '0.7', contribution_years_met: 'yes' }, '2012-10-01', 'jiayu');
    expect(ignored(settle(retiree, jiayu, set).warnings)).toEqual([]);
    const resident = claimOf({ scheme: 'resident', tier: '1', amount: '1000', benefit: 'inpatient', contribution: '0.9' }, '2012-10-01', 'jiayu');
    const residentSet = ['inpatient.resident.deductible=0', 'inpatient.resident.ratio=0.5'].map((s) => parseOverride(s)).map((o) => (o.ok ? o.override : undefined!));
    expect(ignored(settle(resident, jiayu, residentSet).warnings)).toEqual(['contribution']);
  });

  it('calc says it in text and json, exit 0', async () => {
    const args = ['calc', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '1000', '--date', '2024-06-01', '--contribution', '80%', '--relation', '配偶'];
    const text = await runYibao(args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('   ! 来源没有把职工医保在职人员的普通门诊待遇与缴费水平挂钩:填写的缴费水平(--contribution)没有用到,不影响本次结果。');
    expect(text.stdout).toContain('   ! 没有家庭共济余额(--family),填写的与账户持有人的关系(--relation)没有用到,不影响本次结果。');
    const doc = JSON.parse((await runYibao([...args, '--json', '--lang', 'en'])).stdout);
    expect(doc.result.fund_pays).toBe('400.00');
    expect(doc.warnings.filter((w: { code: string }) => w.code === 'ignored_input')).toEqual([
      {
        code: 'ignored_input',
        kind: 'note',
        message: 'The sources do not link general outpatient of employee insurance (active) to the contribution level: the level given (--contribution) is not used and does not change this result.',
        short: 'the contribution level given is not used here and does not change this claim',
        path: 'contribution',
      },
      {
        code: 'ignored_input',
        kind: 'note',
        message: 'No family mutual-aid balance (--family) is given, so the relation given (--relation) is not used and does not change this result.',
        short: 'no family mutual aid is used, so the relation given does not change this claim',
        path: 'relation',
      },
    ]);
  });
});
