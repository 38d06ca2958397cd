// A model-2 reading and note through every front end (FINDINGS N1/N2/N3): calc text, --json,
// --format say, and batch's warnings column, on the claims they change and not on the others.
// The policy is 云岭 (examples/rulebooks/yunling.yaml) with a reading on deductible_period and a
// note on the 乙类 drug share; the amounts are worked by hand from 云医保〔2024〕88号.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv, tempDir, yibao } from '../batch/helpers.js';

const R = (zh: string, en: string) => `{ zh: "${zh}", en: "${en}" }`;
let text = readFileSync('examples/rulebooks/yunling.yaml', 'utf8').replace(/file: sources\//g, `file: ${join(process.cwd(), 'examples/rulebooks/sources')}/`);
text = text.replace(
  'deductible_period: &perstay { value: admission, source: yunling-2024-88, quote: 起付标准按次收取 }',
  `deductible_period: &perstay { value: admission, source: yunling-2024-88, quote: 起付标准按次收取, reading: ${R('按次收取即每次住院各收一次', 'charged on every stay')}, reading_short: ${R('起付线每次住院都收', 'the deductible is charged on every stay')} }`,
);
text = text.replace(
  'drugs: { value: 0.05, source: yunling-2024-88, quote: 乙类药品个人先行自付5% }',
  `drugs: { value: 0.05, source: yunling-2024-88, quote: 乙类药品个人先行自付5%, note: ${R('居民与职工相同', 'the same for residents')} }`,
);
/** The policy written into a fresh directory (removed after each test): its path. */
function policyFile(): string {
  const f = join(tempDir(), 'yunling.yaml');
  writeFileSync(f, text);
  return f;
}

// 在职三级 10000.00, first stay, 45: (10000.00 − 900.00) × 84% = 7644.00
const stay = () => ['calc', '--policy', policyFile(), '--date', '2025-07-10', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', '3', '--amount', '10000', '--age', '45', '--admission', '1'];

describe('a model-2 reading and note reach every front end', () => {
  it('calc text and --json: the deductible_period reading; the drug-share note only with 乙类 drugs', async () => {
    const t = await yibao(stay());
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('7,644.00');
    expect(t.stdout).toContain('按次收取即每次住院各收一次');
    expect(t.stdout).not.toContain('居民与职工相同');
    // 2000.00 乙类药品 × 5% = 100.00; (10000.00 − 100.00 − 900.00) × 84% = 7560.00
    const j = JSON.parse((await yibao([...stay(), '--class-b-drugs', '2000', '--json'])).stdout);
    expect(j.result.fund_pays).toBe('7560.00');
    const codes = j.warnings.map((w: { code: string; path?: string }) => `${w.code}:${w.path}`);
    expect(codes).toContain('reading:inpatient.employee.deductible_period');
    expect(codes).toContain('policy_note:first_pay.drugs');
  });

  it('say reads the spoken clause', async () => {
    const s = await yibao([...stay(), '--format', 'say']);
    expect(s.stdout).toContain('起付线每次住院都收,这是对原文的理解');
  });

  it('batch: the codes in the warnings column, on the rows they change', async () => {
    const policy = policyFile();
    const csv = join(tempDir(), 'claims.csv');
    writeFileSync(
      csv,
      ['date,scheme,status,benefit,tier,amount,age,admission,class_b_drugs', '2025-07-10,employee,active,inpatient,3,10000,45,1,2000', '2025-07-10,employee,active,outpatient,1,100,45,,'].join('\n') + '\n',
    );
    const rows = readCsv((await yibao(['batch', csv, '--policy', policy])).stdout);
    expect(rows[0]!.fund_pays).toBe('7560.00');
    expect(rows[0]!.warnings!.split(';')).toEqual(expect.arrayContaining(['reading', 'policy_note']));
    // 普通门诊 has neither the per-stay deductible nor 乙类 drugs: neither is said
    expect(rows[1]!.warnings!.split(';')).not.toContain('policy_note');
  });
});
