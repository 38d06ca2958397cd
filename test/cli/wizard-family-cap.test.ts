// The wizard's family questions (fronts8), as found at a real terminal (tmux, 80×24) under 汀澜
// (test/fixtures/limits7/tinglan.yaml, fiction), 第二十一条 「通过家庭共济支付的金额，每个自然年度累计不超过5000元」:
// - a relative's account answered in the details step: the wizard never asked what 共济 had paid this year (the
//   list of questions was made before the balance was known), so the cap was taken as unused. Now the relation, then
//   what the holder's account paid and what the patient received are asked right after the balance, both where the
//   text does not say whose year it counts, only the one it counts where it does;
// - the 8th relation (子女的配偶) was off the first page of the list (the library shows 7): all 8 now shown at 24 rows;
// - 居民医保普通门诊统筹不设起付标准: "起付线…已经自付了多少元" was asked of a benefit with no deductible: not now.
// By hand, TL-13: resident 二级 普通门诊 300, 目录外 20: (300 − 20) × 50% = 140.00; owed 160.00. The account paid 4900
// this year, all of it to this patient (received 4900): 5000 − 4900 = 100 left either way → family 100.00, cash 60.00.
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { messages, run } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const { loadPolicyFile } = await import('../../src/policy/load.js');
const { policy: tinglan } = await loadPolicyFile('test/fixtures/limits7/tinglan.yaml');
const flags = { date: '2025-11-11', scheme: 'resident', tier: '2', amount: '300' };
const PAID = '今年以来这个亲属账户已经通过家庭共济(给所有亲属)支付了多少元?';
const RECEIVED = '今年以来患者本人已经通过家庭共济获得多少元支付?';

describe('wizard: family mutual aid under a yearly cap', () => {
  it('the balance, then whose account, then what 共济 paid this year: family 100.00, cash 60.00', async () => {
    // 乙类 Enter Enter; details yes; 目录外 20; fund paid 100; balance 8000; 子女; paid 4900; received 4900; another Enter
    const r = await run(flags, ['', '', true, '20', '100', '8000', 'child', '4900', '4900', ''], { policy: tinglan });
    await r.promise;
    const asked = messages(r.asked());
    const at = asked.indexOf('有家人的职工医保个人账户绑定给您用(家庭共济)吗?可用余额多少元?');
    expect(asked.slice(at + 1, at + 4)).toEqual(['看病的人是这个账户主人的什么人?', PAID, RECEIVED]);
    expect(asked.some((m) => m.includes('起付线'))).toBe(false);
    expect(r.explained[0]).toMatchObject({ family: '8000', relation: 'child', ytd_family_paid: '4900', ytd_family_received: '4900' });
    const result = r.explanations[0]!.result;
    expect([result.fundPays, result.familyPays, result.cashDue]).toEqual([14000, 10000, 6000]);
  });

  it('no relative\'s account (balance 0): neither total asked', async () => {
    const r = await run(flags, ['', '', true, '', '', '', ''], { policy: tinglan });
    await r.promise;
    const asked = messages(r.asked());
    expect(asked).not.toContain(PAID);
    expect(asked).not.toContain(RECEIVED);
  });
});

describe('a list of choices at a 24-row terminal shows all 8 relations', () => {
  it('pageSize: the 8 relations on one page at 24 rows; 7 at a 12-row terminal', async () => {
    const { askChoice } = await vi.importActual<typeof import('../../src/cli/prompts.js')>('../../src/cli/prompts.js');
    const choices = ['1', '2', '3', '4', '5', '6', '7', '8'].map((v) => ({ value: v, name: `choice ${v}` }));
    for (const [rows, shown] of [[24, 8], [12, 7]] as const) {
      const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
      let screen = '';
      const output = Object.assign(new PassThrough(), { isTTY: true, rows, columns: 80 });
      output.on('data', (d: Buffer) => (screen += d.toString()));
      const answer = askChoice({ message: 'which?', choices }, { input, output, lang: 'en', plain: false } as never);
      await new Promise((r) => setTimeout(r, 50));
      const lastFrame = screen.split('which?').at(-1) ?? '';
      expect(choices.filter((c) => lastFrame.includes(c.name)).length, `rows ${rows}`).toBe(shown);
      input.write('\r');
      expect(await answer).toBe('1');
    }
  });
});
