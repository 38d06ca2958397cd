// `say` for every warning every city gives, zh and en: every golden case of test/cases/<city>.yaml
// that is answered (they cover after_sources, reading, inferred_value, user_value, unknown_cap,
// family_reading, family_unknown, band_edge, contribution_years, deductible_period, above_cap),
// plus ratio_capped and ignored_input. For each script:
// - each reading, inferred or assumed value is said once, in its own short clause, and nowhere
//   else (a refusal that rests on a reading says "按…算", never the reading a second time);
// - no sentence is said twice; each fits one breath (zh at most 40 characters, en 30 words);
// - one punctuation convention: Chinese sentences use the half-width ,:;() the templates use, also
//   where the clause comes from policy data; English has no full-width punctuation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseClaim, parseOverride, type RawClaim } from '../../src/claim/index.js';
import { explain, PolicyError } from '../../src/engine/index.js';
import type { Explanation, Override } from '../../src/engine/types.js';
import { saySentences } from '../../src/cli/render/say.js';
import { spokenSentence } from '../../src/cli/render/say-notes.js';
import type { Lang } from '../../src/cli/errors.js';
import { policy } from '../helpers/policy.js';

interface Case {
  name: string;
  claim: Record<string, string>;
  set?: string[];
  error?: unknown;
}

const dir = join(import.meta.dirname, '..', 'cases');
const claims: Array<{ city: string; name: string; claim: Record<string, string>; set: string[] }> = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
  for (const c of parse(readFileSync(join(dir, file), 'utf8')) as Case[]) {
    if (!c.error) claims.push({ city: file.replace(/\.yaml$/, ''), name: c.name, claim: c.claim, set: c.set ?? [] });
  }
}
// the two codes no golden case gives
claims.push(
  { city: 'suizhou', name: 'ratio_capped: 98% + 5 points', claim: { date: '2024-06-01', scheme: 'employee', status: 'retired', tier: '1', amount: '1000' }, set: ['outpatient.employee.ratio=0.98'] },
  { city: 'suizhou', name: 'ignored_input: a level, the years, a relation alone', claim: { date: '2024-06-01', scheme: 'employee', status: 'active', tier: '1', amount: '1000', contribution: '0.8', contribution_years_met: 'no', relation: 'spouse' }, set: [] },
);

async function explained(c: (typeof claims)[number]): Promise<{ e: Explanation; p: Awaited<ReturnType<typeof policy>>; overrides: Override[] }> {
  const parsed = parseClaim(c.claim as RawClaim, { city: c.city, date: '2024-05-01' });
  if (!parsed.ok) throw new Error(parsed.message.en);
  const overrides = c.set.map((s) => {
    const o = parseOverride(s);
    if (!o.ok) throw new Error(o.message.en);
    return o.override;
  });
  const p = await policy(c.city);
  return { e: explain(parsed.claim, p, overrides), p, overrides };
}

const READING = { zh: '这是对原文的理解', en: 'this is a reading' } as const;
const length = (s: string, lang: Lang) => (lang === 'zh' ? [...s].length : s.split(/\s+/).length);
const LIMIT = { zh: 40, en: 30 } as const;
const HALF = (s: string) => s.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')');
const covered = new Set<string>();

describe.each(['zh', 'en'] as const)('say (%s) for every warning of every city', (lang) => {
  it.each(claims.map((c) => [`${c.city}: ${c.name}`, c] as const))('%s', async (_name, c) => {
    let got;
    try {
      got = await explained(c);
    } catch (error) {
      if (error instanceof PolicyError) return; // unanswerable claims are not said
      throw error;
    }
    const { e, p, overrides } = got;
    const sentences = saySentences({ explanation: e, policy: p, sha256: '', overrides, lang });
    for (const w of e.warnings) covered.add(w.code);

    // each warning's clause once; a sentence that is no warning's clause never carries a reading
    const clauses = new Set(e.warnings.map((w) => spokenSentence(lang === 'zh' ? HALF(w.short.zh) : w.short.en, lang)));
    for (const clause of clauses) expect(sentences.filter((s) => s === clause), clause).toHaveLength(1);
    for (const s of sentences.filter((x) => !clauses.has(x))) {
      expect(s.toLowerCase(), s).not.toContain(READING[lang]);
      expect(s).not.toContain('不是规定');
    }
    expect(sentences.join('').split(READING[lang]).length - 1).toBe([...clauses].filter((s) => s.toLowerCase().includes(READING[lang])).length);

    expect(new Set(sentences).size, sentences.join('')).toBe(sentences.length);
    for (const s of sentences) expect(length(s, lang), s).toBeLessThanOrEqual(LIMIT[lang]);
    if (lang === 'zh') for (const s of sentences) expect(s, s).not.toMatch(/[，：；（）！？]/);
    else for (const s of sentences) expect(s, s).not.toMatch(/[，。：；（）、！？]/);
    // a refused relative's account is said once, in one sentence
    if (e.claim.family > 0 && e.result.familyPays === 0) {
      const family = sentences.filter((s) => /亲属账户|家庭共济|relative's account|Family mutual aid/.test(s));
      expect(family, sentences.join('')).toHaveLength(1);
    }
  });

  it('covers every warning code the spoken script can meet', () => {
    for (const code of ['after_sources', 'reading', 'inferred_value', 'user_value', 'unknown_cap', 'family_reading', 'family_unknown', 'band_edge',
      'contribution_years', 'deductible_period', 'above_cap', 'ratio_capped', 'ignored_input']) {
      expect(covered, code).toContain(code);
    }
  });
});

describe('say: the lead\'s example, Xianning grandchild (2024-01-02, resident, tier 3, 300, family 150)', () => {
  // 300 × 50% = 150 (Xiaomei's example, inferred); the grandparent's account is counted as not
  // paying by the reading of "父母、子女、配偶等"; 150 cash.
  it('says the family reading once, in one short clause, with one punctuation convention', async () => {
    const c = { city: 'xianning', name: '', claim: { date: '2024-01-02', scheme: 'resident', tier: '3', amount: '300', family: '150', relation: 'grandchild' }, set: [] };
    const { e, p } = await explained(c);
    expect(saySentences({ explanation: e, policy: p, sha256: '', overrides: [], lang: 'zh' }).join('')).toBe(
      '您这次门诊总费用300元。这次按不设起付线算。这300元按50%报销,统筹基金支付150元。您个人负担150元。' +
        '亲属账户这次按不能用算:原文只写了“父母、子女、配偶等”,这是对原文的理解。' +
        '不设起付线是根据原文推算的。报销比例50%是根据原文推算的。事例里的50%按各级医疗机构都适用算,这是对原文的理解。' +
        '政策没有写明封顶线,这里按没达到封顶线算。',
    );
    expect(saySentences({ explanation: e, policy: p, sha256: '', overrides: [], lang: 'en' }).join(' ')).toBe(
      'Your visit cost 300 yuan in total. This is worked out with no deductible. 50% of the 300 yuan within scope is reimbursed. The fund pays 150 yuan. ' +
        'Your share is 150 yuan. The relative\'s account is counted as not paying: the text names only parents, children and spouse "and others"; this is a reading of the source. ' +
        'Having no deductible is worked out from the source. The ratio of 50% is worked out from the source. ' +
        'The 50% of the example is applied at every tier; this is a reading of the source. The policy states no cap, so this assumes the cap is not reached.',
    );
  });
});
