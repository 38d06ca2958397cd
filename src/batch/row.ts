// One batch row -> its outcome: parse the cells into a claim (missing cells take the command's
// flags), carry the person's year-to-date totals, settle, and for `check` compare with
// reported_fund. Every problem becomes the row's error naming its column; nothing is thrown
// for bad data. An errored row leaves the ledger untouched (see ledger.ts), except a row whose
// only problem is reported_fund: its claim is valid and counts.
import { withFacility } from '../claim/facility.js';
import { BENEFIT_ALIASES, CLAIM_FIELDS, parseClaim, parseDate, given, halfWidth, SCHEME_ALIASES, type ClaimDefaults, type ClaimField, type RawClaim } from '../claim/index.js';
import { lookup } from '../claim/aliases.js';
import { MAX_FEN } from '../claim/fields.js';
import { parseAmount } from '../claim/values.js';
import { settle } from '../engine/index.js';
import { PolicyError, type Claim, type Fen, type Override, type Settlement, type Warning } from '../engine/types.js';
import { NONE, STATUS_BIT, dateNumber, dateText, mixesStatuses, type FailedScope, type Ledger } from './ledger.js';
import type { BenefitId } from '../domain.js';
import type { Policy } from '../policy/schema.js';
import { versionIndexInForce } from '../engine/version.js';
import { ruleWarnings } from '../engine/warnings.js';
import { rulesFor } from '../engine/rules.js';
import type { PolicyCache } from './policies.js';
import { idProblem, personKey } from './person.js';
import { batchMessages as M, type Text } from './messages.js';
import { mismatchText } from './decided.js';
import { EARLIER_ROW_FAILED, HOLDER_ROW_FAILED, NO_PERSON_ID } from './warnings.js';
import { capKey, deductibleSharing, isModel2, model2Needs, type Model2Needs } from './carry-v2.js';

export type Lang = 'zh' | 'en';
export type RowStatus = 'ok' | 'error' | 'mismatch';

/** The cells of a row that batch reads, already merged with the command's flags. */
export interface RowValues {
  raw: RawClaim;
  personId: string | undefined;
  /** The 家庭共济 account holder's id (account_holder), where the file has the column. */
  holder?: string | undefined;
  reported: string | undefined;
  /** The claim fields the row's own cells gave (not blank, not from a flag): own[k] is 1 for CLAIM_FIELDS[k]. */
  own: Uint8Array;
  /** A problem found while reading the row (wrong number of cells, not a JSON object). */
  problem?: { column: string; message: Text; total?: boolean } | undefined;
  /** A warning found while reading the row (a hidden row of a sheet). */
  read?: Warning | undefined;
  /** True when no value of `raw` has a character halfWidth changes (the row's line and the flags checked once). */
  plain?: boolean;
}

export interface RowOutcome {
  status: RowStatus;
  /** The error in the user's language, prefixed with the column it concerns. */
  error?: string;
  settlement?: Settlement;
  /** check only: reported_fund − fund_pays. */
  difference?: Fen;
  /** A total row (合计) refused as not a claim. */
  total?: boolean;
  warnings?: readonly Warning[];
}

export interface RowSettings {
  defaults: ClaimDefaults;
  overrides: readonly Override[];
  check: boolean;
  lang: Lang;
  /** The file's own header of each field read (人员编号 for person_id), to name it in row errors. */
  names?: Readonly<Partial<Record<string, string>>>;
}

/** The column a policy's refusal concerns. */
const POLICY_COLUMN: Readonly<Record<PolicyError['code'], string>> = {
  unknown_parameter: 'benefit',
  benefit_not_covered: 'benefit',
  no_version: 'date',
  tier_not_defined: 'tier',
  needs_input: 'contribution',
  ytd_conflict: 'ytd_deductible',
};

/** The index of RowValues.own that says the row's own cell gave `field`. */
export const ownIndex = (field: ClaimField) => CLAIM_FIELDS.indexOf(field);
const OWN_STATUS = ownIndex('status');
const OWN_YTD_DEDUCTIBLE = ownIndex('ytd_deductible');
const OWN_YTD_FUND = ownIndex('ytd_fund');
const OWN_YTD_FAMILY_PAID = ownIndex('ytd_family_paid');

const OWN_GRADE = ownIndex('grade');

/**
 * The cells parseClaim reads. A --status flag fills employee rows only, a --grade flag resident
 * rows only: each means nothing for the other scheme, and a file mixing schemes would otherwise
 * fail on every row of the other. A row's own status or grade cell is still that row's error.
 */
function claimCells(values: RowValues): RawClaim {
  const raw = values.raw;
  const flagStatus = raw.status !== undefined && values.own[OWN_STATUS] === 0;
  const flagGrade = raw.grade !== undefined && values.own[OWN_GRADE] === 0;
  if ((!flagStatus && !flagGrade) || raw.scheme === undefined) return raw;
  const scheme = lookup(SCHEME_ALIASES, raw.scheme);
  if (flagStatus && scheme === 'resident') return { ...raw, status: undefined };
  if (flagGrade && scheme === 'employee') return { ...raw, grade: undefined };
  return raw;
}

/** The one status_changed warning (an assumption: one count kept), shared by every row it marks. */
const STATUS_CHANGED = ruleWarnings.statusChanged();

/**
 * What a row whose person's status changed within the year is told: a model-2 policy's own
 * status_change for the row's benefit (its reading, or nothing where it states the rule), else the
 * tool's assumption; and where status_change is keyed by benefit and the row's second layer differs
 * by status with a burden or payment carried, the layer's (status_change.second_layer) the same way.
 */
export function statusChangeWarning(policy: Policy, claim: Parameters<typeof settle>[0], overrides: readonly Override[] | undefined): Warning[] {
  const m = isModel2(policy) ? rulesFor(policy, claim, overrides).model2 : undefined;
  const sc = m?.statusChange;
  const out = [sc?.known ? sc.warning : STATUS_CHANGED];
  const layer = m?.layerStatusChange;
  if (layer && m?.layer && ((claim.ytdBurden ?? 0) > 0 || (claim.ytdSecond ?? 0) > 0)) out.push(layer.known ? layer.warning : STATUS_CHANGED);
  return [...new Set(out.filter((w): w is Warning => w !== undefined))];
}

/**
 * When the date picked a version other than the policy's newest (a 2023 visit under the rules
 * before 2024), the date decided what the policy cannot answer: the words that say so.
 */
function rulesOfDate(policy: Policy, date: string): Text | undefined {
  const i = versionIndexInForce(policy, date);
  if (i < 0) return undefined;
  const from = policy.versions[i]!.effective;
  const later = policy.versions.map((v) => v.effective).filter((e): e is string => e !== null && e > date).sort()[0];
  if (later === undefined) return undefined;
  return M.rulesOfDate(date, from, later);
}

/** The file's own header of a field (人员编号 for person_id), to name it in a row's error. */
const columnOf = (settings: RowSettings, field: string): string => settings.names?.[field] ?? field;

const failed = (column: string, message: Text, lang: Lang): RowOutcome => ({ status: 'error', error: `${column}: ${message[lang]}` });

/** Where settleRow leaves a copy of the claim the row's cells made, before anything carried was set on it (fast-row.ts). */
export interface ClaimCapture {
  claim?: Claim | undefined;
}

/** The row's outcome, or the city whose policy must be loaded first (then call again). */
export function settleRow(values: RowValues, settings: RowSettings, ledger: Ledger, policies: PolicyCache, capture?: ClaimCapture): RowOutcome | { needCity: string } {
  const personId = given(values.personId) ? personKey(values.personId) : undefined;
  const scope: FailedScope = { benefit: undefined, year: undefined };
  const o = settleOrFail(values, personId, settings, ledger, policies, scope, capture);
  // A failed row is not counted: the person's later rows of its benefit and year say so (earlier_row_failed).
  if ('status' in o && o.status === 'error' && !o.settlement) {
    const where = scope.year === undefined ? cellScope(values, settings) : scope;
    if (personId !== undefined) ledger.fail(personId, where);
    // a row naming a 家庭共济 holder: what it would have paid from the account is not in the holder's total
    const holder = values.holder !== undefined && given(values.holder) && !idProblem(values.holder) ? personKey(values.holder) : undefined;
    if (holder !== undefined) ledger.failHolder(holder, where.year);
  }
  return o;
}

/**
 * The benefit and year of a row whose claim could not be read, from the cells that can be:
 * undefined where the cell itself is the problem (then any benefit, or any year, is marked).
 */
function cellScope(values: RowValues, settings: RowSettings): FailedScope {
  const raw = values.raw;
  const date = given(raw.date) ? parseDate(halfWidth(raw.date)) : settings.defaults.date ? parseDate(settings.defaults.date) : undefined;
  const benefit = given(raw.benefit) ? lookup(BENEFIT_ALIASES, raw.benefit) : 'outpatient';
  return { benefit: benefit as BenefitId | undefined, year: date?.ok ? Math.floor(dateNumber(date.value) / 10000) : undefined };
}

function settleOrFail(
  values: RowValues,
  personId: string | undefined,
  settings: RowSettings,
  ledger: Ledger,
  policies: PolicyCache,
  scope: FailedScope,
  capture?: ClaimCapture,
): RowOutcome | { needCity: string } {
  const { lang } = settings;
  if (values.problem) return { ...failed(values.problem.column, values.problem.message, lang), ...(values.problem.total ? { total: true } : {}) };
  const badId = personId === undefined ? undefined : idProblem(values.personId!);
  if (badId) return failed(columnOf(settings, 'person_id'), badId === 'scientific' ? M.scientificId(values.personId!) : M.controlInId(values.personId!), lang);
  let parsed = parseClaim(claimCells(values), settings.defaults, values.plain === true);
  // a tier cell that is no level word may name a facility the city's policy defines (村卫生室): the city first
  const probe = !parsed.ok && parsed.field === 'tier' ? parseClaim({ ...claimCells(values), tier: '1' }, settings.defaults) : parsed;
  if (!probe.ok) return failed(columnOf(settings, parsed.ok ? probe.field : parsed.field), parsed.ok ? probe.message : parsed.message, lang);
  const answer = policies.get(probe.claim.city);
  if (!answer) return { needCity: probe.claim.city };
  if ('error' in answer) return failed(columnOf(settings, 'city'), answer.error, lang);
  // a facility the policy names is its level for this benefit (三级甲等医院 with its own standard, 村卫生室 …), as calc reads it
  let facility: string | undefined;
  if (answer.policy.facilities && given(values.raw.tier)) {
    try {
      const named = withFacility(claimCells(values), answer.policy);
      if (named.facility !== undefined) {
        facility = named.facility;
        parsed = parseClaim(named.raw, settings.defaults);
      }
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      return failed(columnOf(settings, 'tier'), error.messages, lang);
    }
  }
  if (!parsed.ok) return failed(columnOf(settings, parsed.field), parsed.message, lang);
  const claim = parsed.claim;
  if (facility !== undefined) claim.facility = facility;
  if (capture) capture.claim = { ...claim };
  scope.benefit = claim.benefit;
  scope.year = Math.floor(dateNumber(claim.date) / 10000);

  let person = NONE; // the person's number in the ledger (NONE: their first settled row)
  let carried = NONE; // the ledger's slot of what their earlier rows of the benefit and year carry
  let date = 0;
  let own: Warning[] | undefined; // batch's own warnings for this row
  const model2 = isModel2(answer.policy);
  let key = ''; // model 2: the cap the claim counts against
  let sharing: ReturnType<typeof deductibleSharing>; // model 2: the benefits a yearly deductible is shared with
  let needs: Model2Needs | undefined; // model 2: the per-person records its rules read
  if (personId !== undefined) {
    person = ledger.find(personId);
    date = dateNumber(claim.date);
    if (person !== NONE && date < ledger.lastDate(person)) return failed(columnOf(settings, 'date'), M.outOfOrder(claim.date, dateText(ledger.lastDate(person))), lang);
    if (ledger.failed(personId, claim.benefit, date)) own = [EARLIER_ROW_FAILED];
    // A row's own ytd_* cell restarts the count from there; a --ytd-* flag only starts it, for a
    // person, benefit and year with nothing carried yet (contract "Batch files").
    carried = ledger.carried(person, claim.benefit, date);
    if (carried !== NONE && values.own[OWN_YTD_DEDUCTIBLE] === 0) {
      claim.ytdDeductible = ledger.deductible(person, carried);
      // carried with the fund it was counted beside; a row's own fund cell beside it is a new count
      // whose deductible the row does not say (a payment under a yearly deductible shows it met)
      claim.ytdDeductibleFrom = values.own[OWN_YTD_FUND] === 0 ? 'carried' : 'unsaid';
    }
    if (carried !== NONE && values.own[OWN_YTD_FUND] === 0) claim.ytdFund = ledger.fund(person, carried);
    if (model2) {
      key = capKey(answer.policy, claim);
      sharing = deductibleSharing(answer.policy, claim);
      needs = model2Needs(answer.policy, settings.overrides);
      const open = ledger.model2.carry(person, Math.floor(date / 10000), claim, values.own, key, needs, sharing?.with);
      if (open === 'burden_open') return failed(columnOf(settings, 'ytd_burden'), M.burdenOpen(), lang);
      if (open === 'admission_open') return failed(columnOf(settings, 'admission'), M.admissionOpen(), lang);
    }
  } else if (settings.names?.person_id !== undefined) own = [NO_PERSON_ID]; // the file has the column, this row's cell is blank
  // 家庭共济 per account holder (family_year_cap): what the holder's account paid its relatives this year, carried
  // across their rows (a file without the column, or a policy without the cap, pays nothing here)
  let holder: string | undefined;
  if (model2 && values.holder !== undefined && given(values.holder) && (needs ??= model2Needs(answer.policy, settings.overrides)).familyCap) {
    const bad = idProblem(values.holder);
    if (bad) return failed(columnOf(settings, 'account_holder'), bad === 'scientific' ? M.scientificId(values.holder, true) : M.controlInId(values.holder, true), lang);
    holder = personKey(values.holder);
    if (holder !== undefined) {
      const year = Math.floor(dateNumber(claim.date) / 10000);
      ledger.model2.carryPaid(holder, year, claim, values.own);
      // a row's own ytd_family_paid cell restarts the holder's count: an earlier failure is then not in play
      if (values.own[OWN_YTD_FAMILY_PAID] === 0 && ledger.holderFailed(holder, year)) (own ??= []).push(HOLDER_ROW_FAILED);
    }
  }

  let settled;
  try {
    settled = settle(claim, answer.policy, settings.overrides);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const byDate = error.field === undefined && error.exitCode === 3 ? rulesOfDate(answer.policy, claim.date) : undefined;
    if (byDate) return failed(columnOf(settings, 'date'), { zh: `${byDate.zh}${error.messages.zh}`, en: `${byDate.en}${error.messages.en}` }, lang);
    return failed(columnOf(settings, error.field ?? (error.exitCode === 2 ? 'contribution' : POLICY_COLUMN[error.code])), error.messages, lang);
  }
  const s = settled.settlement;
  // A year's running totals stay within what an input may state (--ytd-fund, a ytd cell): exact, and never past 2^53 fen.
  if (carried !== NONE && (s.ytdFundAfter > MAX_FEN || s.ytdDeductibleAfter > MAX_FEN)) return failed(columnOf(settings, s.ytdFundAfter > MAX_FEN ? 'ytd_fund' : 'ytd_deductible'), M.runningTooLarge(), lang);
  if (personId !== undefined) {
    const status = claim.status === undefined ? 0 : STATUS_BIT[claim.status];
    // One year's count across two statuses is a reading: the row says so (fresh array from settle).
    if (carried !== NONE && mixesStatuses(ledger.statuses(person, carried), status)) {
      settled.warnings.push(...statusChangeWarning(answer.policy, claim, settings.overrides));
    }
    const entry = ledger.record(personId, person, claim.benefit, date, s.ytdDeductibleAfter, s.ytdFundAfter, status, carried);
    if (model2) ledger.model2.record(entry, Math.floor(date / 10000), claim, s, key, needs!, sharing && { with: sharing.with, ownCell: values.own[OWN_YTD_DEDUCTIBLE] === 1 });
  }
  if (holder !== undefined) ledger.model2.recordPaid(holder, Math.floor(dateNumber(claim.date) / 10000), claim, s);
  if (own) settled.warnings.push(...own);
  if (values.read) settled.warnings.push(values.read);
  const warnings = settled.warnings;
  if (!settings.check) return { status: 'ok', settlement: s, warnings };
  // A bad reported_fund is the row's error, but the claim itself is valid: it has been counted
  // in the person's totals above (as batch counts it) and its amounts are shown.
  const bad = (message: Text): RowOutcome => ({ ...failed(columnOf(settings, 'reported_fund'), message, lang), settlement: s, warnings });
  if (!given(values.reported)) return bad(M.reportedMissing());
  // typed as the amounts are (¥420.00, 1,200, full width): the same parser as the amount column
  const reported = parseAmount(halfWidth(values.reported));
  if (!reported.ok) return bad(M.reportedInvalid(values.reported, reported.why));
  const difference = reported.value - s.fundPays;
  if (difference === 0) return { status: 'ok', settlement: s, difference, warnings };
  return { status: 'mismatch', error: `${columnOf(settings, 'reported_fund')}: ${mismatchText(reported.value, s)[lang]}`, settlement: s, difference, warnings };
}
