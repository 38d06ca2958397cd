// The wizard's questions for policy model 2 (contract "Rulebook structures"): asked only where the
// policy in use needs the answer for this claim (rulebook-needs.ts) and the flags did not give it,
// in the order a settlement slip uses them: the grade, which stay this is, the age, the 乙类 costs,
// the disease, where the care was, the assistance group. Each has a default (Enter) except the
// age and the disease, which nothing can guess. Answers are written into the raw claim as typed
// words, so they are parsed by the same rules as flags and batch cells.
import { given, type ClaimField, type RawClaim } from '../../claim/index.js';
import { FILINGS, type Claim } from '../../engine/types.js';
import { askChoice, askText, type Choice } from '../prompts.js';
import { safeText } from '../../safe-text.js';
import { validatorFor } from './validate.js';
import type { Asking } from './questions.js';
import { assistanceGroups, diseaseNames, gradeNames, rulebookNeeds } from './rulebook-needs.js';
import { RQ } from './rulebook-text.js';

const t = (text: { zh: string; en: string }, a: Asking) => text[a.lang];

/** Asks what this claim's rules need and the flags did not give. */
export async function askRulebook(raw: RawClaim, claim: Claim, a: Asking): Promise<void> {
  for (const need of rulebookNeeds(a.policy, claim)) {
    if (need === 'grade' && !given(raw.grade)) raw.grade = await askGrade(a);
    if (need === 'admission' && !given(raw.admission)) raw.admission = await askCount(raw, 'admission', RQ.admission, '1', a);
    if (need === 'age' && !given(raw.age) && !given(raw.birth_date)) raw.age = await askCount(raw, 'age', RQ.age, undefined, a);
    if (need === 'class_b' && !given(raw.class_b) && !given(raw.class_b_drugs) && !given(raw.class_b_items)) {
      raw.class_b_drugs = await askMoney(raw, 'class_b_drugs', RQ.classBDrugs, a);
      raw.class_b_items = await askMoney(raw, 'class_b_items', RQ.classBItems, a);
    }
    if (need === 'disease' && !given(raw.disease)) await askDiseases(raw, claim, a);
    if (need === 'filing' && !given(raw.filing)) raw.filing = await askFiling(a);
    if (need === 'assistance' && !given(raw.assistance)) {
      const group = await askAssistance(claim, a);
      if (group !== '') raw.assistance = group;
    }
  }
}

function askGrade(a: Asking): Promise<string> {
  const choices = gradeNames(a.policy).map((g) => ({ value: g.id, name: safeText(g.name[a.lang]) }));
  return askChoice({ message: t(RQ.grade, a), choices, ...(choices[0] ? { default: choices[0].value } : {}) }, a.prompt);
}

/** A count (第几次, 年龄) checked by the claim's own rules; with no default, Enter is asked again (nothing is assumed). */
async function askCount(raw: RawClaim, field: ClaimField, message: { zh: string; en: string }, fallback: string | undefined, a: Asking): Promise<string> {
  const check = validatorFor(raw, field, a.defaults, a.lang);
  const validate = (v: string) => (v.trim() === '' && fallback === undefined ? t(RQ.ageNeeded, a) : check(v));
  const answer = await askText({ message: t(message, a), ...(fallback === undefined ? {} : { default: fallback }), validate }, a.prompt);
  return answer.trim();
}

async function askMoney(raw: RawClaim, field: ClaimField, message: { zh: string; en: string }, a: Asking): Promise<string> {
  const answer = await askText({ message: t(message, a), default: '0', validate: validatorFor(raw, field, a.defaults, a.lang) }, a.prompt);
  return answer.trim();
}

/** The disease treated, then any others the patient has (their limits are shared where the policy says so). */
async function askDiseases(raw: RawClaim, claim: Claim, a: Asking): Promise<void> {
  const names = diseaseNames(a.policy, claim.date);
  const choices: Choice<string>[] = names.map((n) => ({ value: n, name: safeText(n) }));
  const disease = await askChoice({ message: t(RQ.disease, a), choices }, a.prompt);
  raw.disease = disease;
  if (given(raw.diseases)) return;
  const all = [disease];
  for (;;) {
    const left = choices.filter((c) => !all.includes(c.value));
    if (left.length === 0) break;
    const more = await askChoice({ message: t(RQ.otherDiseases, a), choices: [{ value: '', name: t(RQ.noMore, a) }, ...left], default: '' }, a.prompt);
    if (more === '') break;
    all.push(more);
  }
  if (all.length > 1) raw.diseases = all.join('、');
}

function askFiling(a: Asking): Promise<string> {
  const choices = FILINGS.map((f) => ({ value: f, name: t(RQ.filingChoice[f], a) }));
  return askChoice({ message: t(RQ.filing, a), choices, default: 'local' }, a.prompt);
}

function askAssistance(claim: Claim, a: Asking): Promise<string> {
  const groups = assistanceGroups(a.policy, claim.date).map((g) => ({ value: g, name: safeText(g) }));
  return askChoice({ message: t(RQ.assistance, a), choices: [{ value: '', name: t(RQ.noAssistance, a) }, ...groups], default: '' }, a.prompt);
}
