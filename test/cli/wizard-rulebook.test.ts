// The wizard under a policy of model 2 (白鹭, fiction: examples/rulebooks/bailu.yaml) asks only
// what the rules of this claim need and the flags did not give: 第几次住院 where the deductible is
// per stay, 乙类费用 where there is 乙类先行自付, 是否备案 where care elsewhere has its own rules,
// 救助对象 where there is medical assistance, the grade of a resident, the disease of a
// 门诊慢特病 visit; a model-1 policy (Suizhou) asks none of them (wizard.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { messages, run } from './wizard-script.js';

vi.mock('../../src/cli/prompts.js', async () => (await import('./wizard-script.js')).promptsMock);

const { loadPolicyFile } = await import('../../src/policy/load.js');
const { policy: bailu } = await loadPolicyFile('examples/rulebooks/bailu.yaml');

describe('wizard: the questions of a rulebook (policy model 2)', () => {
  it('BL-02 at the prompts: the stay number and the 乙类 costs asked, filing and assistance left at their defaults', async () => {
    const flags = { date: '2025-05-06', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '2', amount: '12000' };
    // 第几次住院 2; 乙类药品 1000; 乙类诊疗项目 Enter (0); 本地 Enter; 救助 Enter (不是); details Enter; another Enter
    const r = await run(flags, ['2', '1000', '', '', '', '', ''], { policy: bailu });
    await r.promise;
    const asked = messages(r.asked());
    expect(asked.slice(0, 5)).toEqual([
      '这是今年(1月1日起)第几次住院?(第一次就按 Enter)',
      '其中乙类药品花了多少元?(费用清单上标“乙类”的药;没有就按 Enter)',
      '乙类诊疗项目(检查、治疗)花了多少元?(清单上标“乙类”的项目;没有就按 Enter)',
      '是在本地看病,还是在外地?',
      '看病的人是医疗救助对象吗?(民政部门认定的)',
    ]);
    expect(r.explained[0]).toMatchObject({ admission: '2', class_b_drugs: '1000', class_b_items: '0', filing: 'local' });
    expect(r.explained[0]!.assistance).toBeUndefined();
    // 800 × 70% = 560; 乙类 1000 × 8% = 80; (12000 − 80 − 560) × 89% = 10110.40 (claims.json BL-02)
    expect(r.explanations[0]!.result.deductibleApplied).toBe(56000);
    expect(r.explanations[0]!.result.fundPays).toBe(1011040);
  });

  it('a resident with a chronic disease: the grade, the disease and the other diseases, by the policy\'s own names', async () => {
    const flags = { date: '2025-08-20', benefit: 'chronic', scheme: 'resident', tier: '1', amount: '300' };
    // 二档; 乙类 Enter, Enter; 高血压, then 糖尿病, then 没有了; 救助 低保对象; details, another
    const r = await run(flags, ['2', '', '', '高血压', '糖尿病', '', '低保对象', '', ''], { policy: bailu });
    await r.promise;
    const choices = r.asked().filter((q) => q.kind === 'choice');
    expect(choices[0]!.choices).toEqual(['1', '2']);
    expect(choices[1]!.choices).toEqual(['高血压', '糖尿病', '慢性肾功能不全（非透析）', '精神分裂症', '恶性肿瘤门诊治疗']);
    expect(choices[2]!.choices).toEqual(['', '糖尿病', '慢性肾功能不全（非透析）', '精神分裂症', '恶性肿瘤门诊治疗']);
    expect(choices[4]!.choices).toEqual(['', '特困人员', '低保对象']);
    expect(r.explained[0]).toMatchObject({ grade: '2', disease: '高血压', diseases: '高血压、糖尿病', assistance: '低保对象' });
  });

  it('asks nothing the flags gave', async () => {
    const flags = { date: '2025-05-06', benefit: 'inpatient', scheme: 'employee', status: 'retired', tier: '2', amount: '12000', admission: '2', class_b_drugs: '1000', filing: 'local', assistance: '低保对象' };
    const r = await run(flags, ['', ''], { policy: bailu });
    await r.promise;
    expect(r.asked().map((q) => q.kind)).toEqual(['yesno', 'yesno']);
  });
});
