// What a line at the hotline desk means while a caller's claim is in play, read by the same
// parser as any question (parse.ts: readClaimParts):
// - "下一位", "换一个人" or an empty line: the next caller (start afresh);
// - 详细 / 为什么: the full breakdown of the claim in play;
// - a what-if ("那三级医院呢", "如果是在职呢", "要是花了2000呢"; under a rulebook policy also
//   "那第三次住院呢", "要是72岁呢", "如果是低保对象呢", "在外地没备案呢", "乙类药品3000呢", read with the
//   policy's inputs as ask reads them): the last claim with what the line changes, and which fields;
// - a new visit of the same person ("他后来又去二级医院看了一次 花了1000"): the person kept, and
//   that person's year so far (deductible met, fund paid) carried when the visit is for the same
//   benefit in the same year, as batch carries a person's rows;
// - anything else: a question of its own.
// Pure: no I/O.
import { BENEFIT_ALIASES, lookup } from '../claim/aliases.js';
import type { ClaimField, RawClaim } from '../claim/index.js';
import { readClaimParts, type ClaimQuestion } from './parse.js';
import type { ExtraField, PolicyInputs } from './extras.js';
import type { YearSoFar } from './year-so-far.js';

export type { YearSoFar } from './year-so-far.js';

/** The claim in play: as answered (the raw claim complete), and the person's year after it. */
export interface InPlay {
  claim: ClaimQuestion;
  year?: YearSoFar;
}

export type ChangedField = 'city' | 'date' | 'scheme' | 'status' | 'benefit' | 'tier' | 'amount' | ExtraField;

export type DeskTurn =
  | { kind: 'next_caller' }
  | { kind: 'detail' }
  | { kind: 'what_if'; claim: ClaimQuestion; changed: ChangedField[] }
  | { kind: 'next_visit'; claim: ClaimQuestion; carried: boolean }
  | { kind: 'question' };

const NEXT_CALLER = /^(?:下一位|下一个|换一个人|换个人|换人|新来电|下一通|(?:the )?next(?: caller| one| person)?[.!]*$)/iu;
const DETAIL = /^(?:详细|详情|明细|完整|为什么|为啥|怎么算的|怎么算出来的|具体怎么算的?|why|details?|breakdown)(?:一点|一下|说说|点|说一下|看看)?[呢吗啊?？。!！]*$/iu;
const WHAT_IF_START = /^(?:那么?|那要是|那如果|如果|要是|假如|假设|换成|改成|若是?|万一|what about\b|what if\b|and if\b|and at\b)/iu;
const WHAT_IF_END = /(?:呢|的话)[?？。]*$/u;
const NEXT_VISIT = /又|再次|再去|后来|第二次|第三次|还去/u;
/** A what-if said as a what-if: 那…, 如果…, …呢. */
const whatIfForm = (text: string) => WHAT_IF_START.test(text) || WHAT_IF_END.test(text);
/** A line that asks how something works (那门诊慢特病怎么办理呢) is a question, not a what-if. */
const ABOUT_A_RULE = /怎么|如何|什么|哪些|哪里|办理|手续|材料|需要|比例|起付|封顶|限额|政策/u;

/** Fields a what-if names, in the order shown ("接上一笔:三级医疗机构"). */
const WORD_FIELDS = ['city', 'date', 'scheme', 'status', 'benefit', 'tier', 'amount'] as const;
/** What stays with a person from one visit to the next. */
const PERSON_FIELDS: readonly ClaimField[] = ['city', 'scheme', 'status', 'contribution', 'contribution_years_met'];
const YEAR_FIELDS = ['ytd_deductible', 'ytd_fund'] as const;

const benefitOf = (raw: RawClaim) => lookup(BENEFIT_ALIASES, raw.benefit ?? '') ?? 'outpatient';

/**
 * What a desk line means, given the claim in play (undefined: none) and the model-2 inputs its
 * policy lets a caller say (extras.ts, as `ask` reads a question; none under a model-1 policy).
 */
export function readTurn(line: string, inPlay: InPlay | undefined, policy?: PolicyInputs): DeskTurn {
  const text = line.trim();
  if (text === '' || NEXT_CALLER.test(text)) return { kind: 'next_caller' };
  if (!inPlay) return { kind: 'question' };
  if (DETAIL.test(text)) return { kind: 'detail' };
  const { claim: said, isClaim } = readClaimParts(text, policy?.needs, policy?.words);
  const changed = changedFields(said, inPlay.claim);
  if (changed.length === 0) return { kind: 'question' };
  if (nextVisitSaid(text, said) && (isClaim || said.raw.amount !== undefined)) return nextVisit(inPlay, said);
  if (whatIfForm(text) && !ABOUT_A_RULE.test(text)) return { kind: 'what_if', claim: whatIf(inPlay.claim, said, changed), changed };
  return { kind: 'question' };
}

/**
 * Whether the line tells of another visit. 第三次 read as the stay's number (那第三次住院呢) tells
 * of one only with money spent and no what-if form (他第二次住院花了5000).
 */
function nextVisitSaid(text: string, said: ClaimQuestion): boolean {
  const stayWords = said.extras.filter((e) => e.field === 'admission').map((e) => e.words);
  if (stayWords.length === 0) return NEXT_VISIT.test(text);
  const rest = stayWords.reduce((t, w) => t.split(w).join(' '), text);
  return NEXT_VISIT.test(rest) || (said.raw.amount !== undefined && !whatIfForm(text));
}

/**
 * The parts of a claim the line gives, in the order shown. A part said as it already is (住院 in
 * 那第三次住院呢, the stay in play being one) is no change beside one that is.
 */
function changedFields(said: ClaimQuestion, last: ClaimQuestion): ChangedField[] {
  const out: ChangedField[] = WORD_FIELDS.filter((f) => said.words[f] !== undefined);
  for (const { field } of said.extras) if (!out.includes(field)) out.push(field);
  if (said.deductibleFull !== undefined && !out.includes('ytd_deductible')) out.push('ytd_deductible');
  // 那上次出院是4月7号呢 / 要是宝宝出生在去年12月30号呢: days made dates once the claim's date is known (run.ts)
  if (said.previousSaid && !out.includes('previous_discharge')) out.push('previous_discharge');
  if (said.birthSaid && !out.includes('birth_date')) out.push('birth_date');
  const same = (f: ChangedField) => f === 'benefit' && benefitOf(said.raw) === benefitOf(last.raw);
  return out.some((f) => !same(f)) ? out.filter((f) => !same(f)) : out;
}

/**
 * The last claim with the line's changes. A resident has no status nor personal account, an
 * employee no resident grade; another benefit does not keep this one's year; 起付线已付满 is
 * worked out again for the changed claim.
 */
function whatIf(last: ClaimQuestion, said: ClaimQuestion, changed: ChangedField[]): ClaimQuestion {
  const raw: RawClaim = { ...last.raw, ...said.raw };
  const dropped = new Set<ExtraField>();
  if (said.raw.scheme === 'resident') {
    for (const f of ['status', 'account', 'contribution', 'contribution_years_met'] as const) delete raw[f];
    dropped.add('account');
  }
  // a resident's contribution grade (一档, 二档) is no employee's
  if (said.raw.scheme === 'employee' && said.raw.grade === undefined) (delete raw.grade, dropped.add('grade'));
  if (said.raw.benefit !== undefined && benefitOf(said.raw) !== benefitOf(last.raw)) {
    for (const f of YEAR_FIELDS) if (said.raw[f] === undefined) (delete raw[f], dropped.add(f));
  }
  const deductibleFull = said.deductibleFull ?? (dropped.has('ytd_deductible') || said.raw.ytd_deductible !== undefined ? undefined : last.deductibleFull);
  if (deductibleFull !== undefined && said.raw.ytd_deductible === undefined) delete raw.ytd_deductible;
  const extras = [...last.extras.filter((e) => !changed.includes(e.field) && !dropped.has(e.field)), ...said.extras];
  const claim: ClaimQuestion = { raw, words: { ...said.words }, extras, conflicts: said.conflicts, unclear: said.unclear, why: said.why };
  if (deductibleFull !== undefined) claim.deductibleFull = deductibleFull;
  if (said.relativeDate) claim.relativeDate = said.relativeDate;
  if (said.statusSince) claim.statusSince = said.statusSince;
  // a day said again replaces the one in play (made a date again by run.ts)
  if (said.previousSaid) (delete claim.raw.previous_discharge, (claim.previousSaid = said.previousSaid));
  if (said.birthSaid) (delete claim.raw.birth_date, (claim.birthSaid = said.birthSaid));
  return claim;
}

/** The same person's next visit: the person kept; the year carried for the same benefit and year. */
function nextVisit(inPlay: InPlay, said: ClaimQuestion): DeskTurn {
  const last = inPlay.claim.raw;
  const raw: RawClaim = {};
  for (const f of PERSON_FIELDS) if (last[f] !== undefined) raw[f] = last[f];
  if (last.benefit !== undefined && said.raw.benefit === undefined) raw.benefit = last.benefit;
  Object.assign(raw, said.raw);
  const year = inPlay.year;
  const sameYear = said.raw.date === undefined || said.raw.date.slice(0, 4) === year?.year;
  const carried = year !== undefined && sameYear && year.benefit === benefitOf(raw) && YEAR_FIELDS.every((f) => said.raw[f] === undefined);
  const extras = [...said.extras];
  if (carried) {
    // shown on the 理解为 line with the rest of the claim
    if (year.ytd_deductible !== undefined) {
      raw.ytd_deductible = year.ytd_deductible;
      extras.push({ field: 'ytd_deductible', words: year.ytd_deductible });
    }
    raw.ytd_fund = year.ytd_fund;
    extras.push({ field: 'ytd_fund', words: year.ytd_fund });
  }
  const claim: ClaimQuestion = { ...said, raw, words: { ...said.words }, extras };
  return { kind: 'next_visit', claim, carried };
}
