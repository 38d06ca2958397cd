// The words of the wizard's stop screen, for a citizen: what the policy does state for this
// claim and what that rests on (the quote; the reading or the inference when it is one), what
// it does not state (so yibao will not guess), where to ask (the city's hotline), and, marked
// as being for hotline operators, the --set flags that would supply the missing values.
// Pure: text in, text out; every piece quoted from the policy passes through the sanitizer.
import { BENEFIT_NAMES, SCHEME_NAMES, fenFromNumber, formatFen, formatPercent, ratioFromNumber } from '../../engine/index.js';
import type { Policy } from '../../policy/schema.js';
import type { BenefitId, Scheme } from '../../domain.js';
import type { Lang } from '../errors.js';
import { hotlineFooter } from '../render/hotline-footer.js';
import { safeText } from '../../safe-text.js';
import type { Blocked } from './unanswerable.js';
import { knownValues, type KnownQuery, type KnownValue } from './known.js';
import { STOP, type Text } from './text.js';

/** ["起付线", "报销比例", …] -> 起付线、…和报销比例; the same with commas and "and" in English. */
function list(words: string[], comma: string, and: string): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(comma)}${and}${words.at(-1)}`;
}

/** The reason in one sentence (also the JSON error's message). */
export function stopReason(blocked: Blocked, policy: Policy, lang: Lang): string {
  if (blocked.kind === 'refused') return blocked.error.messages[lang];
  const names = blocked.unknowns.map((u) => u.name);
  const scheme = SCHEME_NAMES[blocked.scheme];
  const benefit = BENEFIT_NAMES[blocked.benefit];
  const what: Text = {
    zh: `${scheme.zh}${benefit.zh}的${list(names.map((n) => n.zh), '、', '和')}`,
    en: `the ${benefit.en} ${list(names.map((n) => n.en), ', ', ' and ')} of ${scheme.en}`,
  };
  // a facility the claim names is said by its name (三级甲等医院), else the level's
  const tier = blocked.facility !== undefined ? { zh: blocked.facility, en: blocked.facility } : blocked.tier === undefined ? undefined : policy.tiers[blocked.tier]?.name;
  const where = tier === undefined ? undefined : STOP.atTier(tier);
  return STOP.unknown(policy.name, what, where, names.length > 1)[lang];
}

/** A known value as a citizen reads it, then what it rests on. */
function knownLines(k: KnownValue, what: Text, lang: Lang): string[] {
  const money = k.param === 'cap' || k.param === 'deductible';
  const percent = money ? '' : formatPercent(ratioFromNumber(k.value));
  const v = money ? formatFen(fenFromNumber(k.value)).replace(/\.00$/, '') : k.param === 'retiree_bonus' ? percent.slice(0, -1) : percent;
  const said = STOP.value[k.param](what, v)[lang];
  const lines = [`${STOP.known[lang]}${lang === 'en' ? said.replace(/^./, (c) => c.toUpperCase()) : said}`];
  // The reading in full (a screen has room for it; the one-clause form is for `say`).
  const { quote, reading, inferred, reasoning } = k.sourced;
  const basis = [quote ? STOP.quoted(quote)[lang] : '', inferred ? STOP.inferred(reasoning)[lang] : reading ? STOP.reading(reading)[lang] : ''];
  if (basis.some((b) => b !== '')) lines.push(`  ${basis.filter((b) => b !== '').join(lang === 'zh' ? '' : ' ')}`);
  return lines;
}

/** What the known values are about: 随州市居民医保普通门诊. */
function subject(policy: Policy, scheme: Scheme, benefit: BenefitId): Text {
  const s = SCHEME_NAMES[scheme];
  const b = BENEFIT_NAMES[benefit];
  return { zh: `${policy.name.zh}${s.zh}${b.zh}`, en: `${s.en} in ${policy.name.en} for ${b.en} care` };
}

/**
 * What the policy does state for a claim that cannot be answered, with what it rests on, in
 * both languages (calc adds it to its unknown-parameter error, as the stop screen shows it);
 * undefined when nothing is stated.
 */
export function knownNote(policy: Policy, q: KnownQuery): Text | undefined {
  const known = knownValues(policy, q);
  if (known.length === 0) return undefined;
  const what = subject(policy, q.scheme, q.benefit);
  const lines = (lang: Lang) => known.flatMap((k) => knownLines(k, what, lang)).map(safeText).join('\n');
  return { zh: lines('zh'), en: lines('en') };
}

/** The whole screen, one line per point. */
export function stopScreen(blocked: Blocked, policy: Policy, lang: Lang): string {
  const lines = [STOP.title[lang]];
  if (blocked.kind === 'unknown') {
    const what = subject(policy, blocked.scheme, blocked.benefit);
    const known = knownValues(policy, blocked);
    for (const k of known) lines.push(...knownLines(k, what, lang));
    lines.push(`${STOP.notKnown[lang]}${stopReason(blocked, policy, lang)}${lang === 'zh' ? '' : ' '}${STOP.cannotSay[lang]}`);
  } else {
    lines.push(stopReason(blocked, policy, lang));
  }
  lines.push(hotlineFooter(policy, lang));
  if (blocked.kind === 'unknown') {
    const sets = { zh: blocked.unknowns.map((u) => u.set.zh).join(' '), en: blocked.unknowns.map((u) => u.set.en).join(' ') };
    lines.push(STOP.operators(sets)[lang]);
  }
  return `${lines.map(safeText).join('\n')}\n`;
}
