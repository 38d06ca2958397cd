// One question of `yibao ask`: a claim is explained exactly as `yibao calc` would (its run path,
// the wizard for what is missing at a terminal, else exit 2 naming it), after one line saying what
// was understood; anything else is answered from the FAQ as `yibao faq` would. A part of a claim
// question not understood is never dropped: not at a terminal it is exit 2 naming it; at a
// terminal the operator is told and asked whether to go on without it (default no).
import { dumbTerminal, type Io } from '../io.js';
import { UsageError, type Lang } from '../errors.js';
import { readQuestion, type ClaimQuestion, type QuestionKind } from '../../ask/parse.js';
import { loadCityPolicy } from '../../policy/registry.js';
import type { Policy } from '../../policy/schema.js';
import { cityId } from '../../cities.js';
import { missingFields, type ClaimField, type RawClaim } from '../../claim/index.js';
import { LEVEL_WORD, ratedFacilityNames } from '../../claim/facility.js';
import { explain } from '../../engine/explain.js';
import { sameRulesThroughout } from '../../engine/index.js';
import { PolicyError, type Explanation } from '../../engine/types.js';
import { formatFen } from '../../money/money.js';
import { DEFAULT_CITY, type Format } from '../calc/options.js';
import { outputWidth } from '../render/width.js';
import { runCalc, toClaim, type Explained } from '../calc/run.js';
import type { ColorLevel } from '../color.js';
import type { Styles } from '../../faq/format.js';
import { assistanceGroups, familyCapped, rulebookNeeds } from '../wizard/rulebook-needs.js';
import { versionInForce } from '../../engine/version.js';
import type { PolicyInputs, PolicyWords } from '../../ask/extras.js';
import type { SaidDay } from '../../ask/stay-said.js';
import { monthStart } from '../../ask/answer.js';
import { conflictError, missingError, unclearError, unclearWarning, understoodLine } from './understood.js';

export { understoodLine } from './understood.js';

export interface AskOptions {
  city?: string;
  date?: string;
  format: Format;
  allCities: boolean;
  limit: number;
  lang: Lang;
  color: ColorLevel;
  /** Answering at the desk: a flag cannot be added to one question there; the wizard asks one claim and returns. */
  desk?: boolean;
  /** Never ask (a block pasted into the desk): what is missing or not understood is said, nothing is asked. */
  noPrompt?: boolean;
  /** Before calc asks an input the policy needs (the desk lets go of the terminal); false: not asked. */
  beforeAsking?: () => Promise<boolean>;
  styles: () => Promise<Styles>;
}

export async function policyOf(city: string): Promise<Policy | undefined> {
  try {
    return (await loadCityPolicy(cityId(city) ?? city)).policy;
  } catch {
    return undefined; // calc reports the unknown city itself
  }
}

const atTerminal = (io: Io) => Boolean(io.stdin.isTTY && io.stdout.isTTY);

/** Whether answering this claim at a terminal asks something. */
export function claimNeedsTerminal(claim: ClaimQuestion): boolean {
  return claim.conflicts.length === 0 && (missingFields(claim.raw).length > 0 || claim.unclear.length > 0);
}

/** YYYY-MM-DD `days` before `today`. */
function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * A date the question gives relative to today. 去年 has no day: it is taken only when the policy's
 * rules are the same on every day of that year (one version, on one side of the sources' last
 * day), as its last day, and said so; otherwise it is not understood.
 */
function resolveDate(claim: ClaimQuestion, policy: Policy | undefined, today: string, lang: Lang): string | undefined {
  const rel = claim.relativeDate;
  if (!rel || claim.raw.date !== undefined) return undefined;
  if (rel.kind === 'days_ago') {
    claim.raw.date = daysBefore(today, rel.days);
    return `${rel.words} ${claim.raw.date}`;
  }
  const year = Number(today.slice(0, 4)) - 1;
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  if (!policy || !sameRulesThroughout(policy, from, to)) {
    claim.unclear.push(rel.words);
    return undefined;
  }
  claim.raw.date = to;
  return lang === 'zh' ? `去年(${year}年全年规定相同,按 ${to} 算)` : `last year (${year}: the same rules all year; taken as ${to})`;
}

/**
 * The day a retiree's status began as said (今年5月份退休的) made the --status-since date, in the
 * claim's year where no year is said: a month without its day is its first day (what calc uses is
 * only whether the change falls after 1 January of the claim's year), except January of that year,
 * which the day decides: not understood then, never taken as 1 January.
 */
function resolveStatusSince(claim: ClaimQuestion, claimYear: number, policy: Policy | undefined): void {
  const said = claim.statusSince;
  if (!said || claim.raw.status_since !== undefined || claim.raw.retirement_processed !== undefined) return;
  const year = said.year ?? (said.last ? claimYear - 1 : claimYear);
  const day = said.day === undefined ? monthStart({ year, month: said.month }, claimYear) : `${year}-${String(said.month).padStart(2, '0')}-${String(said.day).padStart(2, '0')}`;
  if (day === undefined) {
    claim.unclear.push(said.words);
    claim.why[said.words] = {
      zh: `1月的哪一天没说:${year}年1月1日办的退休算全年退休,之后才算年内身份有变化`,
      en: `which day of January is not said: retiring on 1 January ${year} is retired all year; only a later day is a change within the year`,
    };
    return;
  }
  // 5月20日办的退休手续, under a policy that starts the new status from that day (status_from): the processed day, calc works out the start
  const processed = /办|手续/u.test(said.words) && policy !== undefined && versionOn(policy, claim.raw.date ?? `${claimYear}-12-31`)?.status_from?.value != null;
  if (processed) claim.raw.retirement_processed = day;
  else claim.raw.status_since = day;
  claim.extras.push({ field: 'status_since', words: said.words });
}

/**
 * A stay's day of discharge as said (7月24日出院) made the --discharge-date: the year said, else the
 * admission's (the claim's date), or the next where the day falls before it (12月28日入院、1月3日出院).
 */
function resolveDischarge(claim: ClaimQuestion, claimDate: string): void {
  const said = claim.dischargeSaid;
  if (!said || claim.raw.discharge_date !== undefined) return;
  const at = (year: number) => `${year}-${String(said.month).padStart(2, '0')}-${String(said.day).padStart(2, '0')}`;
  const year = Number(claimDate.slice(0, 4));
  claim.raw.discharge_date = said.year !== undefined ? at(said.year) : at(year) < claimDate ? at(year + 1) : at(year);
  claim.extras.push({ field: 'discharge_date', words: said.words });
}

/**
 * The previous discharge (上次出院是3月2号, 上个月10号, 出院10天又住院) and a birth date (宝宝出生在3月2号) as
 * said, made --previous-discharge and --birth-date: a month and day in the claim's year, or the year
 * before where that day would fall after the claim's (both are before it); 上个月 and 10天 counted
 * from the claim's date (the admission). A day that is no day of its month is not understood.
 */
function resolveSaidDays(claim: ClaimQuestion, claimDate: string): void {
  for (const [said, field] of [[claim.previousSaid, 'previous_discharge'], [claim.birthSaid, 'birth_date']] as const) {
    if (!said || claim.raw[field] !== undefined) continue;
    const day = dayOf(said, claimDate);
    if (day === undefined) {
      claim.unclear.push(said.words);
      continue;
    }
    claim.raw[field] = day;
    claim.extras.push({ field, words: said.words });
  }
}

/**
 * A newborn's enrolment as said (出生后第30天办的参保: +30; 4月1日参保: 04-01), made --enrolled: N days after the
 * birth date (the day after birth the first: 出生后第30天 is birth + 30); a month and day in the birth's year
 * (the claim's where no birth date is said), the next year where that falls before the birth. Without a birth
 * date, N days after it is not understood.
 */
function resolveEnrolled(claim: ClaimQuestion, claimDate: string): void {
  const v = claim.raw.enrolled;
  if (v === undefined || /^\d{4}-/.test(v)) return;
  const birth = claim.raw.birth_date;
  const words = claim.extras.find((e) => e.field === 'enrolled')?.words ?? v;
  if (v.startsWith('+')) {
    if (birth === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(birth)) {
      delete claim.raw.enrolled;
      claim.unclear.push(words);
      return;
    }
    const d = new Date(Date.parse(`${birth}T00:00:00Z`) + Number(v.slice(1)) * 86_400_000);
    claim.raw.enrolled = d.toISOString().slice(0, 10);
    return;
  }
  const year = Number((birth ?? claimDate).slice(0, 4));
  const at = `${year}-${v}`;
  claim.raw.enrolled = birth !== undefined && at < birth ? `${year + 1}-${v}` : at;
}

function dayOf(said: SaidDay, claimDate: string): string | undefined {
  const [y, m] = [Number(claimDate.slice(0, 4)), Number(claimDate.slice(5, 7))];
  if ('daysBefore' in said) return daysBefore(claimDate, said.daysBefore);
  const at = (year: number, month: number, day: number): string | undefined => {
    const d = new Date(Date.UTC(year, month - 1, day));
    return d.getUTCMonth() === month - 1 ? d.toISOString().slice(0, 10) : undefined;
  };
  if ('monthsBack' in said) return m === 1 ? at(y - 1, 12, said.day) : at(y, m - 1, said.day);
  if (said.year !== undefined) return at(said.year, said.month, said.day);
  const same = at(y, said.month, said.day);
  return same !== undefined && same > claimDate ? at(y - 1, said.month, said.day) : same;
}

/**
 * 起付线已经付满了: the deductible met is the whole of the policy's deductible for this claim (its
 * scheme, status, benefit and tier), read from the policy once the claim is complete, never guessed.
 * Where the policy cannot say (an unknown deductible, a refused claim) the claim goes on without it,
 * and calc gives the same answer and error it would.
 */
function fullDeductible(raw: RawClaim, policy: Policy, defaults: { city: string; date: string }): RawClaim {
  if (raw.ytd_deductible !== undefined) return raw;
  try {
    const deductible = explain(toClaim(raw, defaults), policy, []).result.deductible;
    return deductible === null ? raw : { ...raw, ytd_deductible: formatFen(deductible) };
  } catch (error) {
    if (error instanceof PolicyError) return raw;
    throw error;
  }
}

/** Answers one question; errors are thrown for the caller to report (exit codes as calc's and faq's). A claim explained is returned. */
export async function answerQuestion(question: string, opts: AskOptions, io: Io): Promise<Answered | undefined> {
  const read = await readForPolicy(question, opts, io);
  if (read.kind === 'faq') {
    // the FAQ index is loaded only for a question that is not a claim
    const { runFaq } = await import('../faq/run.js');
    await runFaq({ words: [question], city: opts.city, allCities: opts.allCities, json: opts.format === 'json', limit: opts.limit, lang: opts.lang, styles: opts.styles, desk: opts.desk ?? false }, io);
    return undefined;
  }
  return answerClaim(read.claim, opts, io);
}

/** Reads a question; policy model 2's inputs (第二次住院, 72岁…) only where the policy of the city in use needs them. */
export async function readForPolicy(question: string, opts: Pick<AskOptions, 'city' | 'date'>, io: Io): Promise<QuestionKind> {
  const first = readQuestion(question);
  const model2 = first.kind === 'claim' ? await model2Inputs(first.claim.raw.city ?? opts.city ?? DEFAULT_CITY, first.claim.raw.date ?? opts.date ?? io.today()) : undefined;
  return model2 && (model2.needs.size > 0 || (model2.words.facilities ?? []).length > 0) ? readQuestion(question, model2.needs, model2.words) : first;
}

const SCHEMES = ['employee', 'resident'] as const;
const BENEFITS = ['outpatient', 'inpatient', 'chronic'] as const;

/** Every model-2 input the city's policy needs on that date, for any scheme and benefit (rulebook-needs.ts), and its words for them. */
export async function model2Inputs(city: string, date: string): Promise<PolicyInputs | undefined> {
  const policy = await policyOf(city);
  if (!policy) return undefined;
  const needs = new Set<string>(SCHEMES.flatMap((scheme) => BENEFITS.flatMap((benefit) => rulebookNeeds(policy, { date, scheme, benefit }))));
  const dayCaps = dayCapsOf(policy, date);
  if (dayCaps.length > 0) needs.add('days');
  // a stay at a place with a cap a bed-day: its bed-days counted from the two dates (bed_days)
  if (dayCaps.some((d) => d.benefit === 'inpatient')) needs.add('discharge');
  // an assistance uplift by age (未成年人) reads the age as an age rule does
  if (needs.has('uplift_age')) needs.add('age');
  // 未经转诊…急诊、抢救除外: 急诊 / 非急诊 read as for an emergency level
  if (needs.has('unreferred_emergency')) needs.add('emergency');
  // 新生儿出生当年: a birth date (宝宝出生在3月2号) wherever a scheme's rules have the newborn share, even where the
  // wizard asks the age instead (a birth date answers both); a caller's age is read as an age rule's
  if (newbornRule(policy, date)) needs.add('newborn');
  // 新生儿在出生后90日内参保的: the birth date too (出生后第30天办的参保 counts from it)
  if (needs.has('enrolment')) needs.add('newborn');
  if (needs.has('newborn')) needs.add('age');
  // 出生后首次住院 (newborn_deductible_scope): which stay since birth (第二次住院)
  if (newbornScoped(policy, date)) needs.add('admission');
  // 家庭共济每年累计不超过…: what 共济 has paid this year (今年已经用家里账户共济了2000)
  if (familyCapped(policy, date)) needs.add('family_cap');
  if (versionOn(policy, date)?.status_change !== undefined) needs.add('status_since');
  // a facility at its rated level is read with its level (二级中医医院); said alone, --tier asks for the level
  const facilities = [...ratedFacilityNames(policy), ...Object.entries(policy.facilities ?? {}).map(([name, f]) => ({ name, words: [name, ...(f.aliases ?? [])] }))];
  return { needs, words: { diseases: diseaseWords(policy, date), groups: assistanceGroups(policy, date), facilities, dayCaps } };
}

function versionOn(policy: Policy, date: string): ReturnType<typeof versionInForce> | undefined {
  try {
    return versionInForce(policy, date);
  } catch {
    return undefined; // a date calc names
  }
}

/** Whether a scheme's rules of the version in force set a newborn's deductible apart (newborn_deductible_share). */
function newbornRule(policy: Policy, date: string): boolean {
  const benefits = versionOn(policy, date)?.benefits ?? {};
  return BENEFITS.some((b) => SCHEMES.some((sc) => benefits[b]?.[sc]?.newborn_deductible_share !== undefined));
}

/** Whether a scheme's rules give a newborn's deductible on some stays only (newborn_deductible_scope): the stay's number matters. */
function newbornScoped(policy: Policy, date: string): boolean {
  const benefits = versionOn(policy, date)?.benefits ?? {};
  return BENEFITS.some((b) => SCHEMES.some((sc) => benefits[b]?.[sc]?.newborn_deductible_scope !== undefined));
}

/** Where the policy caps the fund a day at a facility (facility_day_cap): each facility, benefit and scheme. */
function dayCapsOf(policy: Policy, date: string): NonNullable<PolicyWords['dayCaps']> {
  const benefits = versionOn(policy, date)?.benefits ?? {};
  return BENEFITS.flatMap((benefit) =>
    SCHEMES.flatMap((scheme) => Object.keys(benefits[benefit]?.[scheme]?.facility_day_cap ?? {}).flatMap((key) => [key, ...atLevel(policy, key)].map((facility) => ({ facility, benefit, scheme })))),
  );
}

/** A day cap keyed by a level ("1"): the names a caller may give a facility of that level by (社区卫生服务中心, 一级中医医院). */
function atLevel(policy: Policy, key: string): string[] {
  if (key !== '1' && key !== '2' && key !== '3') return [];
  const named = Object.entries(policy.facilities ?? {}).filter(([, f]) => f.counts_as === key).flatMap(([name, f]) => [name, ...(f.aliases ?? [])]);
  return [...named, ...ratedFacilityNames(policy).filter((r) => r.name.startsWith(LEVEL_WORD[key])).map((r) => r.name)];
}

/** The policy's chronic diseases, each with the words it goes by (its name and aliases). */
function diseaseWords(policy: Policy, date: string): PolicyWords['diseases'] {
  const version = versionInForce(policy, date) as { benefits?: { chronic?: { disease_limits?: { diseases?: Array<{ name: string; aliases?: string[] }> } } } } | undefined;
  return (version?.benefits?.chronic?.disease_limits?.diseases ?? []).map((d) => ({ name: d.name, words: [d.name, ...(d.aliases ?? [])] }));
}

/** A claim answered: the question as read (its raw claim as explained, completed) and the explanation. */
export interface Answered {
  claim: ClaimQuestion;
  explanation: Explanation;
}

/** Answers a claim question (or the desk's follow-up, already merged with the claim in play). */
export async function answerClaim(claim: ClaimQuestion, opts: AskOptions, io: Io): Promise<Answered | undefined> {
  const city = claim.raw.city ?? opts.city ?? DEFAULT_CITY;
  const policy = await policyOf(city);
  if (claim.raw.city === undefined && opts.city !== undefined) claim.raw.city = opts.city;
  const dateWords = resolveDate(claim, policy, io.today(), opts.lang);
  if (claim.raw.date === undefined && opts.date !== undefined) claim.raw.date = opts.date;
  resolveStatusSince(claim, Number((claim.raw.date ?? io.today()).slice(0, 4)), policy);
  resolveDischarge(claim, claim.raw.date ?? io.today());
  resolveSaidDays(claim, claim.raw.date ?? io.today());
  resolveEnrolled(claim, claim.raw.date ?? io.today());
  // 4月份认定的: a month and day in the claim's year
  if (claim.raw.certified !== undefined && !/^\d{4}-/.test(claim.raw.certified)) claim.raw.certified = `${(claim.raw.date ?? io.today()).slice(0, 4)}-${claim.raw.certified}`;
  const defaults = { city: DEFAULT_CITY, date: io.today() };
  const complete = missingFields(claim.raw).length === 0;
  if (claim.deductibleFull !== undefined && policy && complete && claim.conflicts.length === 0) Object.assign(claim.raw, fullDeductible(claim.raw, policy, defaults));

  // scripts read stdout as JSON: the line goes to stderr there; at a terminal it is wrapped like the answer
  const width = opts.format === 'json' ? undefined : outputWidth(io.stdout, io.env);
  const wrap = width === undefined ? undefined : (await import('../render/wrap.js')).wrapLine;
  const say = (text: string) => (opts.format === 'json' ? io.stderr : io.stdout).write(`${wrap ? wrap(text, width!, 2).join('\n') : text}\n`);
  say(understoodLine(claim, policy, opts.lang, dateWords));
  if (claim.conflicts.length > 0) throw conflictError(claim, policy, opts.lang);
  if (opts.noPrompt && !complete) throw missingError(claim.raw);
  if (claim.unclear.length > 0) {
    if (!atTerminal(io) || opts.noPrompt) throw unclearError(claim);
    say(unclearWarning(claim, opts.lang));
    const { askYesNo } = await import('../prompts.js');
    const prompt = { input: io.stdin, output: io.stdout as unknown as NodeJS.WritableStream, lang: opts.lang, plain: dumbTerminal(io.env) };
    const goOn = await askYesNo({ message: opts.lang === 'zh' ? '不算这部分,照上面理解的算吗?' : 'Go on without that part, as understood above?', default: false }, prompt);
    if (!goOn) throw unclearError(claim, true);
  }
  // 起付线付满 with the claim completed by the wizard: the policy's deductible once it is known
  const prepare =
    claim.deductibleFull !== undefined && !complete
      ? async (raw: RawClaim): Promise<RawClaim> => {
          const p = await policyOf(raw.city ?? city);
          const out = p ? fullDeductible(raw, p, defaults) : raw;
          if (out.ytd_deductible !== undefined && raw.ytd_deductible === undefined) {
            say(opts.lang === 'zh' ? `起付线已付满:按这笔的起付线 ${out.ytd_deductible} 元算。` : `Deductible met in full: this claim's deductible, ${out.ytd_deductible} yuan, is taken as met.`);
          }
          return out;
        }
      : undefined;
  const known: ClaimField[] = claim.deductibleFull !== undefined ? ['ytd_deductible'] : [];
  const request = { raw: claim.raw, overrides: [], compare: false, format: opts.format, lang: opts.lang, color: opts.color, single: opts.desk ?? false, noWizard: opts.noPrompt ?? false, known, ...(opts.beforeAsking ? { beforeAsking: opts.beforeAsking } : {}) };
  const explained: Explained | undefined = await runCalc({ ...request, ...(prepare ? { prepare } : {}) }, io);
  return explained && { claim: { ...claim, raw: explained.raw }, explanation: explained.explanation };
}

export { UsageError };
