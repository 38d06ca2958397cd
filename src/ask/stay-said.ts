// Four parts of a rulebook claim as callers say them (issue 19, fronts8), read only where the policy in
// use has the rule that uses them:
// - the previous stay's day of discharge (readmission: 出院后15日内再次入院视同一次住院): 上次出院是3月2号,
//   上个月10号刚出院, 出院10天又住院了; a readmission said without its day (出院半个月又住进去) is not
//   understood, and said why: the day decides;
// - a newborn's birth date (newborn_deductible_share): 宝宝出生在3月2号, 出生日期2025-03-02; 新生儿 or
//   刚出生的孩子 without it is not understood, and said why;
// - what family mutual aid has paid this year (family_year_cap): received by this patient
//   (今年已经用家里账户共济了2000) or paid by the holder's account to every relative (老伴的账户今年已经给家里人共济了3000);
// - an assistance group the policy does not list (低保边缘家庭): passed as said, so that calc answers it
//   (the list open: exit 3 with both results; closed: exit 2 naming the policy's groups), never dropped.
// Dates are kept as said; run.ts makes them days, knowing the claim's date. Pure.
import { take, type Clause } from './clauses.js';
import { AMOUNT, RELATIVES } from './phrases.js';

/** A day as said: a month and day (the year said, or the claim's), a day of the month before the claim's, or days before the claim. */
export type SaidDay =
  | { year?: number; month: number; day: number; words: string }
  | { monthsBack: 1; day: number; words: string }
  | { daysBefore: number; words: string };

const MD = String.raw`(?:(\d{4})\s*[年\-/.]\s*)?(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?`;
const EARLIER = String.raw`(?:上次|上一次|上回|上一回|前一次|前次|之前|头一次|第一次)`;
const LEFT = String.raw`(?:办了?|办理)?出(?:了|的)?院(?:的)?`;

/** 上次出院是4月9号 / 上次住院是4月9日出院的 / 上个月10号刚出院 / 出院10天又住院 / 10天前刚出院. */
const PREVIOUS: Array<{ re: RegExp; needsAgain: boolean }> = [
  { re: new RegExp(String.raw`(?:我)?${EARLIER}(?:住院)?(?:是|在)?(?:的)?出院(?:的)?(?:日期|时间)?(?:是|为|在)?\s*(?:在)?\s*${MD}`, 'gu'), needsAgain: false },
  { re: new RegExp(String.raw`(?:我)?${EARLIER}(?:住院)?(?:是|在)?\s*${MD}\s*(?:刚|才)?${LEFT}`, 'gu'), needsAgain: false },
  // a day of discharge with no word of an earlier stay: the previous one only beside a word of coming back (又住院)
  { re: new RegExp(String.raw`${MD}\s*(?:刚|才)?${LEFT}`, 'gu'), needsAgain: true },
];
const LAST_MONTH = /(?:上个月|上月)\s*(\d{1,2})\s*[日号]\s*(?:刚|才)?(?:办了?|办理)?出(?:了|的)?院(?:的)?/gu;
const DAYS_AFTER = /出院(?:后)?\s*(\d{1,3})\s*天(?:后|以后)?\s*(?:就)?(?=又|再)/gu;
const DAYS_AGO = /(\d{1,3})\s*天(?:前|以前|之前)\s*(?:刚|才)?出(?:了|的)?院(?:的)?/gu;
/** Words that say this stay follows an earlier one. */
const AGAIN = /又(?:住|入|进|回)|再次(?:住院|入院)|再(?:住|入)院|重新住院/u;
/** A clause about the earlier stay's discharge whose day is not read. */
const LEFT_WORD = /出(?:了|的)?院/u;

function monthDay(m: RegExpExecArray, words: string): SaidDay | undefined {
  const [month, day] = [Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { ...(m[1] === undefined ? {} : { year: Number(m[1]) }), month, day, words: words.trim() };
}

export interface StaySaid {
  previous?: SaidDay;
  birth?: SaidDay;
  /** Two different days said for one: a conflict. */
  conflicts: Array<{ field: 'previous_discharge' | 'birth_date'; values: string[] }>;
  vague: Array<{ clause: Clause; why: { zh: string; en: string } }>;
}

const key = (d: SaidDay) => ('daysBefore' in d ? `-${d.daysBefore}d` : 'monthsBack' in d ? `-1m-${d.day}` : `${d.year ?? ''}-${d.month}-${d.day}`);

function keep(out: StaySaid, field: 'previous' | 'birth', d: SaidDay): void {
  const had = out[field];
  if (had && key(had) !== key(d)) out.conflicts.push({ field: field === 'previous' ? 'previous_discharge' : 'birth_date', values: [had.words, d.words] });
  else out[field] ??= d;
}

/** The previous stay's discharge (readmission). Read before this stay's own day of discharge and the visit's date. */
export function readPrevious(clauses: Clause[], out: StaySaid): void {
  const again = clauses.some((c) => AGAIN.test(c.text));
  for (const { re, needsAgain } of PREVIOUS) {
    if (needsAgain && !again) continue;
    for (const c of clauses) take(c, re, (m) => {
      const d = monthDay(m, m[0]);
      return d !== undefined && (keep(out, 'previous', d), true);
    });
  }
  for (const c of clauses) {
    take(c, LAST_MONTH, (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 && (keep(out, 'previous', { monthsBack: 1, day, words: m[0].trim() }), true);
    });
    for (const re of [DAYS_AFTER, DAYS_AGO]) take(c, re, (m) => (keep(out, 'previous', { daysBefore: Number(m[1]), words: m[0].trim() }), true));
  }
  if (out.previous || !again) return;
  // 出院半个月又住进去 / 上个月月底刚出院: an earlier stay said without the day that decides
  for (const c of clauses) {
    if (!LEFT_WORD.test(c.text)) continue;
    out.vague.push({
      clause: c,
      why: {
        zh: `“${c.shown}”:上次出院的日期没说(出院后若干日内再次入院视同一次住院,要看上次出院是哪一天)`,
        en: `"${c.shown}": the day of the previous discharge is not said (a readmission within so many days counts as the same stay: the day decides)`,
      },
    });
  }
}

const BORN = [
  new RegExp(String.raw`(?:出生日期|出生于|出生在|生日)(?:是|为|在)?\s*[:：]?\s*${MD}`, 'gu'),
  new RegExp(String.raw`(?:是|在)?\s*${MD}\s*(?:出生|生的|生下|降生|出世)(?:的)?`, 'gu'),
];
/** A newborn said without a birth date. */
const NEWBORN = /新生儿|新生宝宝|刚出生|刚生下|刚生的|刚落地|出生不久|生下来/u;

/** A newborn's birth date (newborn_deductible_share); a newborn said without it is not understood. */
export function readBirth(clauses: Clause[], out: StaySaid): void {
  for (const re of BORN) for (const c of clauses) take(c, re, (m) => {
    const d = monthDay(m, m[0]);
    return d !== undefined && (keep(out, 'birth', d), true);
  });
  for (const c of clauses) {
    const m = NEWBORN.exec(c.text);
    if (!m) continue;
    if (out.birth) {
      take(c, new RegExp(NEWBORN.source, 'gu'), () => true); // said with its day: filler
      continue;
    }
    out.vague.push({
      clause: c,
      why: {
        zh: `“${m[0]}”:没说出生日期(新生儿出生当年住院的起付线另有规定,要看出生日期)`,
        en: `"${m[0]}": the birth date is not said (a newborn's stay in the year of birth has its own deductible: the date decides)`,
      },
    });
  }
}

const SO_FAR = String.raw`(?:今年|本年|年内|已经|已|一共|总共|累计|共|之前|此前|以前){0,4}`;
const OTHERS = String.raw`(?:家里人|家人|家属|亲属|亲人|别人|其他人|其他亲属|家里)`;
const RELATIVE_WORD = RELATIVES.map(([w]) => w).join('|');
const HOLDER = String.raw`(?:家里|家里人|家人|家属|亲属|家庭|${RELATIVE_WORD})?(?:的)?(?:账户|帐户|医保卡)?`;
/** Whose account paid: 老伴的账户, 这个账户, 我女儿的医保卡. */
const PAYER = String.raw`(?:(?:这个|该|此|我的|我|(?:我的?)?(?:${RELATIVE_WORD}|家里人|家人)的)(?:账户|帐户|医保卡)(?:里)?)?`;
const PAST = /今年|本年|年内|已|累计|过|之前|此前|以前/u;

/** Paid by the holder's account to every relative: 老伴的账户今年已经给家里人共济了3000 / 账户今年已经共济出去4900. */
const FAMILY_PAID = [
  new RegExp(String.raw`${PAYER}${SO_FAR}(?:给|为|帮)${OTHERS}${SO_FAR}(?:共济|支付|付)(?:出去|出)?(?:了|过){0,2}${SO_FAR}${AMOUNT}`, 'gu'),
  new RegExp(String.raw`${PAYER}${SO_FAR}共济(?:出去|支出|给了?${OTHERS})(?:了)?${SO_FAR}${AMOUNT}`, 'gu'),
];
/** Received by this patient: 今年已经用家里账户共济了2000 / 今年家庭共济已经付了1500 / 老伴的账户今年已经给我共济了3000. */
const FAMILY_RECEIVED = [
  new RegExp(String.raw`${SO_FAR}(?:用|通过|靠|拿)(?:了)?${HOLDER}(?:的)?(?:家庭)?共济(?:账户|帐户)?${SO_FAR}(?:支付|付|报|用|花)?(?:了|过){0,2}${SO_FAR}${AMOUNT}`, 'gu'),
  new RegExp(String.raw`${SO_FAR}(?:的)?(?:家庭)?共济(?:账户|帐户)?${SO_FAR}(?:支付|付|报|用|花)(?:了|过){0,2}${SO_FAR}${AMOUNT}`, 'gu'),
  new RegExp(String.raw`${SO_FAR}(?:家庭)?共济(?:了|过){1,2}${SO_FAR}${AMOUNT}`, 'gu'),
  new RegExp(String.raw`${PAYER}${SO_FAR}(?:给|帮|为)(?:我|他|她)(?:共济|支付|付)(?:了|过){0,2}${SO_FAR}${AMOUNT}`, 'gu'),
];

/** What family mutual aid has paid this year (family_year_cap); only a payment said as past (今年, 已, 累计…). */
export function readFamilyYear(clauses: Clause[], record: (field: 'ytd_family_paid' | 'ytd_family_received', value: string, words: string) => void): void {
  const withAid = clauses.filter((c) => c.text.includes('共济') || /给(?:我|他|她)(?:共济|支付|付)/u.test(c.text));
  for (const [field, list] of [['ytd_family_paid', FAMILY_PAID], ['ytd_family_received', FAMILY_RECEIVED]] as const) {
    for (const re of list) for (const c of withAid) take(c, re, (m) => PAST.test(m[0]) && (record(field, m[1]!, m[0]), true));
  }
}

/**
 * Assistance groups callers name (national categories), longest first: one the policy does not list
 * is passed as said, for calc to answer (its open_groups rule, or a refusal naming the policy's groups).
 */
const GROUP_WORDS = [
  '低保边缘家庭成员', '低保边缘家庭', '低保边缘人员', '低保边缘户', '低保边缘', '低收入家庭', '低收入人口', '低收入人员', '低收入户',
  '防止返贫监测对象', '防返贫监测对象', '易返贫致贫人口', '返贫致贫人口', '脱贫人口', '脱贫户', '监测对象', '事实无人抚养儿童', '孤儿',
  '重度残疾人', '困难职工', '优抚对象', '因病致贫重病患者', '支出型困难家庭', '支出型贫困家庭', '建档立卡贫困户', '贫困户', '五保户',
  '特困供养人员', '特困人员', '低保对象', '低保户',
].sort((a, b) => b.length - a.length);
const GROUP = new RegExp(GROUP_WORDS.join('|'), 'gu');

/** A group word left once the policy's own groups are read: recorded as said. */
export function readOtherGroup(clauses: Clause[], record: (value: string, words: string) => void): void {
  for (const c of clauses) take(c, GROUP, (m) => (record(m[0], m[0]), true));
}

/** 出生后第30天办的参保 / 出生30天参保的: the days after birth (the day after birth being the first). */
const ENROLLED_AFTER = /出生(?:后)?(?:第)?\s*(\d{1,3})\s*[天日](?:后|时|的时候)?\s*(?:才|就)?(?:办的|办了|办理了?|去办的)?(?:参保|参加医保|参加居民医保|上的医保|办的医保|办了医保)(?:登记)?(?:的)?/gu;
/** 2025年4月1日参保 / 4月1号办的参保 / 参保日期2025-04-01. */
const ENROLLED_ON = [
  new RegExp(String.raw`(?:参保|参保登记|医保登记)(?:日期|时间)?(?:是|为|在)?\s*[:：]?\s*${MD}`, 'gu'),
  new RegExp(String.raw`${MD}\s*(?:才|就)?(?:办的|办了|办理了?)?(?:参保|参加医保|参加居民医保|上的医保)(?:登记)?(?:的)?`, 'gu'),
];

/**
 * A newborn's enrolment (newborn_enrolment) as said: `+N` for N days after birth (made a date from the birth
 * date by the caller), or a day `YYYY-MM-DD` / `MM-DD` (a month and day: the year the caller makes it).
 */
export function readEnrolled(clauses: Clause[], record: (value: string, words: string) => void): void {
  for (const c of clauses) take(c, ENROLLED_AFTER, (m) => (record(`+${Number(m[1])}`, m[0]), true));
  for (const re of ENROLLED_ON) for (const c of clauses) take(c, re, (m) => {
    const d = monthDay(m, m[0]);
    if (d === undefined || !('month' in d)) return false;
    const md = `${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    record(d.year === undefined ? md : `${d.year}-${md}`, m[0]);
    return true;
  });
}

/** 今年4月份认定的 / 2025年4月15日认定的 / 4月办的慢病认定: a month (its first day: the month is all the proration uses) or a day. */
const CERTIFIED = /(?:(\d{4})\s*年|今年)?\s*(\d{1,2})\s*月(?:份)?(?:\s*(\d{1,2})\s*[日号])?\s*(?:才|刚)?(?:办的|办了|办理了?)?(?:慢病|慢特病|病种)?(?:认定|备案)(?:的)?/gu;

/** The day a chronic disease was certified as said: `YYYY-MM-DD`, or `MM-DD` (the claim's year, made a date by the caller). */
export function readCertified(clauses: Clause[], record: (value: string, words: string) => void): void {
  for (const c of clauses) take(c, CERTIFIED, (m) => {
    const [month, day] = [Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    record(m[1] === undefined ? md : `${m[1]}-${md}`, m[0]);
    return true;
  });
}
