// The wizard under a policy of model 2 (白鹭, fiction: examples/rulebooks/bailu.yaml; 云岭 for the
// age) asks only what the rules of this claim need and the flags did not give, and its answers
// reach the engine through the claim parser as calc's flags do. Expected figures are worked by
// hand from ../shared/rulebooks/bailu/rulebook.txt (and match claims.json where the claim is one
// of its cases). A model-1 policy (Suizhou) asks none of these questions (wizard.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { messages, run } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const { loadPolicyFile } = await import('../../src/policy/load.js');
const { policy: bailu } = await loadPolicyFile('examples/rulebooks/bailu.yaml');
const { policy: yunling } = await loadPolicyFile('examples/rulebooks/yunling.yaml');

describe('wizard: the questions of a rulebook (policy model 2)', () => {
  it('an active employee, 二级, 20,000 on the 2nd stay of 2025: 起付 800 × 70% = 560; (20000 − 560) × 85% = 16524.00', async () => {
    // 三（一）: 二级 800, the second stay 70%; 三（二）: up to 3万 (the total, 起付 included) 二级 85%
    const flags = { date: '2025-03-01', benefit: 'inpatient' };
    // scheme Enter (职工), status Enter (在职), tier 2, 20000, stay 2, 乙类 Enter Enter, 本地 Enter, 救助 Enter, details Enter, another Enter
    const r = await run(flags, ['', '', '2', '20000', '2', '', '', '', '', '', ''], { policy: bailu });
    await r.promise;
    expect(messages(r.asked()).slice(4, 9)).toEqual([
      '这是今年(1月1日起)第几次住院?(第一次就直接按 Enter:按第一次算,结果里会注明)',
      '其中乙类药品花了多少元?(费用清单上标“乙类”的药;没有就按 Enter)',
      '乙类诊疗项目(检查、治疗)花了多少元?(清单上标“乙类”的项目;没有就按 Enter)',
      '是在本地看病,还是在外地?',
      '看病的人是医疗救助对象吗?(民政部门认定的)',
    ]);
    expect(r.explained[0]).toMatchObject({ admission: '2', class_b_drugs: '0', class_b_items: '0', filing: 'local' });
    const result = r.explanations[0]!.result;
    expect(result.deductibleApplied).toBe(56000);
    expect(result.fundPays).toBe(1652400);
    expect(result.cashDue).toBe(2000000 - 1652400);
  });

  it('BL-02 at the prompts: a retiree, 二级, 12,000 on the 2nd stay, 乙类药品 1,000: fund 10110.40', async () => {
    const flags = { date: '2025-05-06', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '2', amount: '12000' };
    const r = await run(flags, ['2', '1000', '', '', '', '', ''], { policy: bailu });
    await r.promise;
    // 乙类 1000 × 8% = 80; 起付 800 × 70% = 560; (12000 − 80 − 560) × (85% + 4) = 10110.40
    expect(r.explanations[0]!.result.firstPay).toBe(8000);
    expect(r.explanations[0]!.result.deductibleApplied).toBe(56000);
    expect(r.explanations[0]!.result.fundPays).toBe(1011040);
  });

  it('BL-07 at the prompts: the grade with no default, the first stay left unsaid (taken as the first, said), 低保对象, the year so far in the details', async () => {
    const flags = { date: '2025-04-11', benefit: 'inpatient', scheme: 'resident', tier: '2', amount: '40000', out_of_scope: '2000' };
    // grade Enter (asked again, with the reason), 一档; stay Enter; 乙类 Enter Enter; 本地; 低保对象;
    // details yes: ytd fund, burden, 大病 paid, assistance paid (Enter each), family Enter; another Enter
    const r = await run(flags, ['', '1', '', '', '', '', '低保对象', true, '', '', '', '', '', ''], { policy: bailu });
    await r.promise;
    const asked = r.asked().slice(1);
    expect(r.asked()[0]).toMatchObject({ kind: 'choice', message: expect.stringContaining('哪一档'), default: '', choices: ['', '1', '2'] });
    expect(asked[0]!.message).toContain('请选一档:档次决定报销比例,不会替您假定。');
    expect(asked[5]).toMatchObject({ kind: 'choice', choices: ['', '特困人员', '低保对象'], default: '' });
    expect(messages(asked).slice(7, 11)).toEqual([
      '今年以来住院和门诊慢特病医保统筹基金一共已经报销了多少元?(这几项合用一个年度限额)',
      '今年以来已经计入大病保险的个人负担有多少元?(见以前的结算单;没有就按 Enter)',
      '今年以来大病保险已经报销了多少元?',
      '今年以来医疗救助已经给了多少元?',
    ]);
    expect(r.explained[0]!.admission).toBeUndefined();
    expect(r.explained[0]).toMatchObject({ grade: '1', assistance: '低保对象', ytd_burden: '0', ytd_second: '0', ytd_assistance: '0' });
    // claims.json BL-07: 一档 二级 65%, 起付 600: 37400 × 65% = 24310.00; 大病 (13090 − 9000) × 60% = 2454.00;
    // 救助 (600 + 13090 − 2454) × 70% = 7865.20
    const result = r.explanations[0]!.result;
    expect([result.fundPays, result.secondLayerPays, result.assistancePays]).toEqual([2431000, 245400, 786520]);
    expect(r.explanations[0]!.warnings.map((w) => w.code)).toContain('admission_assumed');
  });

  it('BL-09 at the prompts: two chronic diseases by the policy\'s names, the year so far of the shared cap and of the diseases', async () => {
    const flags = { date: '2025-08-20', benefit: 'chronic', scheme: 'employee', status: 'active', tier: '2', amount: '2500', account: '1000' };
    // 乙类药品 500, 项目 Enter; 糖尿病, then 高血压, then 没有了; 救助 Enter;
    // details yes: 目录外 Enter, 起付 met 300, fund 1500 (shared cap), of it 门诊慢特病 1500, 大额 paid Enter, family Enter; another Enter
    const r = await run(flags, ['500', '', '糖尿病', '高血压', '', '', true, '', '300', '1500', '1500', '', '', ''], { policy: bailu });
    await r.promise;
    const choices = r.asked().filter((q) => q.kind === 'choice');
    // '' is 请选择: Enter there asks again
    expect(choices[0]!.choices).toEqual(['', '高血压', '糖尿病', '慢性肾功能不全（非透析）', '精神分裂症', '恶性肿瘤门诊治疗']);
    expect(choices[1]!.choices).toEqual(['', '高血压', '慢性肾功能不全（非透析）', '精神分裂症', '恶性肿瘤门诊治疗']);
    expect(r.explained[0]).toMatchObject({ disease: '糖尿病', diseases: '糖尿病、高血压', ytd_deductible: '300', ytd_fund: '1500', ytd_benefit_fund: '1500' });
    // 四: 乙类 500 × 8% = 40; 起付 met; 2460 × 80% = 1968.00; limit 1800 (糖尿病, the higher, 不累加) − 1500 = 300; account 1000
    const result = r.explanations[0]!.result;
    expect([result.firstPay, result.deductibleApplied, result.fundBeforeCap, result.fundPays]).toEqual([4000, 0, 196800, 30000]);
    expect([result.accountPays, result.cashDue]).toEqual([100000, 120000]);
  });

  it('云岭 (三.3 年满70周岁, the day not stated): a birth date 69 on admission asks the discharge day, which decides', async () => {
    const flags = { date: '2025-03-10', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '2', amount: '10000', admission: '1', class_b_drugs: '0', class_b_items: '0', filing: 'local' };
    // age: Enter refused (no default), then a birth date; discharge Enter refused, then the day; 救助 Enter; details, another
    const r = await run(flags, ['', '1955-03-15', '', '2025-03-20', '', '', ''], { policy: yunling });
    await r.promise.catch(() => undefined);
    expect(messages(r.asked())[0]).toBe('看病的人多大年龄?(填周岁,如 67;或填出生日期,如 1955-03-08)');
    expect(r.rejected().map((x) => x.error)).toEqual(['请填写年龄或出生日期:它决定报销比例,不会替您假定。', '请填写出院日期:年龄按出院那天算,不会替您假定。']);
    expect(r.explained[0]).toMatchObject({ birth_date: '1955-03-15', discharge_date: '2025-03-20' });
    expect(r.explained[0]!.age).toBeUndefined();
    // 70 on 15 March, within the stay: the text does not say which day counts, so the claim is unknown (exit 3)
    await expect(r.promise).rejects.toMatchObject({ exitCode: 3 });
  });

  it('云岭: a birth date 70 already on admission needs no discharge day; an age in years is taken as typed', async () => {
    const flags = { date: '2025-03-10', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '2', amount: '10000', admission: '1', class_b_drugs: '0', class_b_items: '0', filing: 'local' };
    const byBirth = await run(flags, ['1950年1月2日', '', '', ''], { policy: yunling });
    await byBirth.promise;
    expect(byBirth.explained[0]).toMatchObject({ birth_date: '1950年1月2日' });
    expect(byBirth.explained[0]!.discharge_date).toBeUndefined();
    const byAge = await run(flags, ['71', '', '', ''], { policy: yunling });
    await byAge.promise;
    expect(byAge.explained[0]).toMatchObject({ age: '71' });
    // the same claim either way: the uplift of 三.3 applies to both
    expect(byAge.explanations[0]!.result.fundPays).toBe(byBirth.explanations[0]!.result.fundPays);
  });

  it('the same person\'s next stay is the next number: BL-02 (the 2nd stay), then a 3rd stay of 20,000 at 30% of 起付', async () => {
    const flags = { date: '2025-05-06', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '2' };
    // claim 1: 12000, stay 2, 乙类药品 1000, items, 本地, 救助, details; another yes; same person yes;
    // claim 2: 20000 (the stay not asked: the 3rd), 乙类 Enter Enter, 本地, 救助, details; another Enter
    const r = await run(flags, ['12000', '2', '1000', '', '', '', '', true, true, '20000', '', '', '', '', '', ''], { policy: bailu });
    await r.promise;
    expect(r.explained[1]).toMatchObject({ admission: '3', ytd_fund: '10110.40' });
    // 三（一） the third stay: 800 × 30% = 240; (20000 − 240) × (85% + 4) = 17586.40
    expect(r.explanations[1]!.result.deductibleApplied).toBe(24000);
    expect(r.explanations[1]!.result.fundPays).toBe(1758640);
  });

  it('someone else starts again: no stay number, grade or group carried', async () => {
    const flags = { date: '2025-04-11', benefit: 'inpatient', scheme: 'resident', tier: '2', amount: '1000', admission: '2', ytd_burden: '500' };
    // claim 1: 一档, 乙类 Enter Enter, 本地, 低保对象, details; another yes; same person no; claim 2: 二档, stay Enter, …
    const r = await run(flags, ['1', '', '', '', '低保对象', '', true, false, '2', '', '', '', '', '', '', ''], { policy: bailu });
    await r.promise;
    expect(r.explained[1]).toMatchObject({ grade: '2' });
    expect(r.explained[1]!.admission).toBeUndefined();
    expect(r.explained[1]!.ytd_burden).toBeUndefined();
    expect(r.explained[1]!.assistance).toBeUndefined();
  });

  it('白鹭 八（一）/（三）: the filing question offers 临时外出就医已备案 beside long-term filing; temporary: 三级 起付 1200, 85 − 10 = 75%: (20000 − 1200) × 75% = 14100.00', async () => {
    const flags = { date: '2025-03-01', benefit: 'inpatient', scheme: 'employee', status: 'active', tier: '2', amount: '20000', admission: '1', class_b_drugs: '0', class_b_items: '0' };
    const r = await run(flags, ['temporary', '', '', ''], { policy: bailu });
    await r.promise;
    const filing = r.asked().find((q) => q.message === '是在本地看病,还是在外地?');
    expect(filing?.choices).toEqual(['local', 'filed', 'temporary', 'referral', 'unfiled']);
    expect(r.explained[0]).toMatchObject({ filing: 'temporary' });
    expect(r.explanations[0]!.result.fundPays).toBe(1410000);
  });

  it('in English: the stay, the 乙类 costs, the filing and the group in plain words', async () => {
    const flags = { date: '2025-03-01', benefit: 'inpatient', scheme: 'employee', status: 'active', tier: '2', amount: '20000' };
    const r = await run(flags, ['2', '', '', '', '', '', ''], { policy: bailu, lang: 'en' });
    await r.promise;
    expect(messages(r.asked()).slice(0, 5)).toEqual([
      'Which stay in hospital is this since 1 January? (The first: press Enter; it is taken as the first, and the result says so.)',
      'How much of it was class-B (乙类) drugs? (Marked 乙类 on the itemised bill; none: press Enter.)',
      'And class-B (乙类) tests and treatments? (Marked 乙类 on the bill; none: press Enter.)',
      'Was the care here, or elsewhere?',
      'Is the patient in a medical-assistance group (certified by civil affairs)?',
    ]);
    expect(r.explanations[0]!.result.fundPays).toBe(1652400);
  });

  it('asks nothing the flags gave', async () => {
    const flags = { date: '2025-05-06', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '2', amount: '12000', admission: '2', class_b_drugs: '1000', filing: 'local', assistance: '低保对象' };
    const r = await run(flags, ['', ''], { policy: bailu });
    await r.promise;
    expect(r.asked().map((q) => q.kind)).toEqual(['yesno', 'yesno']);
  });
});
