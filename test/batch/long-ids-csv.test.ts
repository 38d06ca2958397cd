// Issue 20: `yibao batch x.xlsx --out r.csv`, opened in Excel or LibreOffice, turns every 18-digit
// ID into 4.2130219550312E+17, and saving it again destroys them. When a column of the CSV output
// holds long digit strings (12 digits or more), the summary says so and suggests --out r.xlsx.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir, yibao } from './helpers.js';

const ROWS = (id: string) => `人员编号,date,scheme,status,tier,amount\n${id},2024-03-01,employee,active,1,1000\n${id},2024-04-01,employee,active,1,1000\n`;

function csvFile(dir: string, text: string): string {
  const f = join(dir, 'claims.csv');
  writeFileSync(f, text);
  return f;
}

describe('long digit strings in CSV output', () => {
  it('18-digit IDs, --out r.csv: one note naming the column, the E+17 effect and --out r.xlsx', async () => {
    const dir = tempDir();
    const en = await yibao(['batch', csvFile(dir, ROWS('421302199503120012')), '--out', join(dir, 'r.csv'), '--lang', 'en']);
    expect(en.code).toBe(0);
    const note = en.stderr.split('\n').filter((l) => l.includes('E+17'));
    expect(note).toHaveLength(1);
    expect(note[0]).toMatch(/人员编号/);
    expect(note[0]).toMatch(/2 cells/);
    expect(note[0]).toContain(`--out ${join(dir, 'r.xlsx')}`);
    const zh = await yibao(['batch', csvFile(dir, ROWS('421302199503120012')), '--out', join(dir, 'r.csv')]);
    expect(zh.stderr).toMatch(/人员编号.*E\+17.*--out/);
  });

  it('from a workbook, as the issue found it', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('明细');
    ws.addRow(['身份证号', 'date', 'scheme', 'status', 'tier', 'amount']);
    ws.addRow(['421302199503120012', '2024-03-01', 'employee', 'active', '1', 1000]);
    await wb.xlsx.writeFile(join(dir, 'x.xlsx'));
    const r = await yibao(['batch', join(dir, 'x.xlsx'), '--out', join(dir, 'r.csv'), '--lang', 'en']);
    expect(r.stderr).toMatch(/身份证号.*E\+17/);
  });

  it('to stdout as CSV: the note suggests --out with an .xlsx name', async () => {
    const dir = tempDir();
    const r = await yibao(['batch', csvFile(dir, ROWS('421302199503120012')), '--lang', 'en']);
    expect(r.stderr).toMatch(/E\+17.*--out results\.xlsx/);
  });

  it('no note for --out r.xlsx, for JSONL, or for IDs of 11 digits', async () => {
    const dir = tempDir();
    const xlsx = await yibao(['batch', csvFile(dir, ROWS('421302199503120012')), '--out', join(dir, 'r.xlsx'), '--lang', 'en']);
    expect(xlsx.stderr).not.toMatch(/E\+17/);
    const jsonl = await yibao(['batch', csvFile(dir, ROWS('421302199503120012')), '--output-format', 'jsonl', '--lang', 'en']);
    expect(jsonl.stderr).not.toMatch(/E\+17/);
    const short = await yibao(['batch', csvFile(dir, ROWS('13812345678')), '--out', join(dir, 'r.csv'), '--lang', 'en']);
    expect(short.stderr).not.toMatch(/E\+/);
  });
});
