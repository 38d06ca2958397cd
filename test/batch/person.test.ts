// Person ids compared as a clerk compares them (person.ts), and total-row labels (table.ts).
import { describe, expect, it } from 'vitest';
import { idProblem, personKey } from '../../src/batch/person.js';
import { isTotalLabel } from '../../src/batch/table.js';

describe('personKey', () => {
  it('the same person whatever the spaces, width, invisible characters and case of x', () => {
    const key = personKey('42130219800101123X');
    for (const id of ['42130219800101123x', ' 42130219800101123X ', '４２１３０２１９８００１０１１２３Ｘ', '\ufeff42130219800101123X', '4213021980010\u200b1123X', '42130219800101123X\u3000']) {
      expect(personKey(id), JSON.stringify(id)).toBe(key);
    }
  });
  it('different ids stay different', () => {
    expect(personKey('A001')).not.toBe(personKey('A002'));
    expect(personKey('A-001')).not.toBe(personKey('A001'));
  });
  it('an id of only invisible characters is none', () => {
    expect(personKey('\u200b\ufeff ')).toBeUndefined();
  });
});

describe('idProblem', () => {
  it.each(['4.21302E+17', '4.21302e+17', '4E+17', ' 1.23457E+15 ', '-4.2E+17'])('%s: scientific', (id) => expect(idProblem(id)).toBe('scientific'));
  it.each(['P\u00001', 'A\u001b[2J', 'B\u009b1'])('%j: a control character', (id) => expect(idProblem(id)).toBe('control'));
  it.each(['421302198001011234', '42130219800101123x', 'E123', '1E', 'A-001', '王五'])('%s: fine', (id) => expect(idProblem(id)).toBeUndefined());
});

describe('isTotalLabel', () => {
  it.each(['合计', '合 计', '合计：', '合计:', '总计', '小计', '本页合计', '合计金额', '汇总', 'Total', 'TOTAL', 'Grand Total', 'Subtotal', 'sum', '　合计　', 'P1 汇总', '421302198001011234 汇总', 'P1 计数', 'A001 Total', 'A001 Count'])('%j is a total', (label) => expect(isTotalLabel(label)).toBe(true));
  it.each(['合计费用明细表', '张合计', 'P1', '总费用', 'totals of March', '', 'P1汇总表', 'Robert', 'Kate'])('%j is not', (label) => expect(isTotalLabel(label)).toBe(false));
});
