// `policy show` on a model-2 policy: each structure of 白鹭's rulebook (fiction,
// examples/rulebooks/bailu.yaml, its text in examples/rulebooks/sources/bailu-2024-56.txt) in
// plain words with its clause. The expected lines are written from the rulebook's clauses.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const show = async (lang: 'zh' | 'en' = 'zh') => {
  const r = await runCli(['--lang', lang, 'policy', 'show', 'examples/rulebooks/bailu.yaml']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

/** `line` is printed, and `quote` is printed (as the quote of the source [1]) within the next `within` lines. */
function expectWithQuote(out: string, line: string, quote: string, within = 1): void {
  const lines = out.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l, i) => l === line && lines.slice(i + 1, i + 1 + within).includes(`原文[1]:“${quote}”`));
  if (at < 0) throw new Error(`"${line}" with the quote "${quote}" not found in:\n${out}`);
}

describe('policy show: model-2 structures in plain words, with their clauses', () => {
  it('一: facility names and the level each counts as; a facility the text does not name is unknown', async () => {
    const out = await show();
    expectWithQuote(out, '社区卫生服务中心:按一级医疗机构待遇', '社区卫生服务中心、乡镇卫生院执行一级医疗机构待遇');
    expect(out).toContain('村卫生室:级别未知:请用 --tier 1/2/3 给出实际级别');
    expect(out).toMatch(/来源未说明的[\s\S]*- 医疗机构 · 村卫生室:/);
  });

  it('a grade’s other names leave out its own (一档 is not “又称 一档”), and no line ends in a space', async () => {
    const out = await show();
    expect(out).toContain('  1: 一档(又称 第一档);');
    expect(out).toContain('  2: 二档(又称 第二档);');
    const en = await show('en');
    expect(en).toContain('  1: grade 1 (also 一档, 第一档);');
    // 六（二）: the groups' changes under their name
    expect(en).toContain('    特困人员:\n      threshold, share of the general one: 50%');
    for (const text of [out, en]) expect(text).not.toMatch(/ \n/);
  });

  it('二: 乙类先行自付, drugs 8% and items 12%, settled before the deductible', async () => {
    const out = await show();
    expect(out).toContain('乙类先行自付(在目录外之后、起付线之前结算)');
    expectWithQuote(out, '乙类药品个人先行自付:8%', '乙类药品个人先行自付8%');
    expectWithQuote(out, '乙类诊疗项目个人先行自付:12%', '乙类诊疗项目个人先行自付12%');
  });

  it('二（三）: the settlement order in words, then its clause (the line was printed empty)', async () => {
    // 目录外费用、乙类先行自付费用、起付标准、统筹基金按比例支付、年度最高支付限额，再依次由大病保险或大额医疗费用补助、医疗救助支付，剩余部分由个人负担
    expectWithQuote(
      await show(),
      '结算顺序:目录外费用 → 乙类先行自付 → 起付线 → 统筹基金按比例支付 → 封顶线 → 大病保险或大额医疗费用补助 → 医疗救助 → 个人负担',
      '医疗费用按以下顺序结算：目录外费用、乙类先行自付费用、起付标准、统筹基金按比例支付、年度最高支付限额，再依次由大病保险或大额医疗费用补助、医疗救助支付，剩余部分由个人负担，可以使用个人账户或家庭共济支付。',
    );
    const en = await show('en');
    expect(en).toContain('Settlement order: 目录外 costs → class-B first pay → deductible → the fund’s ratio → cap → critical-illness insurance (大病保险) or large-amount supplement (大额医疗费用补助) → medical assistance (医疗救助) → the patient\n');
    expect(en).not.toMatch(/Settlement order: *\n/);
  });

  it('三（一）: the per-admission schedule: 70% from the second stay, 30% from the third, none from the fourth (不再收取 states 0)', async () => {
    const out = await show();
    expectWithQuote(out, '第 2 次起,按起付线的:70%', '一个自然年度内第二次住院的，起付标准按70%收取');
    expectWithQuote(out, '第 3 次起,按起付线的:30%', '第三次住院的，按30%收取');
    expectWithQuote(out, '第 4 次起,按起付线的:0%', '第四次及以后住院的，不再收取');
    expect(out).not.toContain('第 4 次起,按起付线的:0% [解读]');
  });

  it('三（二）: employees’ inpatient bands on the total including the deductible, up to 30,000 and above', async () => {
    const out = await show();
    expectWithQuote(out, '分段的基数:政策范围内费用总额(含起付线)', '分段按纳入统筹支付范围的费用总额（含起付标准）计算');
    // the first band starts at the deductible, as the clause says (在起付标准以上至3万元（含）的部分): the base includes it
    expect(out).toContain('起付线以上至 30,000 元(含)的部分:\n        一级:90%');
    expectWithQuote(out, '起付线以上至 30,000 元(含)的部分:', '在起付标准以上至3万元（含）的部分', 7);
    expect(await show('en')).toContain('the part above the deductible up to 30,000 yuan (included):\n');
    expectWithQuote(out, '30,000 元以上的部分:90%', '超过3万元的部分，各级医疗机构均支付90%');
    // the retirees' 4 points go on every band: no single "retirees get" ratio is shown for banded rules
    expect(out).toContain('(分段比例的每一段都提高)');
  });

  it('an uplift is in percentage points, as the clauses say (提高4个百分点: 80% becomes 84%, not 80% × 1.04)', async () => {
    const out = await show();
    expectWithQuote(out, '退休人员支付比例提高:4 个百分点', '退休人员各段支付比例分别提高4个百分点');
    expectWithQuote(out, '退休人员支付比例提高:5 个百分点', '退休人员相应提高5个百分点');
    expectWithQuote(out, '退休人员支付比例提高:10 个百分点', '退休人员相应提高10个百分点');
    expectWithQuote(out, '各段比例提高:5 个百分点', '各段支付比例提高5个百分点，分段标准不变');
    expect(out).not.toMatch(/提高:\d+%/);
    const en = await show('en');
    expect(en).toContain('retiree uplift: 4 percentage points\n');
    expect(en).toContain('added to every band: 5 percentage points\n');
    // 云岭 三.3: 年满70周岁 … 住院支付比例提高2个百分点
    const yunling = await runCli(['policy', 'show', 'examples/rulebooks/yunling.yaml']);
    expectWithQuote(yunling.stdout, '每段比例提高:2 个百分点', '住院支付比例提高2个百分点，分段支付的各段均提高');
    expectWithQuote(yunling.stdout, '退休人员支付比例提高:8 个百分点', '退休人员相应提高8个百分点');
    const yunlingEn = await runCli(['--lang', 'en', 'policy', 'show', 'examples/rulebooks/yunling.yaml']);
    expect(yunlingEn.stdout).toContain('added to every ratio: 2 percentage points\n');
  });

  it('青鸥 (test/fixtures/ratio): the grade uplift in percentage points too (二档…各级分别提高6个百分点)', async () => {
    const out = (await runCli(['policy', 'show', 'test/fixtures/ratio/qingou.yaml'])).stdout;
    expectWithQuote(out, '二档各级比例提高(每段):6 个百分点', '二档缴费人员在一档基础上各级分别提高6个百分点');
    const en = (await runCli(['--lang', 'en', 'policy', 'show', 'test/fixtures/ratio/qingou.yaml'])).stdout;
    expect(en).toContain('grade 2: added to every ratio and band: 6 percentage points\n');
  });

  it('三（四）: one cap shared by inpatient and chronic care', async () => {
    expectWithQuote(await show(), '封顶线合并计算:住院、门诊慢特病(--ytd-fund 计入这些待遇的本年支付)', '住院和门诊慢特病合并计算');
  });

  it('四（三）: limits per disease, and several diseases share the highest one', async () => {
    const out = await show();
    expectWithQuote(out, '糖尿病:1,800 元', '糖尿病1800元');
    expect(out).toContain('同时患多个病种:按其中最高的一个限额,共用,不累加');
  });

  it('六: 大病保险 on the burden above 18,000 in three bands, with what the burden counts; 大额 above the cap', async () => {
    const out = await show();
    expectWithQuote(out, '支付方式:按年度个人负担超过起付标准的部分分段支付', '居民医保参保人员一个自然年度内住院和门诊慢特病个人负担费用累计超过1.8万元的部分，由大病保险分段支付');
    expectWithQuote(out, '起付线:不计入', '不包括起付标准和目录外费用');
    expectWithQuote(out, '18,000 元以上至 60,000 元(含)的部分:55%', '1.8万元以上至6万元（含）的部分支付55%');
    expectWithQuote(out, '120,000 元以上的部分:75%', '12万元以上的部分支付75%');
    expectWithQuote(out, '支付方式:支付基本医保按比例算出但超过年度封顶线的部分', '按本通知规定计算应由统筹基金支付但超出年度最高支付限额的金额，由大额医疗费用补助支付');
  });

  it('云岭 五: 大额 after the cap is paid on the costs less 目录外, 乙类先行自付 and the deductible (all three named)', async () => {
    const out = (await runCli(['policy', 'show', 'examples/rulebooks/yunling.yaml'])).stdout;
    expectWithQuote(
      out,
      '支付方式:基本医保达到封顶线后,其后的费用扣除目录外费用、乙类先行自付和起付线后按比例支付',
      '职工医保参保人员统筹基金年度支付达到最高支付限额后发生的住院和门诊慢特病费用，扣除目录外费用、乙类先行自付费用和起付标准后，由大额医疗费用补助支付85%',
    );
    const en = (await runCli(['--lang', 'en', 'policy', 'show', 'examples/rulebooks/yunling.yaml'])).stdout;
    expect(en).toContain('pays: once the cap is reached, a share of later costs less 目录外 costs, class-B first pay and the deductible\n');
  });

  it('七: 医疗救助 by group (特困人员 90% up to 80,000), and the reading on 乙类先行自付 shown as a reading', async () => {
    const out = await show();
    expectWithQuote(out, '救助比例:90%', '特困人员按90%');
    expectWithQuote(out, '年度救助限额:80,000 元', '年度救助限额特困人员8万元');
    expect(out).toContain('乙类先行自付:计入 [解读]');
  });

  it('八: filing: 转诊 and 未备案 adjusted; 已备案 in two kinds, long-term (八（一） local) and temporary (八（三）)', async () => {
    const out = await show();
    expect(out).toContain('转诊:起付线按本市三级医疗机构标准,比例降低 5 个百分点');
    expect(out).toContain('异地就医未备案:起付线按本市三级医疗机构标准,比例降低 20 个百分点');
    expect(out).toContain('异地长期居住/常驻异地已备案:按本地待遇');
    expectWithQuote(out, '临时外出就医已备案:起付线按本市三级医疗机构标准,比例降低 10 个百分点', '已备案的，支付比例按本市同级医疗机构标准降低10个百分点', 2);
    expect(out).not.toMatch(/来源未说明的[\s\S]*住院·职工 · 异地就医已备案:/);
  });

  it('八（二）（三）: a ratio cut is quoted from its own clause, beside the deductible’s', async () => {
    const out = await show();
    const referral = '转诊:起付线按本市三级医疗机构标准,比例降低 5 个百分点';
    expectWithQuote(out, referral, '经本市二级及以上定点医疗机构转诊并备案到市外住院的，起付标准按本市三级医疗机构标准执行', 2);
    expectWithQuote(out, referral, '支付比例按本市同级医疗机构标准降低5个百分点', 2);
    const unfiled = '异地就医未备案:起付线按本市三级医疗机构标准,比例降低 20 个百分点';
    expectWithQuote(out, unfiled, '其他临时外出就医的，起付标准按本市三级医疗机构标准执行', 2);
    expectWithQuote(out, unfiled, '未备案的降低20个百分点', 2);
  });

  it('九: what the accounts may pay: the own account 目录外 too (stated), the family account by a reading', async () => {
    const out = await show();
    expect(out).toContain('本人个人账户:政策范围内和目录外(全自费)费用\n');
    expect(out).toContain('家庭共济账户:政策范围内和目录外(全自费)费用 [解读]');
  });

  it('speaks English with --lang en', async () => {
    const out = await show('en');
    expect(out).toContain('from admission 2, share of the deductible: 70%');
    expect(out).toContain('several diseases: the highest of their limits, shared, not added');
  });
});
