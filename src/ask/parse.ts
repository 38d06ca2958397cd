// A question as an operator types it -> a claim, when it describes one: "我退休了，在二级医院看门诊
// 花了1000元，之前已经报过300，能报多少？" is employee · retired · tier 2 · outpatient · 1000 yuan,
// the fund having paid 300 this year. The question is read clause by clause (clauses.ts): the rest
// of the claim as callers give it (extras.ts: paid this year, deductible met, out of scope, the
// personal and a relative's account), a date, the city, the words of the claim's own alias table
// (src/claim/aliases.ts, shared with flags, the wizard and batch), and the amount as people write
// it (1,000 / ¥500 / 500元 / 2000块 / 1.2万 / 一千二百 / 两千五). Each part understood is blanked;
// a clause with something left that carries meaning (a number, an amount word, a payment made)
// is reported as not understood, never dropped. Pure: no I/O.
import { cityWords } from '../cities.js';
import { BENEFIT_ALIASES, SCHEME_ALIASES, STATUS_ALIASES, TIER_ALIASES } from '../claim/aliases.js';
import type { RawClaim } from '../claim/index.js';
import { HAN } from '../text/han.js';
import { countOf } from '../text/numbers.js';
import { blankAll, clausesOf, take, type Clause } from './clauses.js';
import { readExtras, type ExtraField, type PolicyWords, type SaidSince } from './extras.js';
import * as P from './phrases.js';
import type { SaidDay } from './stay-said.js';

type Field = 'scheme' | 'status' | 'benefit' | 'tier';
const TABLES: Record<Field, Readonly<Record<string, string>>> = {
  scheme: SCHEME_ALIASES,
  status: STATUS_ALIASES,
  benefit: BENEFIT_ALIASES,
  tier: TIER_ALIASES,
};

export type ConflictField = Field | 'amount' | 'date' | 'city' | 'discharge_date' | ExtraField;

/** A date the question gives relative to today: resolved by the caller, who knows today and the policy. */
export type RelativeDate = { kind: 'last_year'; words: string } | { kind: 'days_ago'; days: number; words: string };

/** What the question says, field by field (the words as found), and the raw claim they make. */
export interface ClaimQuestion {
  raw: RawClaim;
  /** The words the question used for each field (for the operator to check). */
  words: Partial<Record<Field | 'amount' | 'city' | 'date', string>>;
  /** The rest of the claim, in the order the question gives it (values in `raw`). */
  extras: Array<{ field: ExtraField; words: string }>;
  /** 起付线已经付满了: the whole deductible (the policy's) was met before this visit. */
  deductibleFull?: string;
  relativeDate?: RelativeDate;
  /** Every value the question gives two different ways (二级 … 三级): the claim is not understood. */
  conflicts: Array<{ field: ConflictField; values: string[] }>;
  /** The clauses, as typed, with something left that carries meaning: not understood. */
  unclear: string[];
  /** Why a clause of `unclear` is not understood, where that can be said (女婿's account: no relation the policies list). */
  why: Record<string, { zh: string; en: string }>;
  /** The day a retiree's status began as said (今年5月份退休的): made a date by the caller, who knows the claim's year. */
  statusSince?: SaidSince;
  /** A stay's day of discharge as said (7月24日出院): made a date by the caller, who knows the claim's year. */
  dischargeSaid?: { year?: number; month: number; day: number; words: string };
  /** The previous stay's day of discharge as said (上次出院是3月2号): made a date by the caller (run.ts). */
  previousSaid?: SaidDay;
  /** A newborn's birth date as said (宝宝出生在3月2号): made a date by the caller. */
  birthSaid?: SaidDay;
}

export type QuestionKind = { kind: 'claim'; claim: ClaimQuestion } | { kind: 'faq' };

/** The cities a question may name, with the names they go by (随州市, 随州, suizhou), longest first; a policy directory's too. */
let cities: { words: object; list: Array<{ id: string; names: string[] }> } | undefined;
function citiesInUse(): Array<{ id: string; names: string[] }> {
  const words = cityWords();
  if (cities?.words !== words) {
    const list = Object.entries(words).map(([id, names]) => ({ id, names: names.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length) }));
    cities = { words, list };
  }
  return cities.list;
}

// Words that say a visit happened and money was spent: with an amount, the question is a claim.
const SPENT = /花了|花费|花销|费用|医药费|医疗费|看病|看门诊|就诊|一共|总共|共计|能报多少|报多少|报销多少|能报销多少|给报多少/u;
// Words that ask about a rule, not a bill: with no visit word, a number there is not a claim (封顶线20万).
const RULE = /封顶|起付|门槛|比例|几成|百分之|%|限额|上限|最多|最高|热线|电话|病种|大病|缴费|交费|交多少|年限|什么意思|是什么|什么是|啥意思|怎么回事/u;
/** A number or an amount word: a clause with one left over, in a question about a visit, makes it a claim not understood. */
const NUMBERISH = /\d|元|块|[百千万]/u;
const LATIN_WORD = /^[a-z]+$/;
const TIER_WORD = /tier\s*-?\s*([123])\b/gu;
const AMOUNT = new RegExp(P.AMOUNT, 'giu');

/** Every alias word of a field that can be found inside a sentence: Chinese words, and English ids as whole words. */
function wordList(): Array<{ word: string; field: Field; id: string }> {
  const list: Array<{ word: string; field: Field; id: string }> = [];
  for (const field of Object.keys(TABLES) as Field[]) {
    for (const [word, id] of Object.entries(TABLES[field])) {
      if (HAN.test(word) || (LATIN_WORD.test(word) && word.length > 2)) list.push({ word: word.toLowerCase(), field, id });
    }
  }
  return list.sort((a, b) => b.word.length - a.word.length);
}
const WORDS = wordList();

/**
 * The city the question names. Two cities (我在咸宁参保，在随州看病) are a conflict, as two tiers
 * are: which city's rules apply is for the operator to settle, never a silent pick or default.
 */
function readCity(clauses: Clause[], claim: ClaimQuestion): void {
  const found = citiesInUse().filter((c) => c.names.some((n) => clauses.some((k) => k.text.includes(n))));
  // a place written within another (咸宁市嘉鱼县, 咸宁嘉鱼) is the inner one, not two cities
  type City = (typeof found)[number];
  const within = (outer: City, inner: City) => outer !== inner && outer.names.some((o) => inner.names.some((i) => clauses.some((k) => k.text.includes(o + i))));
  const named = found.filter((c) => !found.some((inner) => within(c, inner)));
  if (named.length === 0) return;
  if (named.length > 1) claim.conflicts.push({ field: 'city', values: named.map((c) => c.id) });
  else {
    claim.raw.city = named[0]!.id;
    claim.words.city = named[0]!.names.find((n) => clauses.some((k) => k.text.includes(n)));
  }
  for (const city of found) for (const k of clauses) for (const n of city.names) k.text = k.text.split(n).join(' '.repeat(n.length));
}

function readDate(clauses: Clause[], claim: ClaimQuestion): void {
  const dates = new Set<string>();
  for (const c of clauses) {
    take(c, P.DATE, (m) => {
      const date = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      dates.add(date);
      claim.raw.date ??= date;
      claim.words.date ??= m[0];
      return true;
    });
    take(c, P.THIS_YEAR, () => true);
    take(c, P.LAST_YEAR, (m) => {
      claim.relativeDate ??= { kind: 'last_year', words: m[0] };
      return true;
    });
    for (const [word, days] of Object.entries(P.DAYS_AGO)) {
      take(c, new RegExp(word, 'gu'), (m) => {
        claim.relativeDate ??= { kind: 'days_ago', days, words: m[0] };
        return true;
      });
    }
  }
  if (dates.size > 1) claim.conflicts.push({ field: 'date', values: [...dates] });
  else if (dates.size === 1 && claim.relativeDate) claim.conflicts.push({ field: 'date', values: [claim.raw.date!, claim.relativeDate.words] });
}

function readWords(clauses: Clause[], claim: ClaimQuestion): Partial<Record<Field, Set<string>>> {
  const found: Partial<Record<Field, Set<string>>> = {};
  for (const c of clauses) {
    for (const { word, field, id } of WORDS) {
      const ranges: Array<[number, number]> = [];
      for (let at = c.text.indexOf(word); at >= 0; at = c.text.indexOf(word, at + word.length)) {
        if (!HAN.test(word) && /[a-z]/.test((c.text[at - 1] ?? '') + (c.text[at + word.length] ?? ''))) continue; // inside a longer word
        (found[field] ??= new Set()).add(id);
        claim.words[field] ??= word;
        ranges.push([at, word.length]);
      }
      blankAll(c, ranges);
    }
    take(c, TIER_WORD, (m) => {
      (found.tier ??= new Set()).add(m[1]!);
      claim.words.tier ??= m[0];
      return true;
    });
  }
  for (const field of Object.keys(TABLES) as Field[]) {
    const ids = [...(found[field] ?? [])];
    // a facility of the policy already read (村卫生室) and a level word beside it: two tiers
    const had = claim.raw[field];
    if (had !== undefined && ids.length > 0) claim.conflicts.push({ field, values: [had, ...ids] });
    else if (ids.length > 1) claim.conflicts.push({ field, values: ids });
    else if (ids.length === 1) claim.raw[field] = ids[0];
  }
  // a community facility keeps the caller's word (社区医院): the policy may name another kind, a reading
  if (claim.raw.tier === 'community' && claim.words.tier !== undefined && claim.words.tier !== '社区') claim.raw.tier = claim.words.tier;
  return found;
}

/** The policy's facilities by their names and aliases (村卫生室, 乡镇卫生院), before the level words: the tier is the facility's name, as --tier takes it. */
function readFacility(clauses: Clause[], claim: ClaimQuestion, words: PolicyWords | undefined): void {
  const list = (words?.facilities ?? []).flatMap((f) => f.words.map((w) => ({ word: w.normalize('NFKC').toLowerCase(), name: f.name }))).sort((a, b) => b.word.length - a.word.length);
  if (list.length === 0) return;
  const found = new Set<string>();
  for (const c of clauses) {
    for (const { word, name } of list) {
      const ranges: Array<[number, number]> = [];
      for (let at = c.text.indexOf(word); at >= 0; at = c.text.indexOf(word, at + word.length)) ranges.push([at, word.length]);
      if (ranges.length === 0) continue;
      found.add(name);
      claim.words.tier ??= word;
      blankAll(c, ranges);
    }
  }
  if (found.size > 1) claim.conflicts.push({ field: 'tier', values: [...found] });
  else if (found.size === 1) claim.raw.tier = [...found][0];
}

/** 7月24日出院, 出院日期2025-07-24: read where the policy in use asks a stay's day of discharge (or an age on it). */
function readDischarge(clauses: Clause[], claim: ClaimQuestion, model2: ReadonlySet<string>): void {
  if (!model2.has('discharge') && !model2.has('age')) return;
  const said = new Set<string>();
  for (const re of P.DISCHARGE) {
    for (const c of clauses) {
      if (!c.text.includes('出院')) continue;
      take(c, re, (m) => {
        const [month, day] = [Number(m[2]), Number(m[3])];
        if (month < 1 || month > 12 || day < 1 || day > 31) return false;
        said.add(`${m[1] ?? ''}-${month}-${day}`);
        claim.dischargeSaid ??= { ...(m[1] === undefined ? {} : { year: Number(m[1]) }), month, day, words: m[0].trim() };
        return true;
      });
    }
  }
  if (said.size > 1) claim.conflicts.push({ field: 'discharge_date', values: [...said] });
}

/** 看了3天: the days of care, read only where the facility said has a fund cap a day for this benefit (and scheme, once said). */
function readDays(clauses: Clause[], claim: ClaimQuestion, model2: ReadonlySet<string>, words: PolicyWords | undefined): void {
  const { tier, scheme } = claim.raw;
  const benefit = claim.raw.benefit ?? 'outpatient';
  if (!model2.has('days') || tier === undefined) return;
  if (!(words?.dayCaps ?? []).some((d) => d.facility === tier && d.benefit === benefit && (scheme === undefined || d.scheme === scheme))) return;
  const said = new Set<string>();
  for (const c of clauses) {
    take(c, P.DAYS, (m) => {
      const n = countOf(m[1]!);
      if (n === undefined) return false;
      said.add(String(n));
      if (claim.raw.days === undefined) {
        claim.raw.days = String(n);
        claim.extras.push({ field: 'days', words: m[0].trim() });
      }
      return true;
    });
  }
  if (said.size > 1) claim.conflicts.push({ field: 'days', values: [...said] });
}

/** The amount: one marked with 元/块/¥ is taken over bare numbers; two different ones are a conflict. */
function readAmount(clauses: Clause[], claim: ClaimQuestion): { found: boolean; marked: boolean } {
  const amounts = clauses.flatMap((c) => [...c.text.matchAll(AMOUNT)].map((m) => ({ c, m, value: m[1]!, marked: /[¥元块]|rmb|yuan/u.test(m[0]) })));
  const marked = amounts.filter((a) => a.marked);
  const chosen = marked.length > 0 ? marked : amounts;
  const values = [...new Set(chosen.map((a) => a.value))];
  if (values.length > 1) claim.conflicts.push({ field: 'amount', values });
  else if (values.length === 1) {
    claim.raw.amount = values[0];
    claim.words.amount = chosen[0]!.m[0].trim();
    for (const c of clauses) blankAll(c, chosen.filter((a) => a.c === c).map((a) => [a.m.index!, a.m[0].length]));
  }
  return { found: values.length > 0, marked: marked.length > 0 };
}

/** Why a stranger's account is not understood: the relation is none the contract's list (and so any policy's) names. */
function strangerWhy(who: string): { zh: string; en: string } {
  return {
    zh: `“${who}”的账户:${who}不在家庭共济的亲属关系里,只有配偶、父母、子女、兄弟姐妹、祖父母、孙子女`,
    en: `the account of "${who}": not a relation family mutual aid lists, only spouse, parent, child, sibling, grandparent, grandchild`,
  };
}

/**
 * Reads a question. A claim needs an amount (or another part of a claim: paid this year, an
 * account…) and either a visit word (花了, 看病, 能报多少…) or a facility tier, or else a scheme,
 * status or benefit with no word about a rule (封顶线, 比例…) left once the claim's parts are
 * read: "职工封顶线是不是20万" is a question about a rule, "在职 社区卫生服务站 2000块" is a claim.
 */
export function readQuestion(question: string, model2: ReadonlySet<string> = new Set(), words?: PolicyWords): QuestionKind {
  const { claim, isClaim } = readClaimParts(question, model2, words);
  return isClaim ? { kind: 'claim', claim } : { kind: 'faq' };
}

/**
 * The parts of a claim a question gives, whether or not it is a claim on its own: the desk reads
 * "那三级医院呢" (a tier, no amount) as a change to the claim in play (follow-up.ts).
 */
export function readClaimParts(question: string, model2: ReadonlySet<string> = new Set(), words?: PolicyWords): { claim: ClaimQuestion; isClaim: boolean } {
  const clauses = clausesOf(question);
  const claim: ClaimQuestion = { raw: {}, words: {}, extras: [], conflicts: [], unclear: [], why: {} };
  readCity(clauses, claim);
  // before the date: a clause that says 去年 is not read for this year's payments
  const extras = readExtras(clauses, model2, words);
  readDischarge(clauses, claim, model2);
  readDate(clauses, claim);
  Object.assign(claim.raw, extras.values);
  claim.extras = extras.words;
  if (extras.deductibleFull !== undefined) claim.deductibleFull = extras.deductibleFull;
  if (extras.previous) claim.previousSaid = extras.previous;
  if (extras.birth) claim.birthSaid = extras.birth;
  claim.conflicts.push(...extras.conflicts);
  readFacility(clauses, claim, words);
  readWords(clauses, claim);
  readDays(clauses, claim, model2, words);
  // 今年5月份退休的 says the status too
  if (extras.statusSince) {
    claim.statusSince = extras.statusSince;
    if (claim.raw.status === 'active') claim.conflicts.push({ field: 'status', values: ['active', 'retired'] });
    else {
      claim.raw.status = 'retired';
      claim.words.status ??= extras.statusSince.words;
    }
  }
  // 退休/在职 belong to employee insurance
  if (claim.raw.status !== undefined && claim.raw.scheme === undefined) claim.raw.scheme = 'employee';
  const amount = readAmount(clauses, claim);

  const rest = clauses.map((c) => c.text).join(' ');
  claim.unclear = clauses.filter((c) => P.MEANINGFUL.test(c.text.replace(/\s+/g, '')) || extras.strangers.some((x) => x.clause === c) || extras.vague.some((x) => x.clause === c)).map((c) => c.shown);
  for (const { clause, who } of extras.strangers) claim.why[clause.shown] = strangerWhy(who);
  for (const { clause, why } of extras.vague) claim.why[clause.shown] = why;
  // an amount, or a value of the rest of a claim (paid this year, an account…): 起付线付满 alone is a question
  const hasParts = amount.found || claim.extras.length > 0;
  const visit = SPENT.test(question) || claim.raw.tier !== undefined;
  const aboutClaim = claim.raw.scheme !== undefined || claim.raw.status !== undefined || claim.raw.benefit !== undefined;
  // a visit with a number not understood (花了1000多) is a claim that says so, never an FAQ answer;
  // a tier with a number about a rule and no money spent (一级医院报80%吗) is a question about the rule
  const unclearVisit = visit && claim.unclear.some((u) => NUMBERISH.test(u)) && (SPENT.test(question) || !RULE.test(rest));
  const isClaim = (hasParts && (visit || ((aboutClaim || amount.marked) && !RULE.test(rest)))) || unclearVisit;
  return { claim, isClaim };
}
