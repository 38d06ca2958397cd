// The warnings of a model-2 claim that depend on the claim itself: the admission number assumed
// where the deductible depends on it, the schedule entry's reading for the admission used, the
// second layer's reading for a claim during which the cap is reached, the uplift ceiling's reading
// for a claim it changes, and every reading or note of a value the claim's numbers used
// (readings2.ts: each only where its part is not 0).
import { referralGeneralNote } from './referral.js';
import { unreferredSaid } from './unreferred.js';
import type { Claim, Settlement, Warning } from './types.js';
import { layerCovers, layerNotCoveredNote } from './layer-chronic.js';
import type { Rules } from './rules.js';
import { groupShareSaid, layerStatusChangedThisYear, statusChangedThisYear, type Model2 } from './model2.js';
import { ruleWarnings as RW, warnings as W } from './warnings.js';
import { ceilingsHeld, claimGroupOf, claimPoints, dayCapOf } from './settle2.js';
import { model2Messages as M2 } from './messages2.js';
import { choiceReadings } from './choices.js';
import { touches } from './readings2.js';
import { ageCapFor } from './year-limits.js';
import { halfWidth } from '../text/width.js';
import { unlisted } from './disease-group.js';
import { bornInClaimYear } from './newborn.js';
import { daysAfter } from './readmission.js';

/** The policy's names of the diseases the claim names (by name or alias). */
function diseaseNames(m: Model2, claim: Claim): string[] {
  if (!m.diseases || claim.disease === undefined) return [];
  const typed = [claim.disease, ...(claim.diseases ?? [])].map((t) => halfWidth(t).trim());
  const names: string[] = [];
  for (const x of m.diseases.value.diseases) {
    const words = [x.name, ...(x.aliases ?? [])].map((w) => halfWidth(w));
    if (typed.some((t) => words.includes(t))) names.push(x.name);
  }
  return names;
}

/** Pushes them onto `out` (the claim's warnings). */
export function model2Warnings(out: Warning[], rules: Rules, m: Model2, claim: Claim, s: Settlement): void {
  // the admission number matters where this claim's status has a schedule (or its schedule is unknown)
  const byAdmission = m.schedule !== undefined && (m.schedule.length > 0 || m.scheduleStep !== undefined || m.scheduleUnknown !== undefined || m.scheduleNone?.reading !== undefined);
  if (m.admissionAssumed && byAdmission && claim.admission === undefined && s.deductible !== null) out.push(m.admissionAssumed);
  // one day assumed only where the day cap held (it changed the answer)
  const perDay = m.daysAssumed && claim.days === undefined && !(m.bedDays && claim.dischargeDate !== undefined) ? dayCapOf(m, claim) : null;
  if (perDay !== null && s.fundPays === perDay && perDay < s.fundBeforeCap && (s.capRemaining === null || perDay < s.capRemaining)) out.push(m.daysAssumed!);
  // a later stay under a yearly total of deductibles, with nothing said of what earlier stays were charged
  if (m.yearCapAssumed && claim.ytdDeductibleFrom === 'unsaid' && (s.admission ?? 1) > 1 && (s.deductible ?? 0) > 0) out.push(m.yearCapAssumed);
  // a level that pays emergency visits at another level's ratio, and the claim did not say whether it was one
  const er = rules.emergencyRatio;
  if (er && !er.applied && claim.emergency === undefined && s.eligible) out.push(er.assumed);
  // bands on the year's running total: a claim after others this year (a later stay, a deductible or fund counted) with nothing said of the year's banded amount
  const by = m.bandsYear;
  if (by?.per === 'year' && claim.ytdBanded === undefined && s.bands !== null && ((s.admission ?? 1) > 1 || claim.ytdDeductible > 0 || claim.ytdFund > 0)) out.push(by.assumed);
  // the yearly cap by age: the readings and notes of the step this claim's age met
  if (m.ageCap && s.eligible) {
    const step = ageCapFor(m.ageCap, claim, rules.cap.value, s.fundBeforeCap).step;
    if (step) out.push(...step.readings);
  }
  if (m.schedule && s.admission !== null) {
    const used = m.schedule.filter((x) => s.admission! >= x.from).at(-1);
    if (used && s.deductible !== null) out.push(...used.readings);
    if (m.scheduleNone?.reading && s.admission > 1 && s.deductible! > 0) out.push(m.scheduleNone.reading);
    if (s.deductibleStep) out.push(...m.scheduleStep!.readings);
  }
  // a group's share of the deductible read from the text (不设起付标准 as 0), on that group's claims
  if (m.groupShares && claim.assistance !== undefined && s.deductible !== null && (rules.deductible.value ?? 0) > 0) {
    const byGroup = groupShareSaid(m.groupShares, claim.assistance);
    const rule = byGroup.rule;
    if (rule?.reading) out.push(rule.reading);
    if (rule?.inferred) out.push(rule.inferred);
    // …等困难群众 unknown, and this claim the same either way: said
    const open = m.groupShares.open;
    if (byGroup.same && open) out.push(W.policyNote(open.path, M2.openGroupsSame(claim.assistance.trim(), open.rule.quote)));
    // a group the list (…等困难群众) does not name, read as one of its groups
    if (byGroup.open && m.groupShares.open?.reading && (s.deductible ?? 0) > 0) out.push(m.groupShares.open.reading);
  }
  // 年度中途认定的: a chronic claim without --certified, where a certification this year (a limit as little as 1/12) could change it
  const pr = m.diseases?.prorate;
  if (pr && claim.certified === undefined && s.diseaseLimit !== null && s.diseaseLimitRemaining !== null && s.diseaseLimit - s.diseaseLimitRemaining + s.fundBeforeCap > Math.floor(s.diseaseLimit / 12)) out.push(pr.assumed);
  // 新生儿在出生后90日内参保的: a newborn's paid claim (within a year of birth) without the enrolment date, taken as enrolled in time
  if (m.enrolment && claim.enrolled === undefined && claim.birthDate !== undefined && s.fundPays > 0 && daysAfter(claim.birthDate, claim.date) <= 366) out.push(m.enrolment.assumed);
  // 新生儿出生当年: the value's reading on a newborn's claim; no birth date given, not a newborn, where a deductible was charged
  if (m.newborn && s.deductibleNewborn !== undefined && m.newborn.said) out.push(m.newborn.said);
  // 出生后首次住院: a newborn's stay without --admission taken as the first, where that waived or lowered its deductible
  if (m.newborn?.scope === 'first_stay' && s.deductibleNewborn !== undefined && s.deductibleNewborn !== 10000 && claim.admission === undefined) out.push(m.newborn.firstAssumed);
  // said only where it could change the number: a resident (an employee is no newborn) charged a deductible a newborn's share would change
  if (m.newborn && claim.scheme !== 'employee' && m.newborn.share !== 10000 && s.deductibleNewborn === undefined && s.deductibleApplied > 0 && bornInClaimYear(claim) === undefined) out.push(m.newborn.assumed);
  // 未经转诊…降低: the cut's reading, inference or note where it cut this claim; an emergency not said, taken as not one
  if (m.unreferred && s.unreferred) out.push(...unreferredSaid(m.unreferred, s.unreferred, claim.emergency !== undefined));
  // cap_incentive (参保激励): the cap held the layer's payment and the claim did not give the years: no raise, said
  if (s.layerCapRaiseMissing && m.layer?.incentive) out.push(RW.capIncentiveAssumed(m.layer.incentive.path, m.layer.value.name, s.layerCapRaiseMissing));
  // a referral within the 医联体 the rule does not reach (or a policy with none): the general deductible, and why
  const ref = s.referral;
  if (ref?.way === 'general') out.push(referralGeneralNote(ref, claim.tier, m.referral?.path ?? `${claim.benefit}.${claim.scheme}.referral_deductible`));
  // a way the file states with a note (the rule as it reaches this stay)
  const refWay = ref?.direction && ref.way !== 'general' ? m.referral?.cite[ref.direction] : undefined;
  if (refWay?.note && refWay.value !== null && !refWay.reading) out.push(W.policyNote(`${m.referral!.path}.${ref!.direction}`, refWay.note));
  // 在同一定点医疗机构: not said, and the claim the same either way
  if (m.readmission && s.readmission?.facility === 'assumed') out.push(RW.previousFacilityAssumed(`${m.readmission.path}.same_facility`));
  // 住院和第一类门诊慢特病: a chronic claim the layer does not cover, said with the clause
  if (m.layer?.value.chronic_diseases && s.eligible && claim.benefit === 'chronic' && !layerCovers(m, claim)) out.push(layerNotCoveredNote(m, claim, claim.scheme));
  // 因同一疾病: the rule applied, taken as for the same disease
  if (m.readmission?.sameDiseaseNote && s.readmission?.within) out.push(m.readmission.sameDiseaseNote);
  // 视同一次住院 not said (only 不再收取起付标准): this stay's numbers stand, the next stay's number does not
  if (m.readmission && s.readmission?.within && s.readmission.sameAdmission === null) out.push(W.carriedUnknown(`${m.readmission.path}.same_admission`, M2.sameAdmissionOpen(`${m.readmission.path}.same_admission`, m.readmission.cite.sameAdmission.note, s.admission)));
  if (s.metAsGiven && s.deductible !== null) out.push(RW.ytdAsGiven(claim.ytdDeductible, m.capShared ? (claim.ytdBenefitFund ?? 0) : claim.ytdFund, s.deductible));
  const layer = m.layer;
  const cap = rules.cap.value;
  if (layer && layer.value.base.value === 'after_cap' && cap !== null && claim.ytdFund < cap && s.fundPays < s.fundBeforeCap && s.fundPays === cap - claim.ytdFund) {
    if (layer.withinReading) out.push(layer.withinReading); // within_claim given (settle2.ts stops such a claim without it)
    if (layer.withinSame) out.push(layer.withinSame); // within_claim null: both options gave this claim the same numbers (else exit 3: choices.ts)
  }
  if (m.accounts.ownReading && s.accountPays > 0) out.push(m.accounts.ownReading);
  if (m.accounts.familyReading && s.familyPays > 0) out.push(m.accounts.familyReading);
  const a = m.assistance;
  const cg = claimGroupOf(m, claim);
  // assistance's readings go to its own groups; a layer group's to a group the layer counts under (an unnamed one as the file reads it)
  const group = a && cg?.named && m.groups!.assisted.has(cg.name) ? cg.name : undefined;
  const lo = m.layer?.value.open_groups;
  const layerGroup = cg === undefined ? undefined : cg.named ? cg.name : lo?.value === 'as_group' ? lo.group : undefined;
  if (cg && !cg.named && lo?.reading && lo.value === 'as_group' && (s.burdenAdded > 0 || s.secondLayerPays > 0)) out.push(W.reading(`${m.layer!.path}.open_groups`, lo.reading, lo.reading_short));
  // assistance is a closed list: a group it does not name gets none, said
  // an open list (…等): an unknown answered the same either way says so; one read as a group is that group's claim (its reading said where it mattered: choices.ts)
  const ao = a?.open;
  if (a && cg && !m.groups!.assisted.has(cg.name) && s.eligible) {
    if (ao?.value.value === null) out.push(W.policyNote('assistance.open_groups', M2.assistanceOpenSame(cg.name, ao.value.quote, [...m.groups!.assisted]), { zh: '医疗救助', en: 'medical assistance' }));
    else if (!ao?.as) out.push(W.policyNote('assistance.groups', M2.notAssisted(cg.name, [...m.groups!.assisted]), { zh: '医疗救助', en: 'medical assistance' }));
  }
  if (a && claim.assistance !== undefined && s.assistancePays > 0) {
    if (a.deductibleReading && s.deductibleApplied > 0) out.push(a.deductibleReading);
    if (a.firstPayReading && s.firstPay > 0) out.push(a.firstPayReading);
    if (a.outOfScopeReading && claim.outOfScope > 0) out.push(a.outOfScopeReading);
  }
  if (m.ceiling && s.eligible && m.ceiling.entries.some((e) => e.value.reading || e.value.note)) {
    // a ceiling's own reading or note, where it held a ratio this claim used
    for (const e of ceilingsHeld(m, s, claimPoints(m, claim, true))) {
      const c = e.value;
      if (c.reading) out.push(W.reading(e.path, c.reading, c.reading_short));
      if (c.note && c.value !== null) out.push(W.policyNote(e.path, c.note));
    }
  }
  // the readings of choices (bands.base, the ceiling's `after` flags …) whose other option gives this claim other numbers
  if (m.choices.length > 0) out.push(...choiceReadings(s));
  if (m.readings.length > 0) {
    const diseases = diseaseNames(m, claim);
    // a facility whose rules hold at some levels only (二级及以上中医医院): the readings of the rules the claim takes
    const rf = claim.facility === undefined ? undefined : m.ruleFacility(claim);
    const at = rf === claim.facility ? claim : { ...claim, facility: rf };
    for (const r of m.readings) if (touches(r.when, at, s, r.when.on === 'group' && r.when.layer ? layerGroup : group, diseases)) out.push(r.warning);
  }
  if (m.statusChange?.warning && s.eligible && statusChangedThisYear(claim)) out.push(m.statusChange.warning);
  if (m.layerStatusChange?.warning && m.layer && s.eligible && layerStatusChangedThisYear(claim)) out.push(m.layerStatusChange.warning);
  if (m.inpatient && s.diseaseGroup !== undefined && s.eligible) inpatientRatioWarnings(out, m, claim, s);
  // an open list (…等) read to take in a disease it does not name: said on such a claim only
  const open = m.diseases?.value.open;
  if (open?.reading && s.eligible && unlisted(m.diseases!.value, claim.disease)) out.push(W.reading(`${m.diseases!.path}.open`, open.reading, open.reading_short));
  if (claim.facility !== undefined && s.eligible) {
    const f = m.facilityReadings.get(claim.facility);
    if (f) out.push(...f);
  }
}

/** The ratio part of the inpatient rules' warnings (a user value, a reading, an uplift's), for a group on the inpatient ratio (ratio_of). */
const RATIO_PATH = /^inpatient\.(employee|resident)\.(ratio|bands|retiree_bonus|grade_bonus|age_bonus|uplift_ceiling)/;

function inpatientRatioWarnings(out: Warning[], m: Model2, claim: Claim, s: Settlement): void {
  if (m.diseases?.value.groups?.[s.diseaseGroup!]?.ratio_of?.value !== 'inpatient') return;
  const rules = m.inpatient!();
  for (const w of rules.warnings) if (RATIO_PATH.test(w.path ?? '')) out.push(w);
  for (const r of rules.model2!.readings) if ((r.when.on === 'age' || r.when.on === 'age_day' || r.when.on === 'band') && touches(r.when, claim, s, undefined, [])) out.push(r.warning);
}
