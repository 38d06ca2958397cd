// The claim inputs of policy model 2 (contract "Rulebook structures") as offices and callers
// write them in a batch cell or a flag (src/claim/model2.ts): 第2次, 67岁, 一档, 异地已备案, 转诊,
// 未备案, 糖尿病=1500. A value that is not clearly one is the field's error naming it.
import { describe, expect, test } from 'vitest';
import { claimOk, claimProblem } from './helpers.js';

const defaults = { city: 'suizhou', date: '2025-05-06' };
const employee = { scheme: 'employee', status: 'retired', benefit: 'inpatient', tier: '2', amount: '12000' };
const resident = { scheme: 'resident', benefit: 'inpatient', tier: '2', amount: '12000' };

describe('model 2 inputs as typed', () => {
  test.each([
    ['2', 2],
    ['第2次', 2],
    ['3次', 3],
    [' 1 ', 1],
  ])('admission %s is %d', (typed, n) => {
    expect(claimOk({ ...employee, admission: typed }, defaults).admission).toBe(n);
  });

  test.each(['0', '第0次', '-1', '1.5', '两三次', '367', 'abc'])('admission %s is refused', (typed) => {
    expect(claimProblem({ ...employee, admission: typed }, defaults)).toMatchObject({ field: 'admission', code: 'invalid' });
  });

  test.each([
    ['67', 67],
    ['67岁', 67],
    ['67周岁', 67],
    ['0', 0],
  ])('age %s is %d', (typed, n) => {
    expect(claimOk({ ...employee, age: typed }, defaults).age).toBe(n);
  });

  test.each(['151', '67.5', '约70', '-3'])('age %s is refused', (typed) => {
    expect(claimProblem({ ...employee, age: typed }, defaults)).toMatchObject({ field: 'age', code: 'invalid' });
  });

  test('dates as typed; a discharge before the visit and a birth after it are refused', () => {
    const c = claimOk({ ...employee, discharge_date: '2025/5/15', birth_date: '1958年3月9日' }, defaults);
    expect([c.dischargeDate, c.birthDate]).toEqual(['2025-05-15', '1958-03-09']);
    expect(claimProblem({ ...employee, discharge_date: '2025-05-01' }, defaults)).toMatchObject({ field: 'discharge_date', code: 'invalid' });
    expect(claimProblem({ ...employee, birth_date: '2025-06-01' }, defaults)).toMatchObject({ field: 'birth_date', code: 'invalid' });
    expect(claimProblem({ ...employee, birth_date: '2025-02-30' }, defaults)).toMatchObject({ field: 'birth_date', code: 'invalid' });
  });


  test.each([
    ['一档', '1'],
    ['二档', '2'],
    ['第二档', '2'],
    ['1', '1'],
    ['2档', '2'],
  ])('grade %s is %s', (typed, id) => {
    expect(claimOk({ ...resident, grade: typed }, defaults).grade).toBe(id);
  });


  test.each([
    ['异地已备案', 'filed'],
    ['已备案', 'filed'],
    ['转诊', 'referral'],
    ['转诊备案', 'referral'],
    ['未备案', 'unfiled'],
    ['异地未备案', 'unfiled'],
    ['unfiled', 'unfiled'],
    ['temporary', 'temporary'],
    ['临时外出备案', 'temporary'],
    ['临时外出就医已备案', 'temporary'],
    ['临时备案', 'temporary'],
    ['长期备案', 'filed'],
  ])('filing %s is %s', (typed, id) => {
    expect(claimOk({ ...employee, filing: typed }, defaults).filing).toBe(id);
  });



  test('the running totals in fen; the fund per disease as name=yuan pairs', () => {
    const c = claimOk(
      { ...resident, ytd_benefit_fund: '1500', ytd_burden: '10,000', ytd_second: '0', ytd_assistance: '200.5', ytd_assistance_deductible: '300', ytd_disease_fund: '糖尿病=1500;高血压：200' },
      defaults,
    );
    expect([c.ytdBenefitFund, c.ytdBurden, c.ytdSecond, c.ytdAssistance, c.ytdAssistanceDeductible]).toEqual([150000, 1000000, 0, 20050, 30000]);
    expect({ ...c.ytdDiseaseFund }).toEqual({ 糖尿病: 150000, 高血压: 20000 });
    expect(claimProblem({ ...resident, ytd_disease_fund: '糖尿病' }, defaults)).toMatchObject({ field: 'ytd_disease_fund' });
    expect(claimProblem({ ...resident, ytd_burden: '-5' }, defaults)).toMatchObject({ field: 'ytd_burden' });
  });

  test('a model-1 claim carries none of them', () => {
    const c = claimOk(employee, defaults);
    for (const key of ['admission', 'age', 'classB', 'grade', 'filing', 'disease', 'assistance', 'ytdBurden'] as const) expect(c[key], key).toBeUndefined();
  });
});
