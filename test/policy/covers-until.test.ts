// A policy version may state how far its sources cover (`covers_until`, from the text, with its
// quote): a claim after the sources' own last date but within that span gets no after_sources
// warning ("the sources go up to …; any later change is unknown"), a later one does, with the
// span's end as the horizon. 云岭's notice is the "2025年度…待遇标准" (stated: to 2025-12-31);
// 白鹭's gives only its start ("本通知自2025年1月1日起执行"): in force until replaced, a file its bureau keeps
// current (`open`): no warning on any later claim, and no reading either (a decided claim stays decided).
// A policy that states nothing (Suizhou) is as before: its golden cases stay as they are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/engine/explain.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { sameRulesThroughout } from '../../src/engine/index.js';
import { skeletonPolicy } from '../../src/cli/policy/init.js';
import { parse } from 'yaml';
import { claimOf } from '../helpers/claim.js';
import { policy } from '../helpers/policy.js';
import { issuesOf, replaceOnce } from './helpers.js';
import { parsePolicyText } from '../../src/policy/parse.js';
import { runCli } from './run-cli.js';

const { policy: yunling } = await loadPolicyFile('examples/rulebooks/yunling.yaml');
const { policy: bailu } = await loadPolicyFile('examples/rulebooks/bailu.yaml');
const yunlingText = readFileSync('examples/rulebooks/yunling.yaml', 'utf8');

const STAY = { scheme: 'employee', status: 'active', benefit: 'inpatient', tier: '2', amount: '20000', age: '60' };
const warningsOn = (p: typeof yunling, city: string, date: string) => explain(claimOf({ ...STAY, date }, date, city), p, []).warnings;
const codes = (p: typeof yunling, city: string, date: string) => warningsOn(p, city, date).map((w) => w.code);

describe('covers_until: how far a version\'s sources cover', () => {
  it('云岭 (stated, 2025年度): no after_sources in 2025; from 2026 it fires, the sources taken to 2025-12-31', () => {
    expect(codes(yunling, 'yunling', '2025-01-02')).not.toContain('after_sources');
    expect(codes(yunling, 'yunling', '2025-12-31')).not.toContain('after_sources');
    const w = warningsOn(yunling, 'yunling', '2026-01-01').find((x) => x.code === 'after_sources');
    expect(w?.message.zh).toContain('来源资料截至 2025-12-31');
    expect(codes(yunling, 'yunling', '2025-06-01').filter((c) => c === 'reading')).toEqual([]);
  });

  it('白鹭 (open: in force from 2025-01-01, no end named): no after_sources and no reading, in 2025 or 2027', () => {
    for (const date of ['2025-06-01', '2027-03-01']) {
      const w = warningsOn(bailu, 'bailu', date);
      expect(w.map((x) => x.code)).not.toContain('after_sources');
      expect(w.find((x) => x.path === 'versions.0.covers_until')).toBeUndefined();
    }
  });

  it('a reading of the span (an end the text only implies) is said on the claims it covers', () => {
    const text = replaceOnce(
      readFileSync('examples/rulebooks/bailu.yaml', 'utf8'),
      'value: open',
      'value: "2025-12-31"\n      reading: { zh: 理解为2025年度的标准, en: read as the 2025 rules }\n      reading_short: { zh: 按2025年度的标准算, en: taken as the 2025 rules }',
    );
    expect(issuesOf(text)).toEqual([]);
  });

  it('an inferred span (an end worked out from the text) validates, and is said as inferred on the claims it covers', () => {
    const text = replaceOnce(
      readFileSync('examples/rulebooks/bailu.yaml', 'utf8'),
      'value: open',
      'value: "2025-12-31"\n      inferred: true\n      reasoning: { zh: 通知自2025年1月1日起执行，有效期一年, en: in force from 1 January 2025 for one year }',
    );
    expect(issuesOf(text)).toEqual([]);
    const p = parsePolicyText(text, 'bailu.yaml');
    // said only where another count of the year could leave the claim out: 白鹭's notice is dated 2024-12-20 and in force
    // from 2025-01-01 (12 days later); a year counted from its date ends 2025-12-19, so the doubt is from 2025-12-31 − 12 − 1
    // = 2025-12-18 on: a claim on 12-19 is told, one on 06-01 or 12-18 is inside the year however it is counted
    const inferred = (date: string) => warningsOn(p, 'bailu', date).find((x) => x.path === 'versions.0.covers_until');
    expect(inferred('2025-06-01')).toBeUndefined();
    expect(inferred('2025-12-18')).toBeUndefined();
    const w = inferred('2025-12-19');
    expect(w?.kind).toBe('inferred');
    expect(w?.message.zh).toContain('来源覆盖到 2025-12-31 是由原文推算的');
    expect(inferred('2025-12-31')?.kind).toBe('inferred');
    expect(codes(p, 'bailu', '2026-01-02')).toContain('after_sources');
    const bare = replaceOnce(text, '      reasoning: { zh: 通知自2025年1月1日起执行，有效期一年, en: in force from 1 January 2025 for one year }\n', '');
    expect(issuesOf(bare).map((i) => i.message).join('\n')).toContain('reasoning');
  });

  it('鹤屿 (有效期5年, inferred to 2029-12-31; dated 2024-12-18, in force 2025-01-01: 14 days): nothing said in 2025, said from 2029-12-17', async () => {
    const { policy: heyu } = await loadPolicyFile('test/fixtures/stay7/heyu.yaml');
    const on = (date: string) => warningsOn(heyu, 'heyu', date).filter((x) => x.path === 'versions.0.covers_until').map((x) => x.kind);
    // 2029-12-31 − 14 − 1 = 2029-12-16: five years from the notice's date end 2029-12-17
    expect(on('2025-04-23')).toEqual([]);
    expect(on('2029-12-16')).toEqual([]);
    expect(on('2029-12-17')).toEqual(['inferred']);
    expect(codes(heyu, 'heyu', '2030-01-01')).toContain('after_sources');
  });

  it('Suizhou states nothing: a 2025 claim is after its 2024 sources, warned as before', async () => {
    const suizhou = await policy('suizhou');
    const c = claimOf({ scheme: 'employee', status: 'active', tier: '1', amount: '1000' }, '2025-03-01');
    expect(explain(c, suizhou, []).warnings.map((w) => w.code)).toContain('after_sources');
  });

  it('ask\'s 去年: 2025 at 云岭 is one span of the same rules now', () => {
    expect(sameRulesThroughout(yunling, '2025-01-01', '2025-12-31')).toBe(true);
  });
});

describe('covers_until in validate', () => {
  it('the two rulebooks validate with it', () => {
    expect(issuesOf(yunlingText)).toEqual([]);
    expect(issuesOf(readFileSync('examples/rulebooks/bailu.yaml', 'utf8'))).toEqual([]);
  });

  it('a stated span whose quote does not hold its year is refused, naming the key', () => {
    const text = replaceOnce(yunlingText, 'value: "2025-12-31"', 'value: "2026-12-31"');
    const issues = issuesOf(text);
    expect(issues.map((i) => i.message).join('\n')).toContain('covers_until 2026-12-31');
  });

  it('a span ending before the version takes effect is refused', () => {
    const text = replaceOnce(yunlingText, 'value: "2025-12-31"', 'value: "2024-12-31"');
    expect(issuesOf(text).length).toBeGreaterThan(0);
  });

  it('open without the clause that puts the text in force is refused', () => {
    const text = replaceOnce(readFileSync('examples/rulebooks/bailu.yaml', 'utf8'), '      quote: 本通知自2025年1月1日起执行\n', '      note: { zh: 无, en: none }\n');
    expect(issuesOf(text).map((i) => i.message).join('\n')).toContain('covers_until open');
  });

  it('resident values keyed by grade without a top-level grades: refused, naming grades (else show says resident claims cannot compute)', () => {
    const bailuText = readFileSync('examples/rulebooks/bailu.yaml', 'utf8');
    const text = replaceOnce(bailuText, 'grades:\n  "1": { name: { zh: 一档, en: grade 1 }, aliases: [一档, 第一档] }\n  "2": { name: { zh: 二档, en: grade 2 }, aliases: [二档, 第二档] }\n', '');
    const messages = issuesOf(text).map((i) => i.message).join('\n');
    expect(messages).toContain('but the file has no top-level grades');
    expect(messages.split('no top-level grades').length).toBe(2);
  });

  it('not a date: refused by the schema', () => {
    const text = replaceOnce(yunlingText, 'value: "2025-12-31"', 'value: "end of 2025"');
    expect(issuesOf(text).length).toBeGreaterThan(0);
  });
});

describe('covers_until in show and init', () => {
  it('policy show says how far the sources cover, with the quote', async () => {
    const r = await runCli(['policy', 'show', 'examples/rulebooks/yunling.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('来源写明覆盖到 2025-12-31');
    expect(r.stdout).toContain('现将2025年度我市基本医疗保险和医疗救助待遇标准通知如下');
    const b = await runCli(['policy', 'show', 'examples/rulebooks/bailu.yaml']);
    expect(b.stdout).toContain('来源未写截止日期,自生效日起持续执行');
    expect(b.stdout).not.toContain('来源资料截至');
  });

  it('policy init: present and unknown (null with a note) in the skeleton', () => {
    const v = parse(skeletonPolicy('qingsong', '../schema/policy.schema.json')).versions[0];
    expect(v.covers_until.value).toBeNull();
    expect(v.covers_until.note.zh).toBeTruthy();
  });

  it('the JSON Schema defines it', async () => {
    const { policyJsonSchemaText } = await import('../../src/policy/compile.js');
    expect(policyJsonSchemaText()).toContain('"covers_until"');
  });
});
