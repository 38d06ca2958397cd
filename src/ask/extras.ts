// The rest of a claim as a caller gives it (phrases.ts), read out of a question's clauses: each
// part understood is blanked in its clause and kept with the words the caller used, so that the
// operator sees it on the 理解为 line. A value given twice two different ways is a conflict, never
// a pick. Pure.
import type { Relation } from '../domain.js';
import { take, type Clause } from './clauses.js';
import * as P from './phrases.js';
import { chineseNumeral } from '../text/numbers.js';
import { readCertified, readEnrolled, readBirth, readFamilyYear, readOtherGroup, readPrevious, type SaidDay, type StaySaid } from './stay-said.js';

export type ExtraField =
  | 'out_of_scope'
  | 'ytd_fund'
  | 'ytd_deductible'
  | 'account'
  | 'family'
  | 'relation'
  | 'contribution'
  | 'contribution_years_met'
  | Model2Field;

/** Policy model 2's claim inputs a caller says in words (issue 19): money ones are shown as amounts. */
export type Model2Field =
  | 'admission' | 'age' | 'class_b' | 'class_b_drugs' | 'class_b_items' | 'grade' | 'filing' | 'disease' | 'diseases' | 'assistance' | 'disability' | 'days' | 'status_since' | 'where' | 'discharge_date'
  | 'previous_discharge' | 'birth_date' | 'ytd_family_paid' | 'ytd_family_received' | 'emergency' | 'referred_from' | 'referred' | 'enrolled' | 'insured_years' | 'zero_claim_years' | 'certified' | 'previous_same_facility';

/** The policy's own words a caller may use (its chronic diseases with their aliases, its assistance groups, its facilities). */
export interface PolicyWords {
  diseases: Array<{ name: string; words: string[] }>;
  groups: string[];
  /** The facilities the policy names (村卫生室, 乡镇卫生院), with their aliases: read as --tier takes them. */
  facilities?: Array<{ name: string; words: string[] }>;
  /** Where a fund cap a day holds (facility_day_cap): the facility, benefit and scheme. */
  dayCaps?: Array<{ facility: string; benefit: string; scheme: string }>;
}

/** The day a status began as said (今年5月份退休的, 2025年3月5日退休): the year (undefined: 今年 or not said; last: 去年), month, day. */
export interface SaidSince {
  year?: number;
  last?: boolean;
  month: number;
  day?: number;
  words: string;
}

/** What the policy in use lets a caller say of model 2 (rulebook-needs.ts), and its own words for it. */
export interface PolicyInputs {
  needs: ReadonlySet<string>;
  words: PolicyWords;
}

export interface Extras {
  values: Partial<Record<ExtraField, string>>;
  /** The caller's words for each part, in the order found. */
  words: Array<{ field: ExtraField; words: string }>;
  /** 起付线已经付满了: the whole deductible met (its amount is the policy's, known once the claim is). */
  deductibleFull?: string;
  /** Two values for one field. */
  conflicts: Array<{ field: ExtraField; values: string[] }>;
  /** An account of someone who is no relation the contract knows (女婿的医保卡500): the clause, and who. */
  strangers: Array<{ clause: Clause; who: string }>;
  /** The day the status began, where the policy has a status_change rule. */
  statusSince?: SaidSince;
  /** A clause that says something the claim needs without saying it fully (刚退休, no month): not understood, with why. */
  vague: Array<{ clause: Clause; why: { zh: string; en: string } }>;
  /** The previous stay's day of discharge as said (readmission), made a date by the caller. */
  previous?: SaidDay;
  /** A newborn's birth date as said (newborn_deductible_share), made a date by the caller. */
  birth?: SaidDay;
}

/** A past payment, not a question about one: 起付线够了吗 / 超过起付线的部分 are not "met in full". */
const FULL_ASKED = /^(?:吗|没|不|的)/u;
const PAST_MARK = /已|了|过|之前|今年|早就/u;

function record(x: Extras, field: ExtraField, value: string, words: string): void {
  const had = x.values[field];
  if (had !== undefined && had !== value) {
    const c = x.conflicts.find((k) => k.field === field);
    if (c) c.values.push(value);
    else x.conflicts.push({ field, values: [had, value] });
    return;
  }
  x.values[field] = value;
  if (had === undefined) x.words.push({ field, words: words.trim() });
}

const DIGIT = /\d/;

/** Could a match of the group be in the clause? (phrases.ts: Needs) */
function mayHold(c: Clause, needs: P.Needs): boolean {
  return (!needs.digit || DIGIT.test(c.text)) && needs.anyOf.some((word) => c.text.includes(word));
}

/** Every match of the patterns in every clause that may hold one, in the order given. */
function each(clauses: Clause[], patterns: RegExp[], needs: P.Needs, use: (m: RegExpExecArray, c: Clause) => boolean): void {
  for (const re of patterns) for (const c of clauses) if (mayHold(c, needs)) take(c, re, (m) => use(m, c));
}

/** `model2`: the policy model 2 inputs the policy in use needs (rulebook-needs.ts); only these are read. */
export function readExtras(clauses: Clause[], model2: ReadonlySet<string> = new Set(), words: PolicyWords = { diseases: [], groups: [] }): Extras {
  const x: Extras = { values: {}, words: [], conflicts: [], strangers: [], vague: [] };
  // before the dates and years of the claim are read: 2025年3月办的退休 is not the visit's date
  if (model2.has('status_since')) readStatusSince(clauses, x);
  // the earlier stay's discharge and a birth date are not the visit's date, nor this stay's discharge
  const stay: StaySaid = { conflicts: [], vague: [] };
  if (model2.has('readmission')) readPrevious(clauses, stay);
  if (model2.has('newborn')) readBirth(clauses, stay);
  // 出生后第30天办的参保 / 2025年4月1日参保: a newborn's enrolment (newborn_enrolment), made a date by the caller
  if (model2.has('enrolment')) readEnrolled(clauses, (value, words) => record(x, 'enrolled', value, words));
  // 今年4月份认定的 / 2025年4月15日认定的: the disease's certification (disease_limits.prorate)
  if (model2.has('certified')) readCertified(clauses, (value, words) => record(x, 'certified', value, words));
  if (stay.previous) x.previous = stay.previous;
  if (stay.birth) x.birth = stay.birth;
  x.conflicts.push(...stay.conflicts);
  x.vague.push(...stay.vague);
  // last year's payments are not this year's: a clause that says 去年 is never read for them
  const thisYear = clauses.filter((c) => !/去年|前年/u.test(c.text));

  each(thisYear, P.DEDUCTIBLE_FULL, P.DEDUCTIBLE_FULL_NEEDS, (m, c) => {
    if (!PAST_MARK.test(m[0]) || FULL_ASKED.test(c.text.slice(m.index + m[0].length))) return false;
    if (x.values.ytd_deductible !== undefined) record(x, 'ytd_deductible', 'full', m[0]);
    else x.deductibleFull = m[0].trim();
    return true;
  });
  each(thisYear, P.DEDUCTIBLE_PAID, P.DEDUCTIBLE_PAID_NEEDS, (m) => {
    if (!P.BEFORE.test(m[0])) return false;
    if (x.deductibleFull !== undefined) x.conflicts.push({ field: 'ytd_deductible', values: ['full', m[1]!] });
    record(x, 'ytd_deductible', m[1]!, m[0]);
    return true;
  });
  each(thisYear, P.FUND_PAID, P.FUND_PAID_NEEDS, (m) => P.BEFORE.test(m[0]) && (record(x, 'ytd_fund', m[1]!, m[0]), true));
  each(clauses, P.OUT_OF_SCOPE, P.OUT_OF_SCOPE_NEEDS, (m) => (record(x, 'out_of_scope', m[1]!, m[0]), true));
  // a past payment by 共济 (今年已经共济了2000) is not the balance this claim may use
  if (model2.has('family_cap')) readFamilyYear(clauses, (field, value, words) => record(x, field, value, words));
  readFamily(clauses, x);
  each(clauses, [P.OWN_ACCOUNT], P.ACCOUNT_NEEDS, (m) => (record(x, 'account', m[1]!, m[0]), true));
  each(clauses, [P.OWN_ACCOUNT_EMPTY], P.OWN_ACCOUNT_EMPTY_NEEDS, (m) => (record(x, 'account', '0', m[0]), true));
  // last: every account the patterns above know has been taken, so what is left is a stranger's
  each(clauses, [P.OTHER_HOLDER_ACCOUNT], P.ACCOUNT_NEEDS, (m, c) => (x.strangers.push({ clause: c, who: m[1]! }), true));
  readContribution(clauses, x);
  readModel2(clauses, x, model2);
  readPolicyWords(clauses, x, model2, words);
  // 刚退休 with no month matters only beside the year so far (calc counts a change only then)
  if (model2.has('status_since') && (x.values.ytd_fund !== undefined || x.values.ytd_deductible !== undefined || x.deductibleFull !== undefined)) readJustRetired(clauses, x);
  return x;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** 特困人员 is also said 特困 / 特困户; 低保对象 低保 / 低保户. */
const GROUP_SUFFIX = /(?:供养人员|人员|对象|户|家庭)$/u;

/** The policy's chronic diseases (several: --diseases) and assistance groups, by their names and aliases. */
function readPolicyWords(clauses: Clause[], x: Extras, model2: ReadonlySet<string>, words: PolicyWords): void {
  if (model2.has('disease')) {
    const found = new Map<string, string>(); // name -> the caller's word
    for (const d of words.diseases) {
      const re = new RegExp([...d.words].sort((a, b) => b.length - a.length).map(escape).join('|'), 'gu');
      for (const c of clauses) take(c, re, (m) => (found.has(d.name) || found.set(d.name, m[0]), true));
    }
    const names = [...found.keys()];
    if (names.length === 1) record(x, 'disease', names[0]!, found.get(names[0]!)!);
    else if (names.length > 1) record(x, 'diseases', names.join(','), [...found.values()].join('、'));
  }
  if (model2.has('assistance')) {
    // several groups (又是低保户又是重度残疾人): all of them, for calc's several_groups rule
    const found = new Map<string, string>(); // group -> the caller's word
    for (const g of words.groups) {
      const stem = g.replace(GROUP_SUFFIX, '') || g;
      // 低保边缘家庭 is not 低保对象 (a group of its own, which an open list may leave unknown)
      const re = new RegExp(`${escape(stem)}(?!边缘)(?:供养人员|人员|对象|户|家庭)?`, 'gu');
      each(clauses, [re], { anyOf: [stem], digit: false }, (m) => (found.has(g) || found.set(g, m[0]), true));
    }
    if (found.size > 0) record(x, 'assistance', [...found.keys()].join(','), [...found.values()].join('、'));
    // a group the policy does not list (低保边缘家庭): as said, for calc's open_groups rule or its refusal
    readOtherGroup(clauses, (value, said) => record(x, 'assistance', value, said));
  }
}

/** A one-character numeral (二) or digits, as a number string; the patterns give nothing else. */
const numberOf = (n: string): string => (/^\d+$/.test(n) ? String(Number(n)) : String(chineseNumeral(n) ?? P.TENTH[n] ?? n));

/** Policy model 2's inputs: 第二次住院, 72岁, 乙类药品 3000, 一档, 异地已备案 / 转诊 (phrases.ts). */
function readModel2(clauses: Clause[], x: Extras, model2: ReadonlySet<string>): void {
  const KIND: Record<string, Model2Field> = { 药品: 'class_b_drugs', 药: 'class_b_drugs', 诊疗项目: 'class_b_items', 项目: 'class_b_items' };
  // 还是在同一家医院 / 换了一家医院: only where the readmission rule asks for the same facility
  if (model2.has('same_facility')) each(clauses, [P.SAME_FACILITY], P.SAME_FACILITY_NEEDS, (m) => (record(x, 'previous_same_facility', m[1] === undefined ? 'yes' : 'no', m[0]), true));
  // 从社区医院转上来的 / 从三甲转下来的: the referring facility, before a tier word in it is read as this stay's
  if (model2.has('referral')) each(clauses, [P.REFERRAL], P.REFERRAL_NEEDS, (m) => (record(x, 'referred_from', m[1]!, m[0]), true));
  // 没转诊自己去的 / 自己去三甲住院 / 社区医院转过去的: referred or not (before 转诊 is read as an out-of-area filing)
  if (model2.has('referred')) {
    each(clauses, [P.UNREFERRED], P.REFERRED_NEEDS, (m) => (record(x, 'referred', 'no', m[0]), true));
    each(clauses, [P.REFERRED], P.REFERRED_NEEDS, (m) => {
      if (m[1] !== undefined && model2.has('referral')) record(x, 'referred_from', m[1], m[0]);
      else record(x, 'referred', 'yes', m[0]);
      return true;
    });
  }
  // 连续参保8年 / 去年没报销过 / 连续两年零报销 (参保激励)
  if (model2.has('incentive')) each(clauses, [P.INSURED_YEARS], P.INSURED_YEARS_NEEDS, (m) => (record(x, 'insured_years', numberOf(m[1]!), m[0]), true));
  if (model2.has('incentive_zero')) each(clauses, [P.ZERO_CLAIM], P.ZERO_CLAIM_NEEDS, (m) => (record(x, 'zero_claim_years', m[1] === undefined ? '1' : numberOf(m[1]), m[0]), true));
  if (model2.has('admission')) each(clauses, [P.ADMISSION], P.ADMISSION_NEEDS, (m) => (record(x, 'admission', numberOf(m[1]!), m[0]), true));
  if (model2.has('age')) each(clauses, P.AGE, P.AGE_NEEDS, (m) => (record(x, 'age', numberOf(m[1]!), m[0]), true));
  if (model2.has('class_b') || model2.has('class_b_split')) each(clauses, [P.CLASS_B], P.CLASS_B_NEEDS, (m) => (record(x, m[1] === undefined ? 'class_b' : KIND[m[1]]!, m[2]!, m[0]), true));
  if (model2.has('grade')) each(clauses, [P.GRADE], P.GRADE_NEEDS, (m) => (record(x, 'grade', numberOf(m[1]!), m[0]), true));
  // 二级残疾, 残疾证二级, 持有一级残疾证: where an assistance uplift names disability grades
  if (model2.has('disability')) each(clauses, [P.DISABILITY], P.DISABILITY_NEEDS, (m) => (record(x, 'disability', numberOf(m[1] ?? m[2]!), m[0]), true));
  if (model2.has('filing')) each(clauses, [P.FILING], P.FILING_NEEDS, (m) => (record(x, 'filing', P.filingOf(m[0]), m[0]), true));
  // 急诊 / 非急诊: only where a level pays emergency visits at another level's ratio
  if (model2.has('emergency')) each(clauses, [P.EMERGENCY], P.EMERGENCY_NEEDS, (m) => (record(x, 'emergency', /非|不是/u.test(m[0]) ? 'no' : 'yes', m[0]), true));
  // 省内市外 / 省外: only where the policy rules them apart
  if (model2.has('where')) each(clauses, [P.WHERE], P.WHERE_NEEDS, (m) => (record(x, 'where', P.whereOf(m[0]), m[0]), true));
}

/** 今年5月份退休的 / 2025年3月5日退休 / 去年12月办的退休: the day a retiree's status began; 刚退休 with no month is vague. */
function readStatusSince(clauses: Clause[], x: Extras): void {
  each(clauses, [P.STATUS_SINCE], P.STATUS_SINCE_NEEDS, (m) => {
    const said: SaidSince = { month: Number(m[3]), words: m[0].trim() };
    if (m[2] !== undefined) said.year = Number(m[2]);
    else if (m[1] === '去年') said.last = true;
    if (m[4] !== undefined) said.day = Number(m[4]);
    if (said.month < 1 || said.month > 12) return false;
    const had = x.statusSince;
    if (had && (had.year !== said.year || had.last !== said.last || had.month !== said.month || had.day !== said.day)) x.conflicts.push({ field: 'status_since', values: [had.words, said.words] });
    else if (!had) x.statusSince = said;
    return true;
  });
}

/** 刚退休 with no month said, beside the year so far: not understood, with why (the month decides). */
function readJustRetired(clauses: Clause[], x: Extras): void {
  each(clauses, [P.JUST_RETIRED], P.STATUS_SINCE_NEEDS, (m, c) => {
    if (x.statusSince !== undefined) return false; // the month is said elsewhere: 刚 is filler
    x.vague.push({ clause: c, why: { zh: `“${m[0]}”:没说哪年哪月办的退休(年内身份变化会影响本年累计)`, en: `"${m[0]}": the year and month of retiring are not said (a change within the year changes the year's totals)` } });
    return false; // 退休 stays for the status
  });
}

/** 七成 -> 70%, 八成五 -> 85%, 85% as it is: the --contribution value of a LEVEL match. */
function levelOf(m: RegExpExecArray): string {
  if (m[1] !== undefined) return `${m[1]}%`;
  const digit = (d: string | undefined) => (d === undefined ? 0 : (P.TENTH[d] ?? Number(d)));
  return `${digit(m[2]) * 10 + digit(m[3])}%`;
}

/** The contribution level and whether the required contribution years were met (Jiayu: 缴费与待遇挂钩). */
function readContribution(clauses: Clause[], x: Extras): void {
  each(clauses, P.CONTRIBUTION, P.CONTRIBUTION_NEEDS, (m) => (record(x, 'contribution', levelOf(m), m[0]), true));
  each(clauses, P.YEARS_NOT_MET, P.YEARS_NEEDS, (m) => (record(x, 'contribution_years_met', 'no', m[0]), true));
  each(clauses, P.YEARS_MET, P.YEARS_NEEDS, (m) => (record(x, 'contribution_years_met', 'yes', m[0]), true));
}

/**
 * A relative's account and the relation, the patient's to the account holder (contract: --relation).
 * "老伴的账户" names the holder, so the patient (the speaker) is the holder's inverse; when the caller
 * speaks for a patient (我爸看病…) the holder's word says nothing of the patient's relation, which is
 * then left to be asked. "我的账户" with such a patient is that relative's account; without one it is
 * the patient's own.
 */
function readFamily(clauses: Clause[], x: Extras): void {
  let holder: Relation | undefined;
  let someRelative = false;
  each(clauses, [P.HOLDER_ACCOUNT], P.ACCOUNT_NEEDS, (m) => {
    holder = P.RELATIVE_OF[m[1]!];
    record(x, 'family', m[2]!, m[0]);
    return true;
  });
  each(clauses, [P.SOME_RELATIVE_ACCOUNT], P.ACCOUNT_NEEDS, (m) => {
    someRelative = true;
    record(x, 'family', m[1]!, m[0]);
    return true;
  });
  let patient: Relation | undefined;
  let patientWords = '';
  each(clauses, [P.PATIENT], P.PATIENT_NEEDS, (m) => {
    patient ??= P.RELATIVE_OF[m[1]!];
    patientWords ||= m[0];
    return false; // the patient word stays: it is filler for the rest of the question
  });
  each(clauses, [P.MY_ACCOUNT], P.ACCOUNT_NEEDS, (m) => {
    if (patient !== undefined) {
      record(x, 'family', m[1]!, m[0]);
      record(x, 'relation', patient, `${patientWords} · ${m[0]}`);
    } else if (m[0].includes('共济')) {
      // the caller's account shared with a patient not named: the relation is asked
      someRelative = true;
      record(x, 'family', m[1]!, m[0]);
    } else record(x, 'account', m[1]!, m[0]);
    return true;
  });
  each(clauses, [P.FAMILY_AID], P.FAMILY_AID_NEEDS, (m) => {
    someRelative = true;
    record(x, 'family', m[1]!, m[0]);
    return true;
  });
  each(clauses, P.RELATION_SAID, P.RELATION_SAID_NEEDS, (m) => (record(x, 'relation', P.RELATIVE_OF[m[1]!]!, m[0]), true));
  if (x.values.relation === undefined && holder !== undefined && patient === undefined && !someRelative) {
    const words = x.words.find((w) => w.field === 'family')?.words ?? '';
    record(x, 'relation', P.INVERSE[holder], words);
  }
}
