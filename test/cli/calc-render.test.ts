// What people read: the say script for the contract example (worked out by hand), the text
// breakdown (snapshot with colours stripped, aligned by display width), colour rules, and the
// small formatting helpers.
import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';
import { groupedYuan, percent, spokenYuan } from '../../src/cli/render/format.js';
import { displayWidth, stripAnsi } from '../../src/cli/render/width.js';
import { EXAMPLE, employee, yibao } from './calc-helpers.js';

const HOTLINE = '0722-3235698';

describe('--format say', () => {
  it('reads the contract example as an operator would say it, then the hotline', async () => {
    const r = await yibao([...EXAMPLE, '--format', 'say']);
    expect(r.code).toBe(0);
    const [script, footer] = r.stdout.trimEnd().split('\n');
    expect(script).toBe('您这次门诊总费用2000元,其中起付线500元由您自付,剩下1500元按80%报销,统筹基金支付1200元,您需要自付800元。');
    expect(footer).toContain(HOTLINE);
  });

  it('says the cap when it bites: (1000 − 0) × 80% = 800, only 300 left, 300 paid', async () => {
    const r = await yibao(employee('active', '1', '1000', '--ytd-deductible', '500', '--ytd-fund', '1000', '--format', 'say'));
    expect(r.stdout).toContain('您今年的起付线已经付满了');
    expect(r.stdout).toContain('本来可以报800元,但您今年的封顶线只剩300元了,统筹基金支付300元,您需要自付700元');
  });

  it('says who pays the share: account 300, family 500, no cash', async () => {
    const r = await yibao([...EXAMPLE, '--account', '300', '--family', '1000', '--relation', '配偶', '--format', 'say']);
    expect(r.stdout).toContain('其中个人账户支付300元,家庭共济账户支付500元,您还需要付现金0元');
  });

  it('says in one short sentence which numbers are assumed', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'resident', '--tier', '1', '--amount', '300',
      '--set', 'outpatient.resident.deductible=0', '--set', 'outpatient.resident.ratio=0.5', '--format', 'say']);
    expect(r.stdout).toContain('请注意,起付线和报销比例是按假定的数字算的,结果仅供参考。');
  });

  it('--lang en says it in English', async () => {
    const r = await yibao([...EXAMPLE, '--format', 'say', '--lang', 'en']);
    expect(r.stdout).toContain('You pay the first 500 yuan yourself: that is the deductible. 80% of the 1,500 yuan left is reimbursed. The fund pays 1,200 yuan. Your share is 800 yuan.');
  });

  it('with --compare, says what the other tiers would pay: retired 1000 at tier 3, (1000 − 400) × 85% = 510 at tier 1', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', '职工', '--status', '退休', '--tier', '三级', '--amount', '1000', '--compare', '--format', 'say']);
    expect(r.stdout).toContain('统筹基金支付390元,您需要自付610元。');
    expect(r.stdout).toContain('同样的费用,在一级医疗机构统筹基金支付510元、您付现金490元;在二级医疗机构统筹基金支付450元、您付现金550元;在社区卫生服务站统筹基金支付510元、您付现金490元。');
  });

  it('a refused claim (Jiayu 2012, contributions at 90% under the 95% the chronic subsidy needs): the reason, then the share', async () => {
    const r = await yibao(['calc', '--city', 'jiayu', '--date', '2012-10-01', '--scheme', 'employee', '--status', 'retired', '--tier', '2',
      '--benefit', 'chronic', '--amount', '600', '--contribution', '0.9', '--account', '200', '--format', 'say']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^您这次慢特病门诊总费用600元。按政策这次统筹基金不能报销:[^。]*95%[^。]*。您需要自付600元,其中个人账户支付200元,您还需要付现金400元。/);
  });
});

describe('--format text', () => {
  it('the contract example (colours stripped)', async () => {
    const r = await yibao([...EXAMPLE, '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it('a claim with warnings, accounts and the cap (colours stripped)', async () => {
    const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'retired', '--tier', '3', '--amount', '3000',
      '--out-of-scope', '100', '--account', '100', '--family', '200', '--relation', '兄弟姐妹', '--set', 'outpatient.employee.cap=1500'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\u001b[');
    expect(stripAnsi(r.stdout)).toMatchSnapshot();
  });

  it('aligns the amounts by display width (Chinese titles are two columns a character)', async () => {
    const r = await yibao([...EXAMPLE, '--no-color']);
    const rows = r.stdout.split('\n').filter((l) => /\d\.\d\d 元$/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const ends = new Set(rows.map((l) => displayWidth(l)));
    expect([...ends]).toHaveLength(1);
  });

  it('puts the fund payment and the cash due in a closing summary', async () => {
    const r = await yibao([...EXAMPLE, '--no-color']);
    expect(r.stdout).toMatch(/={10,}\n\s+统筹基金支付\s+1,200\.00 元\n\s+您需现金支付\s+800\.00 元\n\s+={10,}/);
  });

  it('ends with the hotline', async () => {
    const r = await yibao([...EXAMPLE, '--no-color']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toContain(HOTLINE);
  });

  it('English with --lang en', async () => {
    const r = await yibao([...EXAMPLE, '--no-color', '--lang', 'en']);
    expect(r.stdout).toMatch(/The fund pays\s+1,200\.00 yuan/);
    expect(r.stdout).toMatch(/You pay in cash\s+800\.00 yuan/);
  });
});

describe('colour', () => {
  const tty = { isTTY: true, write: () => true };
  const pipe = { isTTY: false, write: () => true };
  it('follows --no-color, NO_COLOR, FORCE_COLOR and the terminal, in that order', () => {
    expect(colorLevel({ env: {}, stdout: tty }, false)).toBeGreaterThan(0);
    expect(colorLevel({ env: {}, stdout: pipe }, false)).toBe(0);
    expect(colorLevel({ env: {}, stdout: tty }, true)).toBe(0);
    expect(colorLevel({ env: { NO_COLOR: '1' }, stdout: tty }, false)).toBe(0);
    expect(colorLevel({ env: { NO_COLOR: '1', FORCE_COLOR: '1' }, stdout: pipe }, false)).toBe(0);
    expect(colorLevel({ env: { FORCE_COLOR: '1' }, stdout: pipe }, false)).toBe(1);
    expect(colorLevel({ env: { FORCE_COLOR: '0' }, stdout: tty }, false)).toBe(0);
    expect(colorLevel({ env: { FORCE_COLOR: '1' }, stdout: pipe }, true)).toBe(0);
  });

  it('the text output is plain when piped and coloured with FORCE_COLOR', async () => {
    expect((await yibao(EXAMPLE)).stdout).not.toContain('\u001b[');
    expect((await yibao(EXAMPLE, { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await yibao([...EXAMPLE, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await yibao(['--no-color', ...EXAMPLE], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('formatting helpers', () => {
  it('display width counts CJK and full-width as two columns, colour codes as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('起付线')).toBe(6);
    expect(displayWidth('\uff08元\uff09')).toBe(6); // full-width parentheses
    expect(displayWidth('(元)')).toBe(4);
    expect(displayWidth('\u001b[1m元\u001b[22m')).toBe(2);
  });

  it('money and ratios', () => {
    expect(groupedYuan(123456789)).toBe('1,234,567.89');
    expect(groupedYuan(5)).toBe('0.05');
    expect(percent(8000)).toBe('80%');
    expect(percent(8550)).toBe('85.5%');
    expect(percent(8555)).toBe('85.55%');
    expect(spokenYuan(200000)).toBe('2000元');
    expect(spokenYuan(123456)).toBe('1234元5角6分');
    expect(spokenYuan(1205)).toBe('12元零5分');
    expect(spokenYuan(50)).toBe('5角');
    expect(spokenYuan(0)).toBe('0元');
  });
});
