// `policy show <city>` for issue 10: every reading the tool takes is listed with its quote, and
// nothing is shown as stated that the source does not state. Expected words are read from the
// seeds (sources/*.txt), not from the program: the Suizhou article, the Xianning article, the
// Jiayu 2012 report, the Hanzhong and Weihai reports.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

async function show(city: string, lang: 'zh' | 'en' = 'zh') {
  const { stdout, code } = await runCli(lang === 'en' ? ['--lang', 'en', 'policy', 'show', city] : ['policy', 'show', city]);
  expect(code).toBe(0);
  const readings = stdout.slice(stdout.indexOf(lang === 'zh' ? '本工具对原文的解读和推定(' : 'Readings and inferences the tool takes ('), stdout.indexOf(lang === 'zh' ? '来源未说明的(' : 'What the sources leave unknown ('));
  return { stdout, readings, lines: stdout.split('\n').map((l) => l.trim()) };
}

/** Every entry of the readings list is followed by its quote, or says it has none. */
function everyReadingQuoted(readings: string): void {
  const lines = readings.split('\n').slice(1).filter((l) => l.trim() !== '');
  expect(lines.length).toBeGreaterThan(0);
  lines.forEach((line, i) => {
    if (line.startsWith('  - ')) expect(lines[i + 1]).toMatch(/^ {4}(原文(\[\d+\])?:“|\(无原文|Quote)/);
  });
}

describe('policy show: readings listed with their quotes', () => {
  it('suizhou: the uplift, the undated widening, the 350 limit and the caps are readings, each with its quote', async () => {
    const { readings, stdout } = await show('suizhou');
    everyReadingQuoted(readings);
    expect(readings).toContain('“提高5%”理解为提高5个百分点');
    expect(readings).toContain('“其中,退休人员支付比例提高5%。”');
    expect(readings).toContain('没有写明扩大的日期');
    expect(readings).toContain('“职工医保个人账户共济范围由直系亲属(父母、配偶、子女)扩大至近亲属”');
    expect(readings).toContain('“门诊报销增至350元”理解为居民普通门诊年度报销限额');
    // The outpatient deductible's year is stated (Q&A 2); the inpatient one is not.
    expect(stdout).toContain('起付线计算周期:按自然年度累计');
    expect(stdout).toContain('“一个自然年度内(1月1日至12月31日),参保人员普通门诊政策内医疗费用累计超过门诊报销起付线以上部分,按以下规定报销”');
    expect(stdout).toMatch(/住院·职工\n {4}起付线:未知[^\n]*\n {6}起付线计算周期:未知/);
    expect(stdout).toContain('来源资料截至 2024');
  });

  it('suizhou before 2024: chronic care, residents\' outpatient care and the 职工大额封顶线 existed, shown as unknown, never as not covered', async () => {
    const { stdout } = await show('suizhou');
    const early = stdout.slice(stdout.indexOf('版本 起始日期未载明'), stdout.indexOf('版本 2024-01-01 起'));
    expect(early).toContain('门诊慢特病:2024年前已有门诊慢特病待遇：25个病种');
    expect(early).toContain('普通门诊·居民');
    expect(early).toContain('职工大额封顶线:未知');
    expect(early).toContain('大病保险封顶线:300,000 元');
    expect(early).toContain('来源未说清的亲属:兄弟姐妹、(外)祖父母、(外)孙子女');
    expect(stdout).not.toContain('不包含');
  });

  it('suizhou: no cap is called 年度 unless its own quote or reading says so', async () => {
    const { lines } = await show('suizhou');
    const capLines = lines.filter((l) => /封顶线:(\d|未知)/.test(l) && !l.startsWith('- '));
    expect(capLines.length).toBeGreaterThan(0);
    for (const l of capLines) expect(l).not.toContain('年度');
  });

  it('xianning: relatives beyond the three named before 等 are unsettled (a reading), the resident 50% and 0 are inferred, and no 年度 limit for chronic care', async () => {
    const { readings, stdout } = await show('xianning');
    everyReadingQuoted(readings);
    expect(stdout).toContain('来源未说清的亲属:兄弟姐妹、(外)祖父母、(外)孙子女(按不能支付计算,这是解读)');
    expect(readings).toContain('“个人账户资金允许父母、子女、配偶等家庭成员共济使用”');
    expect(readings).toContain('[推定] 2023-01-01 起 · 普通门诊·居民 · 起付线');
    expect(readings).toContain('不大可能');
    expect(readings).not.toContain('不可能是');
    expect(stdout).toContain('门诊慢特病医保基金报销限额（最低）:2,000 元');
    expect(stdout).not.toContain('年度报销限额');
    expect(stdout).toContain('来源资料截至 2024-01');
  });

  it('jiayu: the years rule with its quote, the bands\' edges and nothing below 60%', async () => {
    const { readings, stdout } = await show('jiayu');
    everyReadingQuoted(readings);
    expect(stdout).toContain('缴费年限:达到规定缴费年限的退休人员享受个人账户、普通门诊统筹、住院报销和门诊慢性病补助待遇（规定缴费年限：累计男满30年、女满25年，且实际缴费年限达到省规定）');
    expect(stdout).not.toContain('不论缴费档次');
    expect(stdout).toContain('下一档上限:79%');
    expect(stdout).toContain('低于最低一档:未知(无法计算,不按“不享受”处理)');
    expect(readings).toContain('张爹爹是退休职工');
    expect(readings).toContain('“達(dá)到規(guī)定繳費(fèi)年限的退休人員享受個人賬戶、普通門診統(tǒng)籌、住院報(bào)銷和門診慢性病補(bǔ)助待遇”');
    expect(readings).toContain('79.9%不算达到80%');
    expect(stdout).toContain('封顶线以上:大额医疗保险可能支付(本工具不计算)');
  });

  it('hanzhong: the closed list and the account reading, each quoted', async () => {
    const { readings, stdout } = await show('hanzhong');
    everyReadingQuoted(readings);
    expect(readings).toContain('只有配偶、父母、子女可被授权');
    expect(stdout).not.toContain('来源未说清的亲属');
  });

  it('weihai: the family circle is unknown, and the 两病 reading is quoted', async () => {
    const { readings, stdout } = await show('weihai');
    everyReadingQuoted(readings);
    expect(stdout).toContain('可共济的亲属:未知(来源未提及;亲属账户按不能支付计算)');
    expect(readings).toContain('“合并“兩病”患者的門診費(fèi)用年度支付限額分別由500元、1000元提高至1000元、1500元”');
    expect(stdout).not.toContain('来源资料截至');
  });

  it('云岭: one reading read in two clauses is listed under each clause’s quote (九.2 居民普通门诊, 八.1 职工门诊慢特病)', async () => {
    // 不设起付标准 states 0 (the quote check reads it), so 云岭 writes no reading there; a bureau may
    // still add one, and the same reading on two clauses is then listed under each clause's quote
    const text = readFileSync('examples/rulebooks/yunling.yaml', 'utf8').replace(
      /(quote: (?:居民医保|职工医保门诊慢特病)不设起付标准\n)/g,
      '$1            reading: { zh: 不设起付标准即起付标准为0。, en: "不设起付标准 (no deductible): 0." }\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'yibao-readings-'));
    writeFileSync(join(dir, 'yunling.yaml'), text);
    cpSync('examples/rulebooks/sources', join(dir, 'sources'), { recursive: true });
    const { readings } = await show(join(dir, 'yunling.yaml'));
    everyReadingQuoted(readings);
    expect(readings).toContain('- [解读] 2025-01-01 起 · 普通门诊·居民 · 起付线:不设起付标准即起付标准为0。\n    原文[1]:“居民医保不设起付标准”\n');
    expect(readings).toContain('- [解读] 2025-01-01 起 · 门诊慢特病·职工 · 起付线:不设起付标准即起付标准为0。\n    原文[1]:“职工医保门诊慢特病不设起付标准”\n');
  });

  it('speaks English too, and --json lists the readings', async () => {
    const { readings } = await show('suizhou', 'en');
    expect(readings).toContain('[reading]');
    const { stdout } = await runCli(['policy', 'show', 'jiayu', '--json']);
    const doc = JSON.parse(stdout) as { readings: { kind: string; text: string; quote?: string }[] };
    expect(doc.readings.length).toBeGreaterThan(3);
    expect(doc.readings.every((r) => r.quote !== undefined)).toBe(true);
  });
});
