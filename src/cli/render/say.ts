// `--format say`: a script a hotline operator reads to a caller, in short sentences that can
// each be read in one breath: the visit, the deductible (the year's amount, what was met
// before, what this visit adds, what is still to go), what the fund pays, the caller's share
// and who pays it, with --compare what other facilities would pay, then one short clause for
// each reading, inferred or assumed value the answer rests on. No hotline footer: the caller
// is already on the line. `--lang en` gives the same in English.
import type { Explanation } from '../../engine/types.js';
import { benefitShortZh, tierName } from './format.js';
import type { RenderInput } from './types.js';
import { sayFacts } from './say-facts.js';
import { compareZh, deductibleZh, fundZh, shareZh, totalZh } from './say-zh.js';
import { compareEn, deductibleEn, fundEn, shareEn, totalEn } from './say-en.js';
import { sayNotes } from './say-notes.js';

/** The first sentence of a reason: enough for a listener, the rest is in the text output. */
const firstSentence = (s: string, stop: RegExp) => s.split(stop)[0]!.trim();
const lowerFirst = (s: string) => s.replace(/^./, (ch) => ch.toLowerCase());

function sayZh(input: RenderInput): string[] {
  const e = input.explanation;
  const f = sayFacts(e);
  const r = e.result;
  const s = totalZh(f, benefitShortZh(e.claim.benefit));
  if (!r.eligible) {
    s.push(`按政策统筹基金这次不能报销${r.ineligibleReason ? `:${firstSentence(r.ineligibleReason.zh, /。/)}` : ''}。`);
  } else {
    s.push(...deductibleZh(f), ...fundZh(f));
  }
  s.push(...shareZh(f));
  if (refusedFamily(e)) s.push(`家庭共济这次用不上:${firstSentence(r.familyRefusedReason!.zh, /。/)}。`);
  for (const row of otherTiers(input)) s.push(compareZh(tierName(input.policy, row.tier, 'zh'), row.fundPays, row.cashDue));
  return s;
}

function sayEn(input: RenderInput): string[] {
  const e = input.explanation;
  const f = sayFacts(e);
  const r = e.result;
  const s = totalEn(f);
  if (!r.eligible) {
    const why = r.ineligibleReason ? `: ${lowerFirst(firstSentence(r.ineligibleReason.en, /\.\s/).replace(/\.$/, ''))}` : '';
    s.push(`Under the policy the fund cannot pay this time${why}.`);
  } else {
    s.push(...deductibleEn(f), ...fundEn(f));
  }
  s.push(...shareEn(f));
  if (refusedFamily(e)) s.push(`Family mutual aid cannot pay: ${r.familyRefusedReason!.en}`);
  for (const row of otherTiers(input)) s.push(compareEn(tierName(input.policy, row.tier, 'en'), row.fundPays, row.cashDue));
  return s;
}

const refusedFamily = (e: Explanation) => e.claim.family > 0 && e.result.familyPays === 0 && e.result.familyRefusedReason !== undefined;

/** --compare: every tier but this claim's own. */
const otherTiers = (input: RenderInput) => (input.compare ?? []).filter((row) => row.tier !== input.explanation.claim.tier);

/** The sentences of the script, in order (the tests read them one by one). */
export function saySentences(input: RenderInput): string[] {
  const body = input.lang === 'en' ? sayEn(input) : sayZh(input);
  return [...body, ...sayNotes(input.explanation.warnings, input.lang)];
}

/** One paragraph (calc wraps it to a terminal's width, see calc/run.ts). */
export function renderSay(input: RenderInput): string {
  return `${saySentences(input).join(input.lang === 'en' ? ' ' : '')}\n`;
}
