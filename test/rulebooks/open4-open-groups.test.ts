// An open list of hardship groups: 棠溪 第十五条第二款 「特困人员、低保对象、返贫致贫人口等困难群众，住院起付
// 标准按本条第一款规定的50%收取」 and 第二十一条第二款 (大病保险 for 「第十五条第二款所列困难群众」) end in 等,
// while 医疗救助 (第二十二条) names a closed list of three. test/fixtures/open4/tangxi.yaml writes
// `open_groups: { value: null, … }` beside group_deductible_share and the layer's groups. Values by
// hand: 居民 二级 first stay of 10000.00, 起付 500 (第十五条), 75% (第十六条).
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { pick, run } from './small2-helpers.js';
import { variant } from './layers3-helpers.js';

const FILE = 'test/fixtures/open4/tangxi.yaml';
const claim = (file: string) => ['calc', '--policy', file, '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--admission', '1', '--tier', '2', '--amount', '10000'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const paths = (j: any, kind: string): string[] => j.warnings.filter((w: { kind: string }) => w.kind === kind).map((w: { path?: string }) => w.path ?? '');

const SHARE_READ: [string, string] = [
  `          open_groups:
            value: null
            source: tx
            quote: 特困人员、低保对象、返贫致贫人口等困难群众`,
  `          open_groups:
            value: as_group
            group: 低保对象
            reading: { zh: 防返贫监测对象等未列出的困难群众按低保对象的起付标准比例计算。, en: "Groups the list does not name are counted as 低保对象." }
            reading_short: { zh: 未列出的困难群众按低保对象计算, en: unnamed groups counted as 低保对象 }
            source: tx
            quote: 特困人员、低保对象、返贫致贫人口等困难群众`,
];
const LAYER_READ: [string, string] = [
  `        open_groups:
          value: null
          source: tx
          quote: 第十五条第二款所列困难群众`,
  `        open_groups:
          value: as_group
          group: 低保对象
          reading: { zh: 第十五条第二款“等”未列出的困难群众按低保对象适用大病保险倾斜政策。, en: "Unnamed groups get the layer's changes as 低保对象." }
          reading_short: { zh: 大病保险按低保对象的倾斜政策计算, en: the layer's changes as for 低保对象 }
          source: tx
          quote: 第十五条第二款所列困难群众`,
];

describe('an open list of groups (棠溪 第十五条第二款, 第二十一条第二款)', () => {
  it('a named group: 起付 500 × 50% = 250.00; (10000 − 250) × 75% = 7312.50; 救助 (2687.50 − 500) × 70% = 1531.25; cash 1156.25', async () => {
    const j = await run([...claim(FILE), '--assistance', '低保对象']);
    expect(pick(j, 'deductible_applied', 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['250.00', '7312.50', '0.00', '1531.25', '1156.25']);
  });

  it('a group the list does not name (防返贫监测对象), unknown: exit 3 naming open_groups and the question (the share 50% or 100% differ)', async () => {
    const out = await yibao([...claim(FILE), '--assistance', '防返贫监测对象']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.open_groups');
    expect(out.stderr).toContain('是否属于“等困难群众”');
    const en = await yibao([...claim(FILE), '--assistance', '防返贫监测对象', '--lang', 'en']);
    expect(en.stderr).toContain('does not say whether "防返贫监测对象" is one of them');
  });

  it('an assistance group the open lists leave out (防返贫监测对象 added to 医疗救助 in a variant) is not named by them: exit 3 naming inpatient.resident.open_groups, never the full 起付 said as a rule (9500 × 75% = 7125.00)', async () => {
    // round-6 trial (岚汐 LX-07): the group was in assistance's list, so it counted as named and the 等 of the other lists was never asked
    const file = variant(FILE, [
      [
        `        返贫致贫人口:
          threshold: { value: 1500, source: tx, quote: 返贫致贫人口年度救助起付标准1500元 }`,
        `        防返贫监测对象:
          threshold: { value: 1500, source: tx, quote: 返贫致贫人口年度救助起付标准1500元 }
          ratio: { value: 0.6, source: tx, quote: 超过部分救助60% }
          cap: { value: 30000, source: tx, quote: 年度救助限额3万元 }
        返贫致贫人口:
          threshold: { value: 1500, source: tx, quote: 返贫致贫人口年度救助起付标准1500元 }`,
      ],
    ]);
    const out = await yibao([...claim(file), '--assistance', '防返贫监测对象']);
    expect(out.code, out.stdout).toBe(3);
    expect(out.stderr).toContain('inpatient.resident.open_groups');
    expect(out.stderr).toContain('是否属于“等困难群众”');
    // read as 低保对象 for the deductible: 250.00 and 7312.50, as for a named 低保对象
    const read = await run([...claim(variant(file, [SHARE_READ])), '--assistance', '防返贫监测对象']);
    expect(pick(read, 'deductible_applied', 'fund_pays')).toEqual(['250.00', '7312.50']);
  });

  it('read as 低保对象 for the deductible: 250.00, 7312.50; the layer still unknown but below both thresholds (2687.50 < 7500): answered; 救助 0, said; cash 2687.50', async () => {
    const file = variant(FILE, [SHARE_READ]);
    const j = await run([...claim(file), '--assistance', '防返贫监测对象']);
    expect(pick(j, 'deductible_applied', 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['250.00', '7312.50', '0.00', '0.00', '2687.50']);
    expect(paths(j, 'reading')).toContain('inpatient.resident.open_groups');
    expect(paths(j, 'note')).toContain('assistance.groups');
    expect(JSON.stringify(j.warnings)).toContain('不在医疗救助对象(特困人员、低保对象、返贫致贫人口)之列');
  });

  it('the layer’s open list matters once the burden reaches the group threshold: 10000 + 2687.50 above 7500 at 65% = 1746.88 vs 0: exit 3 naming second_layer.resident.open_groups', async () => {
    const file = variant(FILE, [SHARE_READ]);
    const out = await yibao([...claim(file), '--assistance', '防返贫监测对象', '--ytd-burden', '10000']);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('second_layer.resident.open_groups');
    // each answer, as the deductible's open list gives them: not one of them, 大病 0; as a listed group, 1746.88
    expect(out.stderr).toMatch(/不属于所列困难群众\(按一般规定\):统筹基金支付 7312\.50 元,个人现金 2687\.50 元/);
    expect(out.stderr).toContain('按“低保对象”的规定:统筹基金支付 7312.50 元,大病保险 1746.88 元,个人现金 940.62 元');
    expect(out.stderr).toContain('--set second_layer.resident.open_groups=none|');
  });

  it('both read as 低保对象: 大病 2687.50 × (60 + 5)% = 1746.88 (half up); cash 10000 − 7312.50 − 1746.88 = 940.62; both readings said', async () => {
    const file = variant(FILE, [SHARE_READ, LAYER_READ]);
    const j = await run([...claim(file), '--assistance', '防返贫监测对象', '--ytd-burden', '10000']);
    expect(pick(j, 'deductible_applied', 'fund_pays', 'second_layer_pays', 'assistance_pays', 'cash_due')).toEqual(['250.00', '7312.50', '1746.88', '0.00', '940.62']);
    expect(paths(j, 'reading')).toEqual(expect.arrayContaining(['inpatient.resident.open_groups', 'second_layer.resident.open_groups']));
  });

  it('the text breakdown and say name the group and the closed list of assistance', async () => {
    const file = variant(FILE, [SHARE_READ]);
    const text = await yibao([...claim(file), '--assistance', '防返贫监测对象']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('防返贫监测对象(按低保对象)按 50% 收取');
    expect(text.stdout).toContain('“防返贫监测对象”不在医疗救助对象(特困人员、低保对象、返贫致贫人口)之列,医疗救助不支付');
    const say = await yibao([...claim(file), '--assistance', '防返贫监测对象', '--format', 'say']);
    expect(say.stdout).toContain('未列出的困难群众按低保对象计算');
  });

  it('a closed list (no open_groups) still refuses a group it does not name: exit 2 listing the groups', async () => {
    const out = await yibao(['calc', '--policy', 'test/fixtures/open4/chengxiu.yaml', '--date', '2025-03-01', '--scheme', 'resident', '--benefit', 'inpatient', '--tier', '2', '--amount', '3000', '--assistance', '防返贫监测对象']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('特困人员');
  });

  it('a group the deductible share names but assistance does not: validate accepts it; 起付 250.00; 救助 0, said', async () => {
    const file = variant(FILE, [['            返贫致贫人口: { value: 0.5, source: tx, quote: 特困人员、低保对象、返贫致贫人口等困难群众，住院起付标准按本条第一款规定的50%收取 }\n', '            返贫致贫人口: { value: 0.5, source: tx, quote: 特困人员、低保对象、返贫致贫人口等困难群众，住院起付标准按本条第一款规定的50%收取 }\n            防返贫监测对象: { value: 0.5, source: tx, quote: 特困人员、低保对象、返贫致贫人口等困难群众，住院起付标准按本条第一款规定的50%收取 }\n']]);
    const ok = await yibao(['policy', 'validate', file]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const j = await run([...claim(file), '--assistance', '防返贫监测对象']);
    expect(pick(j, 'deductible_applied', 'fund_pays', 'assistance_pays', 'cash_due')).toEqual(['250.00', '7312.50', '0.00', '2687.50']);
    expect(paths(j, 'note')).toContain('assistance.groups');
  });

  it('validate: as_group needs group and a reading; group must be listed', async () => {
    const bad = variant(FILE, [[SHARE_READ[0], SHARE_READ[0].replace('value: null', 'value: as_group\n            group: 五保户')]]);
    const out = await yibao(['policy', 'validate', bad]);
    expect(out.code).toBe(2);
    expect(out.stdout + out.stderr).toContain('五保户');
    expect(out.stdout + out.stderr).toContain('reading');
  });

  it('policy show says the list is open and what an unnamed group gets', async () => {
    const show = await yibao(['policy', 'show', FILE]);
    expect(show.stdout).toContain('名单以“等”结尾');
  });
});
