// batch with the ratio structures (test/fixtures/ratio/): a 二档 resident row gets the grade uplift,
// a retiree row the 95% ceiling, and the 雁汐 row whose fund depends on the unknown ceiling after
// the age uplift is an error row naming it while the rows around it are answered, in order.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, tempFile, yibao } from './helpers.js';

const fixture = (name: string) => join(process.cwd(), 'test', 'fixtures', 'ratio', name);

describe('batch: grade_bonus and uplift_ceiling', () => {
  it('青鸥: QO-10 二档 (9350.00 × 76% = 7106.00) and a retiree of 82 held to 95% (47357.50)', async () => {
    const file = tempFile(
      [
        'person_id,date,scheme,status,benefit,tier,amount,grade,class_b_items,age,admission',
        'R1,2025-10-13,resident,,inpatient,2,10000,二档,1000,40,1',
        'E1,2025-04-10,employee,retired,inpatient,1,50000,,,82,1',
      ].join('\n'),
    );
    const run = await yibao(['batch', file, '--policy', fixture('qingou.yaml')]);
    const rows = readCsv(run.stdout);
    expect(rows.map((r) => r.row_status)).toEqual(['ok', 'ok']);
    expect(rows.map((r) => r.fund_pays)).toEqual(['7106.00', '47357.50']);
  });

  it('雁汐: a row the unknown ceiling changes is an error naming it; the one it does not change is answered', async () => {
    const file = tempFile(
      [
        'person_id,date,scheme,status,benefit,tier,amount,age',
        'A,2025-03-03,employee,retired,inpatient,3,150000,75',
        'B,2025-03-03,employee,retired,inpatient,3,20550,75',
      ].join('\n'),
    );
    const rows = readCsv((await yibao(['batch', file, '--policy', fixture('yanxi.yaml')])).stdout);
    expect(rows.map((r) => r.person_id)).toEqual(['A', 'B']);
    expect(rows[0]!.row_status).toBe('error');
    expect(JSON.stringify(rows[0])).toContain('uplift_ceiling.after.age');
    // (20550.00 − 550.00) × (85% + 4 + 2) = 18200.00
    expect(rows[1]!.fund_pays).toBe('18200.00');
  });

  it('facility names in the tier cell, as calc reads them: 三级甲等医院 its own standard (QO-01 45558.00), 村卫生室 inpatient refused, 社区卫生服务中心 一级', async () => {
    const file = tempFile(
      [
        'person_id,date,scheme,status,benefit,tier,amount,out_of_scope,class_b_drugs,class_b_items,age,admission',
        'A,2025-02-10,employee,active,inpatient,三级甲等医院,60000,4000,8000,3000,45,1',
        'B,2025-02-10,employee,active,inpatient,村卫生室,3000,,,,45,1',
        // 300.00 at a 社区卫生服务中心 (一级): 在职 起付 800.00 not reached, fund 0
        'C,2025-02-10,employee,active,outpatient,社区卫生服务中心,300,,,,45,',
        'D,2025-02-10,employee,active,chronic,村卫生室,300,,,,45,',
      ].join('\n'),
    );
    const rows = readCsv((await yibao(['batch', file, '--policy', fixture('qingou.yaml')])).stdout);
    expect(rows.map((r) => r.person_id)).toEqual(['A', 'B', 'C', 'D']);
    expect(rows.map((r) => r.row_status)).toEqual(['ok', 'ok', 'ok', 'error']);
    expect(rows[0]!.fund_pays).toBe('45558.00');
    expect([rows[1]!.fund_pays, rows[1]!.cash_due]).toEqual(['0.00', '3000.00']);
    expect([rows[2]!.deductible_applied, rows[2]!.fund_pays]).toEqual(['300.00', '0.00']);
    expect(rows[3]!.error).toContain('村卫生室');
  });
});
