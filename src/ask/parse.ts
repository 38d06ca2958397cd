// A question as an operator types it -> a claim, when it describes one: "我退休了，在二级医院看门诊
// 花了1000元，能报多少？" is employee · retired · tier 2 · outpatient · 1000 yuan. Words are the
// claim's own alias table (src/claim/aliases.ts, shared with flags, the wizard and batch), found
// anywhere in the sentence, longest first; amounts as people write them (1,000 / ¥500 / 500元 /
// 2000块 / 1.2万 / 一千二百 / 两千五, via src/faq/numbers.ts). Pure: no I/O.
import { ALIAS_WORDS, BENEFIT_ALIASES, SCHEME_ALIASES, STATUS_ALIASES, TIER_ALIASES } from '../claim/aliases.js';
import type { RawClaim } from '../claim/index.js';
import { canonicalNumbers } from '../faq/numbers.js';
import { HAN } from '../faq/lexicon.js';

type Field = 'scheme' | 'status' | 'benefit' | 'tier';
const TABLES: Record<Field, Readonly<Record<string, string>>> = {
  scheme: SCHEME_ALIASES,
  status: STATUS_ALIASES,
  benefit: BENEFIT_ALIASES,
  tier: TIER_ALIASES,
};

/** What the question says, field by field (the words as found), and the raw claim they make. */
export interface ClaimQuestion {
  raw: RawClaim;
  /** The words the question used for each field (for the operator to check). */
  words: Partial<Record<Field | 'amount' | 'city' | 'date', string>>;
  /** Every value the question gives two different ways (二级 … 三级): the claim is not understood. */
  conflicts: Array<{ field: Field | 'amount'; values: string[] }>;
}

export type QuestionKind = { kind: 'claim'; claim: ClaimQuestion } | { kind: 'faq' };

/** The cities a question may name, with the names they go by (随州市, 随州, suizhou), longest first. */
const CITIES = Object.entries(ALIAS_WORDS.city).map(([id, names]) => ({
  id,
  names: names.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length),
}));

// Words that say a visit happened and money was spent: with an amount, the question is a claim.
const SPENT = /花了|花费|花销|费用|医药费|医疗费|看病|看门诊|就诊|一共|总共|共计|能报多少|报多少|报销多少|能报销多少|给报多少/u;
// Words that ask about a rule, not a bill: with no visit word, a number there is not a claim (封顶线20万).
const RULE = /封顶|起付|门槛|比例|几成|限额|上限|最多|最高|热线|电话|病种|大病|缴费|交费|交多少|年限/u;
const LATIN_WORD = /^[a-z]+$/;

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

const DATE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/u;
// An amount: a number (1000, 1000.50) with an optional ¥ before it and 元/块/块钱/rmb after it.
// A number glued to another unit (2024年, 3月, 37种, 87%, 3个) is not an amount.
const AMOUNT = /(¥|￥|rmb)?\s*(\d+(?:\.\d+)?)\s*(元|块钱|块|rmb|yuan)?(?![\d.%年月日号岁种个次天级])/giu;

function blank(text: string, at: number, length: number): string {
  return text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
}

/**
 * Reads a question. A claim needs an amount and either a visit word (花了, 看病, 能报多少…) or
 * a facility tier, or else a scheme, status or benefit with no word about a rule (封顶线, 比例…):
 * "职工封顶线是不是20万" is a question about a rule, "在职 社区卫生服务站 2000块" is a claim.
 */
export function readQuestion(question: string): QuestionKind {
  let text = canonicalNumbers(question.normalize('NFKC').toLowerCase());
  const claim: ClaimQuestion = { raw: {}, words: {}, conflicts: [] };
  const found: Partial<Record<Field, Set<string>>> = {};

  const named = CITIES.filter((c) => c.names.some((n) => text.includes(n)));
  if (named.length === 1) {
    const city = named[0]!;
    claim.raw.city = city.id;
    claim.words.city = city.names.find((n) => text.includes(n));
    for (const n of city.names) text = text.split(n).join(' '.repeat(n.length));
  }
  const date = DATE.exec(text);
  if (date) {
    claim.raw.date = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    claim.words.date = date[0];
    text = blank(text, date.index, date[0].length);
  }
  for (const { word, field, id } of wordList()) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!HAN.test(word) && /[a-z]/.test((text[at - 1] ?? '') + (text[at + word.length] ?? ''))) continue; // inside a longer word
      (found[field] ??= new Set()).add(id);
      claim.words[field] ??= word;
      text = blank(text, at, word.length);
    }
  }
  const tierWord = /tier\s*-?\s*([123])\b/.exec(text);
  if (tierWord) {
    (found.tier ??= new Set()).add(tierWord[1]!);
    claim.words.tier ??= tierWord[0];
    text = blank(text, tierWord.index, tierWord[0].length);
  }
  for (const field of Object.keys(TABLES) as Field[]) {
    const ids = [...(found[field] ?? [])];
    if (ids.length > 1) claim.conflicts.push({ field, values: ids });
    else if (ids.length === 1) claim.raw[field] = ids[0];
  }
  // 退休/在职 belong to employee insurance
  if (claim.raw.status !== undefined && claim.raw.scheme === undefined) claim.raw.scheme = 'employee';

  const amounts = [...text.matchAll(AMOUNT)].map((m) => ({ value: m[2]!, marked: Boolean(m[1] || m[3]), text: m[0].trim() }));
  const marked = amounts.filter((a) => a.marked);
  const chosen = marked.length > 0 ? marked : amounts;
  const values = [...new Set(chosen.map((a) => a.value))];
  if (values.length > 1) claim.conflicts.push({ field: 'amount', values });
  else if (values.length === 1) {
    claim.raw.amount = values[0];
    claim.words.amount = chosen[0]!.text;
  }

  const hasAmount = values.length > 0;
  const visit = SPENT.test(question) || claim.raw.tier !== undefined;
  const aboutClaim = claim.raw.scheme !== undefined || claim.raw.status !== undefined || claim.raw.benefit !== undefined;
  const isClaim = hasAmount && (visit || ((aboutClaim || marked.length > 0) && !RULE.test(question)));
  return isClaim ? { kind: 'claim', claim } : { kind: 'faq' };
}
