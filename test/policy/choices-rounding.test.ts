// F7 (newcomer trial 2): a rulebook that states its rounding (枫渚 一（三）「计算结果四舍五入保留到分」)
// is cited with source + quote, and then needs no `note`; a rounding with neither a quote nor a
// note is refused (the note says where the contract's half-up to 0.01 comes from).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const STATED = '    rounding:\n      mode: half_up\n      unit: "0.01"\n      source: fz\n      quote: 计算结果四舍五入保留到分\n';

async function validate(rounding: string) {
  const dir = mkdtempSync(join(tmpdir(), 'choices-'));
  cpSync('test/fixtures/choices/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync('test/fixtures/choices/fengzhu.yaml', 'utf8');
  expect(text).toContain(STATED);
  writeFileSync(join(dir, 'fengzhu.yaml'), text.replace(STATED, rounding));
  const zh = await yibao(['policy', 'validate', join(dir, 'fengzhu.yaml')]);
  const en = await yibao(['policy', 'validate', join(dir, 'fengzhu.yaml'), '--lang', 'en']);
  return { code: zh.code, zh: zh.stdout + zh.stderr, en: en.stdout + en.stderr };
}

describe('rounding: the note is optional where source + quote state it', () => {
  it('stated by the text (source + quote), no note: valid', async () => {
    expect((await validate(STATED)).code).toBe(0);
  });

  it('neither quote nor note: refused, naming rounding.note, in zh and en', async () => {
    const r = await validate('    rounding:\n      mode: half_up\n      unit: "0.01"\n');
    expect(r.code).toBe(2);
    expect(r.zh).toContain('rounding');
    expect(r.zh).toContain('note');
    expect(r.en).toContain('rounding needs source + quote (the text states it) or a note');
  });

  it('a note alone (the contract half-up, the text silent): valid as before', async () => {
    expect((await validate('    rounding:\n      mode: half_up\n      unit: "0.01"\n      note: { zh: 原文未规定，按约定四舍五入到分。, en: The text is silent; the contract half-up. }\n')).code).toBe(0);
  });
});
