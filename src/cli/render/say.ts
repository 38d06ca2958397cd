// `--format say`: a script a hotline operator reads to a caller, in short sentences that can
// each be read in one breath: the visit, the deductible (the year's amount, what was met
// before, what this visit adds, what is still to go), what the fund pays, the caller's share
// and who pays it, with --compare what other facilities would pay, then one short clause for
// each reading, inferred or assumed value the answer rests on. Each is said once: a refusal that
// rests on a reading (the family circle, a band edge) says the reading where it decides, not again
// at the end. No hotline footer: the caller is already on the line. `--lang en` gives the same in
// English. Spoken Chinese has one punctuation convention, the project's (half-width ,:; after
// Chinese, full-width 。、“”): clauses that come from policy data are brought to it here.
import type { Explanation, Warning } from '../../engine/types.js';
import { ratioFromNumber } from '../../money/money.js';
import { RELATION_SPOKEN } from '../../engine/messages.js';
import { benefitShortZh, percent, tierName } from './format.js';
import type { RenderInput } from './types.js';
import { sayFacts } from './say-facts.js';
import { ceilingsZh, compareZh, deductibleZh, fundZh, shareZh, totalZh } from './say-zh.js';
import { ceilingsEn, compareEn, deductibleEn, fundEn, shareEn, totalEn } from './say-en.js';
import { sayNotes, spokenSentence } from './say-notes.js';
import { bandsSay, emergencySay, firstPaySay, layersSay, referralSay, unreferredSay, whereSay } from './say-layers.js';

/** The family warning (a reading, or an unknown circle) behind a refused relative's account. */
const FAMILY_CODES = new Set(['family_reading', 'family_unknown']);

/** Why the fund does not pay, from the numbers: the level given and the band the benefit needs. */
function refusal(e: Explanation): { level: string; min: string | undefined; byReading: boolean } {
  const step = e.steps.find((s) => s.key === 'eligibility');
  const min = step?.provenance?.sourced?.value;
  return {
    level: percent(e.claim.contribution ?? 0),
    min: typeof min === 'number' ? percent(ratioFromNumber(min)) : undefined,
    // refused by a reading (between two bands, or a retiree not said to have met the years): never in the law's voice
    byReading: e.result.verdict === 'refused_edge' || e.warnings.some((w) => w.code === 'contribution_years'),
  };
}

function refusedZh(e: Explanation): string {
  if (e.result.refusedAtFacility !== undefined || e.result.newbornEnrolment?.refused) return spokenSentence(e.result.ineligibleReason!.zh, 'zh');
  const { level, min, byReading } = refusal(e);
  const why = min === undefined ? '' : `:缴费水平是平均工资的${level},不到要求的${min}`;
  return `${byReading ? '统筹基金这次按不能报销算' : '按政策统筹基金这次不能报销'}${why}。`;
}

function refusedEn(e: Explanation): string {
  if (e.result.refusedAtFacility !== undefined || e.result.newbornEnrolment?.refused) return spokenSentence(e.result.ineligibleReason!.en, 'en');
  const { level, min, byReading } = refusal(e);
  const why = min === undefined ? '' : `: your contribution level is ${level} of the average wage, below the ${min} this benefit needs`;
  return `${byReading ? 'The fund is counted as not paying this time' : 'Under the policy the fund cannot pay this time'}${why}.`;
}

/** A relative's account that does not pay: the reading (or unknown circle) in one clause, or the rule. */
function familyZh(e: Explanation, w: Warning | undefined): string {
  if (w) return spokenSentence(w.short.zh, 'zh');
  return `家庭共济这次用不上:政策的共济范围不含${RELATION_SPOKEN[e.claim.relation!].zh}。`;
}

function familyEn(e: Explanation, w: Warning | undefined): string {
  if (w) return spokenSentence(w.short.en, 'en');
  return `Family mutual aid cannot pay: the policy's circle does not include a ${RELATION_SPOKEN[e.claim.relation!].en}.`;
}

function sayZh(input: RenderInput, family: Warning | undefined): string[] {
  const e = input.explanation;
  const f = sayFacts(e);
  const s = totalZh(f, benefitShortZh(e.claim.benefit));
  s.push(...whereSay(e, 'zh'), ...firstPaySay(e, 'zh'));
  if (!e.result.eligible) s.push(refusedZh(e));
  else s.push(...referralSay(e, 'zh'), ...deductibleZh(f), ...emergencySay(e, 'zh'), ...unreferredSay(e, 'zh'), ...ceilingsZh(f), ...(bandsSay(e, 'zh') ?? fundZh(f)), ...layersSay(e, 'zh'));
  s.push(...shareZh(f));
  if (refusedFamily(e)) s.push(familyZh(e, family));
  for (const row of otherTiers(input)) s.push(compareZh(tierName(input.policy, row.tier, 'zh'), row.fundPays, row.cashDue));
  return s;
}

function sayEn(input: RenderInput, family: Warning | undefined): string[] {
  const e = input.explanation;
  const f = sayFacts(e);
  const s = totalEn(f, e.claim.benefit === 'inpatient');
  s.push(...whereSay(e, 'en'), ...firstPaySay(e, 'en'));
  if (!e.result.eligible) s.push(refusedEn(e));
  // a hospital stay is a stay, not a visit
  else s.push(...referralSay(e, 'en'), ...(e.claim.benefit === 'inpatient' ? deductibleEn(f).map(asStay) : deductibleEn(f)), ...emergencySay(e, 'en'), ...unreferredSay(e, 'en'), ...ceilingsEn(f), ...(bandsSay(e, 'en') ?? fundEn(f)), ...layersSay(e, 'en'));
  s.push(...shareEn(f));
  if (refusedFamily(e)) s.push(familyEn(e, family));
  for (const row of otherTiers(input)) s.push(compareEn(tierName(input.policy, row.tier, 'en'), row.fundPays, row.cashDue));
  return s;
}

/** "this visit" of an outpatient sentence, said of a hospital stay. */
const asStay = (sentence: string) => sentence.replace(/\b([Tt])his visit\b/g, '$1his stay');

const refusedFamily = (e: Explanation) => e.claim.family > 0 && e.result.familyPays === 0 && e.result.familyRefusedReason !== undefined;

/** --compare: every tier but this claim's own. */
const otherTiers = (input: RenderInput) => (input.compare ?? []).filter((row) => row.tier !== input.explanation.claim.tier);

/** Full-width ,:;()!? (policy data) to the half-width forms the spoken script uses after Chinese. */
const HALF = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' } as const;
const toHalf = (s: string) => s.replace(/[，：；（）！？]/g, (ch) => HALF[ch as keyof typeof HALF]);

/** The sentences of the script, in order (the tests read them one by one). */
export function saySentences(input: RenderInput): string[] {
  const e = input.explanation;
  // the family reading is said where the family is, once
  const family = refusedFamily(e) ? e.warnings.find((w) => FAMILY_CODES.has(w.code)) : undefined;
  // a refusal the text states (a policy_note on family.relations) is said by the family sentence itself
  const stated = (w: Warning) => refusedFamily(e) && w.code === 'policy_note' && w.path === 'family.relations';
  const rest = e.warnings.filter((w) => w !== family && !stated(w));
  const body = input.lang === 'en' ? sayEn(input, family) : sayZh(input, family);
  const all = [...body, ...sayNotes(rest, input.lang)];
  return input.lang === 'zh' ? all.map(toHalf) : all;
}

/** One paragraph (calc wraps it to a terminal's width, see calc/run.ts). */
export function renderSay(input: RenderInput): string {
  return `${saySentences(input).join(input.lang === 'en' ? ' ' : '')}\n`;
}
