// A policy directory (--policy-dir, YIBAO_POLICY_DIR) made by hand in a temporary directory: a
// bureau's `suizhou.yaml` that extends the bundled Suizhou with inpatient rules, and a new city
// 青石市 (fiction, made up for this test). Amounts are worked out by hand from the clauses below.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const NOTICE = [
  '随州市职工住院待遇(测试用虚构文本)',
  '一、职工住院起付标准:二级医疗机构600元,三级医疗机构800元。',
  '二、起付标准以上部分,二级医疗机构支付85%,三级医疗机构支付80%。',
  '三、起付标准按次计算。',
].join('\n');

// Suizhou's bureau states only its employees' inpatient deductible, its period and its ratios.
const SUIZHOU = `schema: yibao.policy/1
extends: suizhou
sources:
  bureau-notice:
    title: 随州市职工住院待遇(虚构)
    publisher: 随州市医疗保障局(测试)
    date: "2024"
    file: sources/notice.txt
versions:
  - effective: "2024-01-01"
    benefits:
      inpatient:
        employee:
          deductible:
            "2": { value: 600, source: bureau-notice, quote: 二级医疗机构600元 }
            "3": { value: 800, source: bureau-notice, quote: 三级医疗机构800元 }
          deductible_period: { value: admission, source: bureau-notice, quote: 起付标准按次计算 }
          ratio:
            "2": { value: 0.85, source: bureau-notice, quote: 二级医疗机构支付85% }
            "3": { value: 0.8, source: bureau-notice, quote: 三级医疗机构支付80% }
`;

const QINGSHI_TEXT = '青石市职工普通门诊:一个自然年度内起付线300元,一级医疗机构支付90%,年度最高支付2000元。医保服务热线0000-1234567。异地就医需先备案。';

// A whole new city (fiction): employees' outpatient rules only.
const QINGSHI = `schema: yibao.policy/1
id: qingshi
name: { zh: 青石市, en: Qingshi }
region: { zh: 虚构省青石市, en: "Qingshi (fiction)" }
sources:
  qs:
    title: 青石市门诊待遇(虚构)
    publisher: 青石市医疗保障局(测试)
    date: "2024"
    file: qingshi.txt
tiers:
  "1": { name: { zh: 一级医疗机构, en: tier-1 facility } }
versions:
  - effective: "2024-01-01"
    rounding: { mode: half_up, unit: "0.01", note: { zh: 来源未规定舍入;四舍五入到分。, en: No rounding stated; half-up to 0.01. } }
    benefits:
      outpatient:
        employee:
          deductible: { value: 300, source: qs, quote: 起付线300元 }
          deductible_period: { value: year, source: qs, quote: 一个自然年度内起付线300元 }
          ratio: { "1": { value: 0.9, source: qs, quote: 一级医疗机构支付90% } }
          cap: { value: 2000, source: qs, quote: 年度最高支付2000元 }
hotline: { number: "0000-1234567", source: qs, quote: 医保服务热线0000-1234567 }
faq:
  - id: qingshi-filing
    question: { zh: 去外地看病要备案吗？, en: Do I file before care in another city? }
    answer: { zh: 异地就医需先备案。, en: Care in another city is filed first. }
    source: qs
    quote: 异地就医需先备案。
`;

function bureauDir(files: Record<string, string> = { 'suizhou.yaml': SUIZHOU, 'qingshi.yaml': QINGSHI }): string {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-policy-dir-'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'notice.txt'), NOTICE);
  writeFileSync(join(dir, 'qingshi.txt'), QINGSHI_TEXT);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const INPATIENT = ['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--json'];
const OUTPATIENT = ['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--json'];
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:/);

describe('YIBAO_POLICY_DIR', () => {
  it('serves the bureau’s file to calc: an inpatient claim is answered from its clauses', async () => {
    const env = { YIBAO_POLICY_DIR: bureauDir() };
    // tier 2: 600 per admission; (10000 − 600) × 85% = 7990.00; cash 2010.00
    const two = await runYibao([...INPATIENT, '--tier', '2', '--amount', '10000'], { env });
    expect(two.stderr).toBe('');
    expect(two.code).toBe(0);
    const r2 = JSON.parse(two.stdout).result;
    expect([r2.deductible_applied, r2.ratio, r2.fund_pays, r2.cash_due]).toEqual(['600.00', '0.85', '7990.00', '2010.00']);
    // tier 3: (5000 − 800) × 80% = 3360.00
    const three = JSON.parse((await runYibao([...INPATIENT, '--tier', '3', '--amount', '5000'], { env })).stdout).result;
    expect([three.deductible_applied, three.fund_pays]).toEqual(['800.00', '3360.00']);
    // the bundled cap (200,000, Suizhou Daily) still applies
    expect(three.cap).toBe('200000.00');
  });

  it('without the directory the same claim is unknown (exit 3), as bundled', async () => {
    const r = await runYibao([...INPATIENT, '--tier', '2', '--amount', '10000']);
    expect(r.code).toBe(3);
  });

  it('leaves outpatient exactly as bundled', async () => {
    const bundled = JSON.parse((await runYibao(OUTPATIENT)).stdout);
    const served = JSON.parse((await runYibao(OUTPATIENT, { env: { YIBAO_POLICY_DIR: bureauDir() } })).stdout);
    // 2000 − 500 = 1500; × 80% = 1200.00
    expect(served.result.fund_pays).toBe('1200.00');
    expect(served.result).toEqual(bundled.result);
    expect(served.steps).toEqual(bundled.steps);
    expect(served.warnings).toEqual(bundled.warnings);
    // the hash names what was computed from: both files
    expect(served.policy.sha256).not.toBe(bundled.policy.sha256);
  });

  it('serves policy list: where each policy comes from', async () => {
    const dir = bureauDir();
    const { stdout, code } = await runYibao(['policy', 'list'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(code).toBe(0);
    expect(stdout).toContain(`suizhou  随州市 (湖北省随州市)\n  政策文件:${join(dir, 'suizhou.yaml')}(扩展内置的 suizhou)\n`);
    expect(stdout).toContain(`qingshi  青石市 (虚构省青石市)\n  政策文件:${join(dir, 'qingshi.yaml')}\n`);
    expect(stdout).toContain('weihai  威海市 (山东省威海市)\n  政策文件:内置\n');
    expect(stdout).toContain('2024-01-01 起: 可计算 普通门诊·职工、住院·职工');
    const json = JSON.parse((await runYibao(['policy', 'list', '--json'], { env: { YIBAO_POLICY_DIR: dir } })).stdout);
    const origin = (id: string) => json.policies.find((p: { id: string }) => p.id === id).origin;
    expect(origin('suizhou')).toEqual({ kind: 'directory', file: join(dir, 'suizhou.yaml'), extends: 'suizhou' });
    expect(origin('qingshi')).toEqual({ kind: 'directory', file: join(dir, 'qingshi.yaml') });
    expect(origin('jiayu')).toEqual({ kind: 'bundled' });
  });

  it('--policy-dir wins over the variable, before the command or after its flags', async () => {
    const dir = bureauDir();
    const env = { YIBAO_POLICY_DIR: join(dir, 'nowhere') };
    const after = await runYibao([...INPATIENT, '--tier', '2', '--amount', '10000', '--policy-dir', dir], { env });
    expect(JSON.parse(after.stdout).result.fund_pays).toBe('7990.00');
    const before = await runYibao(['--lang', 'en', '--policy-dir', dir, 'policy', 'list'], { env });
    expect(before.stdout).toContain(`policy file: ${join(dir, 'suizhou.yaml')} (extends suizhou)`);
  });
});

describe('a new city in the directory', () => {
  it('is a city by its id and its names: calc --city 青石 / Qingshi', async () => {
    const env = { YIBAO_POLICY_DIR: bureauDir() };
    for (const city of ['青石', '青石市', 'Qingshi', 'qingshi']) {
      // 1000 − 300 = 700; × 90% = 630.00
      const r = await runYibao(['calc', '--city', city, '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '1000', '--json'], { env });
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.policy.id).toBe('qingshi');
      expect(doc.result.fund_pays).toBe('630.00');
    }
  });

  it('answers hotline, faq (its entries searched live) and ask', async () => {
    const env = { YIBAO_POLICY_DIR: bureauDir() };
    const hotline = await runYibao(['hotline', '青石'], { env });
    expect(hotline.stdout).toContain('0000-1234567');
    const faq = await runYibao(['faq', '--city', 'qingshi', '异地就医', '备案'], { env });
    expect(faq.code, faq.stderr).toBe(0);
    expect(faq.stdout).toContain('异地就医需先备案。');
    const ask = await runYibao(['ask', '青石 职工 在职 一级医院 门诊 1000元 能报多少', '--format', 'json'], { env });
    expect(ask.code, ask.stderr).toBe(0);
    expect(JSON.parse(ask.stdout).result.fund_pays).toBe('630.00');
  });

  it('is a city in batch rows', async () => {
    const dir = bureauDir();
    const csv = join(dir, 'claims', 'rows.csv');
    mkdirSync(join(dir, 'claims'));
    writeFileSync(csv, 'person_id,date,city,scheme,status,tier,amount\nP1,2024-06-01,青石,职工,在职,1,1000\nP1,2024-07-01,青石,职工,在职,1,1000\n');
    const r = await runYibao(['batch', csv, '--output-format', 'jsonl'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // first row 630.00 (deductible met); second row 1000 × 90% = 900.00
    expect(rows.map((x: { fund_pays: string }) => x.fund_pays)).toEqual(['630.00', '900.00']);
  });

  it('keeps its own sources beside it: policy show gives their path in the directory', async () => {
    const dir = bureauDir();
    const r = await runYibao(['policy', 'show', 'qingshi'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(join(dir, 'qingshi.txt'));
  });
});

describe('policy show and validate on an extending file', () => {
  it('validates it, and show says what it extends', async () => {
    const dir = bureauDir();
    const v = await runYibao(['policy', 'validate', join(dir, 'suizhou.yaml')]);
    expect(v.code, v.stderr).toBe(0);
    const show = await runYibao(['policy', 'show', join(dir, 'suizhou.yaml')]);
    expect(show.stdout).toContain('扩展内置政策 suizhou');
    expect(show.stdout).toContain('二级医疗机构支付85%');
    const json = JSON.parse((await runYibao(['policy', 'show', join(dir, 'suizhou.yaml'), '--json'])).stdout);
    expect(json.extends).toBe('suizhou');
  });
});

describe('policy validate <directory>', () => {
  it('checks every policy file as the directory is read, a line for each', async () => {
    const dir = bureauDir();
    const r = await runYibao(['policy', 'validate', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${join(dir, 'qingshi.yaml')}: 有效(qingshi,1 个版本)\n${join(dir, 'suizhou.yaml')}: 有效(suizhou,2 个版本)\n`);
  });

  it('an invalid file in it: file:line:col, exit 2; an empty directory is said, exit 2', async () => {
    const bad = bureauDir({ 'shiqing.yaml': QINGSHI });
    const r = await runYibao(['--lang', 'en', 'policy', 'validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${join(bad, 'shiqing.yaml')}:2:5: the id is "qingshi" but the file is named shiqing.yaml: a policy directory's files are named <id>.yaml\n`);
    const empty = mkdtempSync(join(tmpdir(), 'yibao-empty-'));
    const e = await runYibao(['--lang', 'en', 'policy', 'validate', empty]);
    expect(e.code).toBe(2);
    expect(e.stderr).toBe(`${empty}: no policy files (<id>.yaml) in the directory.\n`);
  });
});

describe('a bad directory or file: exit 2 with the reason, never a stack trace', () => {
  const run = (dir: string, extra: string[] = []) => runYibao(['policy', 'list', ...extra], { env: { YIBAO_POLICY_DIR: dir } });

  it('a missing directory', async () => {
    const dir = join(bureauDir(), 'missing');
    const r = await run(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`yibao: 政策目录 ${dir}: 目录不存在。\n`);
  });

  it('a file, not a directory', async () => {
    const file = join(bureauDir(), 'qingshi.txt');
    const r = await run(file, ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`yibao: policy directory ${file}: not a directory.\n`);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable directory', async () => {
    const dir = bureauDir();
    chmodSync(dir, 0o000);
    try {
      const r = await run(dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`政策目录 ${dir}: 无法读取(EACCES)`);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a damaged file (invalid UTF-8) is named, not skipped', async () => {
    const dir = bureauDir({ 'suizhou.yaml': SUIZHOU, 'broken.yaml': 'schema: yibao.policy/1\nid: \xff\xfe broken\n' });
    writeFileSync(join(dir, 'broken.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const r = await run(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'broken.yaml')}:1:5: 二进制文件(不是有效的 UTF-8)`);
    noStack(r.stderr);
  });

  it('an invalid file, with calc --json: the error object on stdout too', async () => {
    const dir = bureauDir({ 'suizhou.yaml': SUIZHOU.replace('value: 0.85', 'value: 85') });
    const r = await runYibao([...INPATIENT, '--tier', '2', '--amount', '10000'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(r.code).toBe(2);
    // `            "2": { value: 85`: line 19, the 85 at column 12 + 7 + 7 + 1 = 27; the file's own version is its versions[0]
    expect(r.stderr).toContain(`${join(dir, 'suizhou.yaml')}:19:27: versions[0].benefits.inpatient.employee.ratio.2.value:比例 85 超出 0..1`);
    expect(JSON.parse(r.stdout).error.code).toBe('invalid_policy');
    noStack(r.stderr);
  });

  it('every invalid file is named', async () => {
    const dir = bureauDir({ 'a.yaml': 'schema: [', 'b.yaml': 'schema: yibao.policy/1\nextends: wuhan\n' });
    const r = await run(dir, ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 files are invalid');
    expect(r.stderr).toContain(`${join(dir, 'a.yaml')}:1:`);
    expect(r.stderr).toContain(`${join(dir, 'b.yaml')}:2:10: extends names a bundled policy by its id`);
  });

  it('a file whose id is not its name', async () => {
    const dir = bureauDir({ 'shiqing.yaml': QINGSHI });
    const r = await run(dir, ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'shiqing.yaml')}:2:5: the id is "qingshi" but the file is named shiqing.yaml`);
  });

  it('a .yml file (policy files are <id>.yaml)', async () => {
    const dir = bureauDir({ 'qingshi.yml': QINGSHI });
    const r = await run(dir, ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'qingshi.yml')}:1:1: the file name "qingshi.yml" is not <id>.yaml`);
  });

  it('what cannot be merged, at its line and column: a source key of the bundled policy redefined', async () => {
    const clash = SUIZHOU.replace('  bureau-notice:\n', '  suizhou-daily-2024:\n').replaceAll('source: bureau-notice', 'source: suizhou-daily-2024');
    const dir = bureauDir({ 'suizhou.yaml': clash });
    const r = await run(dir, ['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'suizhou.yaml')}:4:3: cannot merge: the source key "suizhou-daily-2024" is already used`);
  });
});
