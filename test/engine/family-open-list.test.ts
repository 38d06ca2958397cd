// Relatives beyond the fixed list (--relation parent_in_law / child_in_law: 岳父, 岳母, 公公, 婆婆, 配偶的父母;
// 女婿, 儿媳). An open list (「…等」, marked by family.relations.unsettled) that neither names nor rules out
// the relation: the family step is unknown, exit 3 naming family.relations and the clause, never a
// refusal in the law's voice. A closed list: not covered, family 0 with the clause. Hand-worked:
// 随州 2024 (closed: 「扩大至近亲属(配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女)」), employee
// active 一级 outpatient 2000: (2000 − 500) × 80% = 1200 from the fund; 800 left, the in-law's 500
// does not pay: cash 800.00. 咸宁 (open: 「父母、子女、配偶等家庭成员」): exit 3.
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';
import { lookup, RELATION_ALIASES } from '../../src/claim/aliases.js';

const SUIZHOU = ['calc', '--city', 'suizhou', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'outpatient', '--tier', '1', '--amount', '2000', '--family', '500'];
const XIANNING = ['calc', '--city', 'xianning', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'outpatient', '--tier', '1', '--amount', '2000', '--family', '500', '--set', 'outpatient.employee.deductible=0'];

describe('the words people say', () => {
  it('岳父, 岳母, 公公, 婆婆, 配偶的父母 are parent_in_law; 女婿, 儿媳 child_in_law; 孙子女, 外祖父母, 兄弟姐妹 as before', () => {
    for (const w of ['岳父', '岳母', '公公', '婆婆', '配偶的父母', '丈母娘']) expect(lookup(RELATION_ALIASES, w), w).toBe('parent_in_law');
    for (const w of ['女婿', '儿媳', '儿媳妇']) expect(lookup(RELATION_ALIASES, w), w).toBe('child_in_law');
    expect([lookup(RELATION_ALIASES, '孙子女'), lookup(RELATION_ALIASES, '外祖父母'), lookup(RELATION_ALIASES, '兄弟姐妹')]).toEqual(['grandchild', 'grandparent', 'sibling']);
  });
});

describe('a closed list: not covered, said with the clause', () => {
  it('随州 2024, 岳母: family 0.00, cash 800.00, the clause quoted', async () => {
    const r = await yibao([...SUIZHOU, '--relation', '岳母', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.result.fund_pays, j.result.family_pays, j.result.cash_due]).toEqual(['1200.00', '0.00', '800.00']);
    expect(j.claim.relation).toBe('parent_in_law');
    const text = await yibao([...SUIZHOU, '--relation', 'parent_in_law']);
    expect(text.stdout).toContain('不含配偶的父母');
    expect(text.stdout).toContain('扩大至近亲属(配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女)');
  });
});

describe('an open list (「…等」): unknown, exit 3 naming the clause', () => {
  it('咸宁, 岳父: exit 3 naming family.relations and quoting 「父母、子女、配偶等家庭成员」', async () => {
    const r = await yibao([...XIANNING, '--relation', '岳父']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('family.relations');
    expect(r.stderr).toContain('父母、子女、配偶等家庭成员');
    expect(r.stderr).not.toContain('不能支付');
  });

  it('咸宁, 女婿 with no family balance: the family step does not arise, answered (fund 2000 × 80% = 1600.00)', async () => {
    const r = await yibao([...XIANNING.filter((a, i, all) => a !== '--family' && all[i - 1] !== '--family'), '--relation', '女婿', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).result.fund_pays).toBe('1600.00');
  });

  it('batch: the 关系 column takes 婆婆; the row is an error naming the clause, the others go on', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'inlaw-')), 'c.csv');
    writeFileSync(file, ['就诊日期,参保类型,人员状态,待遇类型,医院级别,总费用,家庭共济余额,关系', '2024-06-01,职工,在职,门诊,一级,2000,500,婆婆', '2024-06-01,职工,在职,门诊,一级,2000,500,配偶'].join('\n'));
    const out = await yibao(['batch', '--city', 'xianning', '--set', 'outpatient.employee.deductible=0', file, '--output-format', 'jsonl']);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.row_status)).toEqual(['error', 'ok']);
    expect(rows[0].error).toContain('family.relations');
    expect(rows[1].family_pays).toBe('400.00');
  });

  it('ask: 用我女婿的医保卡500 (the patient is the holder’s parent-in-law): exit 3 under 随州 2023 (「由直系亲属(父母、配偶、子女)扩大至近亲属」, unsettled)', async () => {
    const r = await yibao(['ask', '--city', 'suizhou', '2023年6月1日 职工在职 一级医院 门诊 2000元 用我女婿的医保卡500']);
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toContain('family.relations');
  });
});

// family.relations.open: true — 「配偶、父母、子女等近亲属」 with no reading for the rest: every relation not named is
// unknown (exit 3), without inventing a reading group to make the list open (a trial newcomer had to).
describe('open: true', () => {
  it('makes every unnamed relation unknown; without it the list is closed', async () => {
    const { familyOf } = await import('../../src/engine/rule-parts.js');
    const relations = { values: ['spouse', 'parent', 'child'], source: 's', quote: '配偶、父母、子女等近亲属' };
    const open = familyOf({ family: { relations: { ...relations, open: true } } } as never);
    expect([open.open.grandparent !== undefined, open.open.sibling !== undefined, open.open.parent_in_law !== undefined, open.open.spouse]).toEqual([true, true, true, undefined]);
    const closed = familyOf({ family: { relations } } as never);
    expect([closed.open.grandparent, closed.refused.grandparent !== undefined]).toEqual([undefined, true]);
  });
});
