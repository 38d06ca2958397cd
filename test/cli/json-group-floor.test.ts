// JSON yibao.explanation/2 names what the text breakdown says of a claim's deductible and ratio
// under 晴澜 (test/fixtures/chronic2/qinglan.yaml, sources/qinglan-2025-63.txt): `disease_group`, the
// treated disease's group whose own rules it followed (四（一）「特殊病种…不设起付标准…支付比例职工医保90%」),
// and `deductible_floor`, the floor a reduced deductible was raised to (三（一）「第三次及以后住院的，按
// 30%收取；按比例计算后低于100元的，按100元收取」); null where neither applies. Additions to the
// contract's `result` (it fixes no field of these names).
import { describe, expect, it } from 'vitest';
import { yibao } from './calc-helpers.js';

const QINGLAN = ['calc', '--policy', 'test/fixtures/chronic2/qinglan.yaml'];

async function result(args: string[]) {
  const out = await yibao([...QINGLAN, ...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout).result;
}

const stay = (admission: string, tier: string) => ['--date', '2026-09-14', '--discharge-date', '2026-09-20', '--scheme', 'resident', '--grade', '一档', '--age', '60', '--benefit', 'inpatient', '--tier', tier, '--admission', admission, '--amount', '4000'];
const chronic = (disease: string) => ['--date', '2026-09-02', '--scheme', 'employee', '--status', 'active', '--age', '50', '--benefit', 'chronic', '--tier', '3', '--disease', disease, '--amount', '10000'];

describe('JSON result: disease_group and deductible_floor', () => {
  it('QL-03-like: a third stay at 一级, 200.00 × 30% = 60.00 below 100.00: deductible 100.00, deductible_floor "100.00"', async () => {
    const r = await result(stay('3', '1'));
    expect([r.deductible, r.deductible_floor]).toEqual(['100.00', '100.00']);
  });

  it('a third stay at 三级, 1000.00 × 30% = 300.00 (above the floor): deductible_floor null; a first stay: null', async () => {
    expect((await result(stay('3', '3'))).deductible_floor).toBeNull();
    expect((await result(stay('1', '1'))).deductible_floor).toBeNull();
  });

  it('恶性肿瘤门诊放化疗 follows 特殊病种: disease_group "特殊病种", no 起付, 10000.00 × 90% = 9000.00; 高血压 (慢性病种, 起付 400.00): null', async () => {
    const special = await result(chronic('恶性肿瘤门诊放化疗'));
    expect([special.disease_group, special.deductible_applied, special.fund_pays]).toEqual(['特殊病种', '0.00', '9000.00']);
    expect((await result(chronic('高血压'))).disease_group).toBeNull();
  });

  it('an outpatient claim of a policy without either structure: both null', async () => {
    const out = await yibao(['calc', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--date', '2024-06-01', '--json']);
    const r = JSON.parse(out.stdout).result;
    expect([r.disease_group, r.deductible_floor]).toEqual([null, null]);
  });
});
