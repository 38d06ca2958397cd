// 朔原 六（二）「第二类病种年度起付标准…居民医保300元…特困人员、低保对象、返贫致贫人口等困难群众不设第二类病种起付标准。」
// (test/fixtures/sy8/shuoyuan.yaml: chronic.resident.open_groups null + note): whether 重度残疾人 is one of
// 「等困难群众」 is not said. Such a claim is settled both ways: exit 3 with both answers and the --set where
// they differ, answered where they cannot (the deductible set to 0, or already met). Every number by hand:
// 一档 60% (六（三）), 糖尿病 1000 (limit 1500), 大病 not reached (threshold 10500), 救助 重度残疾人 60%
// with its 1500 threshold already met:
//   charged 300: (1000 − 300) × 60% = 420.00; burden 580.00 × 60% = 348.00 救助; cash 232.00
//   not charged: 1000 × 60% = 600.00; burden 400.00 × 60% = 240.00 救助; cash 160.00
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const SY = 'test/fixtures/sy8/shuoyuan.yaml';
const claim = ['calc', '--policy', SY, '--date', '2026-04-02', '--scheme', 'resident', '--grade', '1', '--benefit', 'chronic', '--tier', '2', '--disease', '糖尿病', '--amount', '1000', '--assistance', '重度残疾人', '--ytd-assistance-deductible', '1500'];
const result = async (...more: string[]) => {
  const out = await yibao([...claim, ...more, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
};

describe('朔原 六（二）「…等困难群众」 and 重度残疾人', () => {
  it('unknown, and the answers differ: exit 3 with both answers and the --set', async () => {
    const out = await yibao(claim);
    expect(out.code).toBe(3);
    expect(out.stderr).toContain('chronic.resident.open_groups');
    expect(out.stderr).toContain('是否属于“等困难群众”');
    expect(out.stderr).toContain('统筹基金支付 420.00 元,个人现金 232.00 元(医疗救助已支付 348.00 元)');
    expect(out.stderr).toContain('统筹基金支付 600.00 元,个人现金 160.00 元(医疗救助已支付 240.00 元)');
    expect(out.stderr).toContain('--set chronic.resident.open_groups=none|特困人员');
  });

  it('--set chronic.resident.deductible=0: the share cannot matter, answered (600.00, cash 160.00)', async () => {
    const j = await result('--set', 'chronic.resident.deductible=0');
    expect(j.result.fund_pays).toBe('600.00');
    expect(j.result.cash_due).toBe('160.00');
  });

  it('the year’s 300 already met (--ytd-deductible 300): answered, 600.00, said the same either way', async () => {
    const j = await result('--ytd-deductible', '300');
    expect(j.result.fund_pays).toBe('600.00');
    expect(j.warnings.some((w: { path?: string }) => w.path === 'chronic.resident.open_groups')).toBe(true);
  });

  it('--set …open_groups=none: 420.00; =特困人员: 600.00', async () => {
    expect((await result('--set', 'chronic.resident.open_groups=none')).result.fund_pays).toBe('420.00');
    expect((await result('--set', 'chronic.resident.open_groups=特困人员')).result.fund_pays).toBe('600.00');
  });
});
