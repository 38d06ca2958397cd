// Raw strings (CLI flags, wizard answers, batch cells) -> a normalized Claim, the one object
// the engine sees. The first problem found is returned, naming its field; nothing is thrown.
// Decision: a status given for a resident is an error (not ignored): status means
// 在职/退休 of employee insurance, and a resident row that carries one is most likely a
// mis-keyed scheme, which silently dropping it would hide.
import type { Claim, Fen } from '../engine/types.js';
import { parseRatio, parseYuan } from '../money/money.js';
import { BENEFIT_ALIASES, RELATION_ALIASES, SCHEME_ALIASES, STATUS_ALIASES, TIER_ALIASES, YES_NO_ALIASES, choices } from './aliases.js';
import { cityId } from '../cities.js';
import { CLAIM_FIELDS, MAX_FEN, given, type ClaimField, type RawClaim } from './fields.js';
import { claimMessages as M, type Text } from './messages.js';
import { halfWidth, hasWide } from '../text/width.js';
import { parseAmount, parseDate } from './values.js';
import { MODEL2_FIELDS, model2Fields, model2Plan, type Model2Plan } from './model2.js';
import { Problem, oneOf } from './problem.js';
import { FixedClaim } from './fixed-claim.js';

export { isCalendarDate } from './values.js';

export type ClaimProblem = { ok: false; field: ClaimField; code: 'missing' | 'invalid'; message: Text };
export type ParseClaimResult = { ok: true; claim: Claim } | ClaimProblem;

/** The community kind's own id and bare word: they name no particular facility. */
const COMMUNITY_ITSELF = new Set(['community', '社区']);

/** Contribution level: a share of the average wage, 0 to 10 (1000%) to catch typos like 85 for 85%. */
const MAX_CONTRIBUTION_BP = 100_000;


const NO_HINT: Text = { zh: '', en: '' };
const hint = (table: Readonly<Record<string, string>>): Text => ({ zh: choices(table), en: choices(table) });
const SCHEME_HINT = hint(SCHEME_ALIASES);
const STATUS_HINT = hint(STATUS_ALIASES);
const TIER_HINT = hint(TIER_ALIASES);

function pick<T extends string>(raw: RawClaim, field: ClaimField, table: Readonly<Record<string, T>>): T | undefined {
  const text = raw[field];
  return given(text) ? oneOf(field, text, table) : undefined;
}

function required<T>(value: T | undefined, field: ClaimField, hint: Text = NO_HINT): T {
  if (value === undefined) throw new Problem(field, 'missing', hint);
  return value;
}

/** A number as typed (already half-width, see normalize.ts), without a trailing 元. */
function plainNumber(text: string): string {
  return text.includes('元') ? text.trim().replace(/\s*元$/, '') : text;
}

/** Fields that hold a policy's own names (低保对象（年满70周岁）): matched as the policy writes them, never made half-width. */
const NAMES: ReadonlySet<ClaimField> = new Set<ClaimField>(['assistance', 'disease', 'diseases']);

/**
 * Every given value but a name made half-width once, so that each field below reads plain ASCII. A batch
 * row of plain ASCII (nearly all of them) is returned as it is, without a copy.
 */
function halfWidthRaw(raw: RawClaim, fields: readonly ClaimField[]): RawClaim {
  let out: RawClaim | undefined;
  for (let k = 0; k < fields.length; k++) {
    const field = fields[k]!;
    const value = raw[field];
    if (value === undefined || NAMES.has(field) || !hasWide(value)) continue;
    out ??= { ...raw };
    out[field] = halfWidth(value);
  }
  return out ?? raw;
}

function money(raw: RawClaim, field: ClaimField): Fen | undefined {
  const text = raw[field];
  if (!given(text)) return undefined;
  // Plain digits (nearly every batch cell) need no result object: parseAmount reads them the same way.
  let fen = parseYuan(text);
  if (fen === null) {
    const amount = parseAmount(text);
    if (!amount.ok) throw new Problem(field, 'invalid', M.notMoney(field, text, amount.why));
    fen = amount.value;
  }
  if (fen > MAX_FEN) throw new Problem(field, 'invalid', M.notMoney(field, text));
  return fen;
}

/**
 * The ids typed for a city outside the index (a --policy file's, on every row of a batch): each
 * text's once. Bounded.
 */
const PLAIN_IDS = new Map<string, string>();

/** The city as typed (随州, Suizhou, suizhou) -> a policy id; an id outside the bundled index is kept for --policy files. */
function cityOf(text: string): string {
  const known = cityId(text);
  if (known !== undefined) return known;
  let id = PLAIN_IDS.get(text);
  if (id !== undefined) return id;
  id = text.trim().toLowerCase();
  if (!/^[a-z][a-z0-9-]{0,40}$/.test(id)) throw new Problem('city', 'invalid', M.notCity(text.trim()));
  if (PLAIN_IDS.size >= 1000) PLAIN_IDS.clear();
  PLAIN_IDS.set(text, id);
  return id;
}

/**
 * What fills a field that is not given: the city and the date (today for calc; in batch only a
 * --date flag, so that a blank date cell is an error, never today).
 */
export interface ClaimDefaults {
  city: string;
  date?: string | undefined;
  /**
   * The only fields a raw claim from this source can give (batch: the file's columns and the
   * command's flags), so that a million rows are not each scanned for all of CLAIM_FIELDS; every
   * field when not said. See claimSource.
   */
  source?: ClaimSource | undefined;
  /**
   * Every field of the claim present, undefined when not given (batch: a million claims of one
   * shape, see fixed-claim.ts); otherwise a field not given is absent.
   */
  fixedShape?: boolean | undefined;
}

/** The fields a source of raw claims can give, whether any is a model-2 field, and which (model2.ts). */
export interface ClaimSource {
  fields: readonly ClaimField[];
  model2: boolean;
  plan: Model2Plan;
}

/** The source that gives `fields` (batch: its columns and flags). */
export const claimSource = (fields: readonly ClaimField[]): ClaimSource => ({ fields, model2: fields.some((f) => MODEL2_SET.has(f)), plan: model2Plan(fields) });

const MODEL2_SET: ReadonlySet<ClaimField> = new Set(MODEL2_FIELDS);
const ANY_SOURCE = claimSource(CLAIM_FIELDS);

function parseFields(typed: RawClaim, defaults: ClaimDefaults, plain: boolean): Claim {
  const source = defaults.source ?? ANY_SOURCE;
  const raw = plain ? typed : halfWidthRaw(typed, source.fields);
  const city = cityOf(given(raw.city) ? raw.city : defaults.city);
  const dateText = given(raw.date) ? raw.date : required(defaults.date, 'date');
  const date = parseDate(dateText);
  if (!date.ok) throw new Problem('date', 'invalid', M.notDate(dateText.trim(), date.why));

  const scheme = required(pick(raw, 'scheme', SCHEME_ALIASES), 'scheme', SCHEME_HINT);
  const status = pick(raw, 'status', STATUS_ALIASES);
  if (scheme === 'employee') required(status, 'status', STATUS_HINT);
  if (scheme === 'resident' && status !== undefined) throw new Problem('status', 'invalid', M.statusForResident());
  const benefit = pick(raw, 'benefit', BENEFIT_ALIASES) ?? 'outpatient';
  const tier = required(pick(raw, 'tier', TIER_ALIASES), 'tier', TIER_HINT);

  const amount = required(money(raw, 'amount'), 'amount');
  if (amount === 0) throw new Problem('amount', 'invalid', M.amountZero());
  const outOfScope = money(raw, 'out_of_scope') ?? 0;
  const ytdDeductible = money(raw, 'ytd_deductible') ?? 0;
  const ytdFund = money(raw, 'ytd_fund') ?? 0;
  const account = money(raw, 'account') ?? 0;
  const family = money(raw, 'family') ?? 0;
  const relation = pick(raw, 'relation', RELATION_ALIASES);

  let contribution: number | undefined;
  if (given(raw.contribution)) {
    const bp = parseRatio(plainNumber(raw.contribution));
    if (bp === null || bp > MAX_CONTRIBUTION_BP) throw new Problem('contribution', 'invalid', M.notRatio(raw.contribution));
    contribution = bp;
  }

  const yearsMet = pick(raw, 'contribution_years_met', YES_NO_ALIASES);

  if (outOfScope > amount) throw new Problem('out_of_scope', 'invalid', M.outOfScopeAboveAmount());
  if (scheme === 'resident' && account > 0) throw new Problem('account', 'invalid', M.accountForResident());
  if (family > 0 && relation === undefined) throw new Problem('relation', 'missing', M.relationForFamily());

  const claim: Claim = defaults.fixedShape
    ? new FixedClaim(city, date.value, scheme, benefit, tier, amount, outOfScope, ytdDeductible, ytdFund, account, family)
    : { city, date: date.value, scheme, benefit, tier, amount, outOfScope, ytdDeductible, ytdFund, account, family };
  if (status !== undefined) claim.status = status;
  if (relation !== undefined) claim.relation = relation;
  // the caller's own word for a community facility: the policy may name another kind (engine: a reading)
  const facility = tier === 'community' ? raw.tier!.replace(/\s+/gu, '') : '';
  if (facility !== '' && !COMMUNITY_ITSELF.has(facility.toLowerCase())) claim.facility = facility;
  // not given: 0 taken, and the engine may find it met from a fund payment this year
  if (!given(raw.ytd_deductible)) claim.ytdDeductibleFrom = 'unsaid';
  if (contribution !== undefined) claim.contribution = contribution;
  if (yearsMet !== undefined) claim.yearsMet = yearsMet === 'yes';
  if (source.model2) model2Fields(raw, date.value, money, claim, source.plan);
  return claim;
}

/** The fields that take a default (or nothing) when not given. */
const DEFAULTED: readonly ClaimField[] = ['city', 'date', 'benefit', 'out_of_scope', 'ytd_deductible', 'ytd_fund', 'account', 'family', 'relation', 'contribution', 'contribution_years_met', ...MODEL2_FIELDS];

/**
 * For a front end where a value is typed on purpose (a flag, unlike a blank CSV cell): a blank
 * value of a field with a default is invalid, since it would otherwise silently mean the default
 * (`--date ""` is not today). Blank required fields are left to parseClaim ("missing").
 */
export function blankGiven(raw: RawClaim): ClaimProblem | undefined {
  const field = DEFAULTED.find((f) => raw[f] !== undefined && !given(raw[f]));
  return field === undefined ? undefined : { ok: false, field, code: 'invalid', message: M.blank(field) };
}

/**
 * Parses a raw claim; city and date default to the given values (calc: --city's default and
 * today; batch: the flags only). `plain`: the caller knows that no value has a character
 * halfWidth changes (batch checks a row's whole line once), so each value is not checked.
 */
export function parseClaim(raw: RawClaim, defaults: ClaimDefaults, plain = false): ParseClaimResult {
  try {
    return { ok: true, claim: parseFields(raw, defaults, plain) };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    const message = error.code === 'missing' ? M.missing(error.field, error.message) : error.message;
    return { ok: false, field: error.field, code: error.code, message };
  }
}
