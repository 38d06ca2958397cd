// One batch row -> its outcome: parse the cells into a claim (missing cells take the command's
// flags), carry the person's year-to-date totals, settle, and for `check` compare with
// reported_fund. Every problem becomes the row's error naming its column; nothing is thrown
// for bad data. An errored row leaves the ledger untouched (see ledger.ts).
import { parseClaim, given, type RawClaim } from '../claim/index.js';
import { settle } from '../engine/index.js';
import { parseYuan } from '../engine/money.js';
import { PolicyError, type Fen, type Override, type Settlement, type Warning } from '../engine/types.js';
import { dateNumber, dateText, type Ledger, type Person } from './ledger.js';
import type { PolicyCache } from './policies.js';
import { batchMessages as M, type Text } from './messages.js';

export type Lang = 'zh' | 'en';
export type RowStatus = 'ok' | 'error' | 'mismatch';

/** The cells of a row that batch reads, already merged with the command's flags. */
export interface RowValues {
  raw: RawClaim;
  personId: string | undefined;
  reported: string | undefined;
  /** A problem found while reading the row (wrong number of cells, not a JSON object). */
  problem?: { column: string; message: Text } | undefined;
}

export interface RowOutcome {
  status: RowStatus;
  /** The error in the user's language, prefixed with the column it concerns. */
  error?: string;
  settlement?: Settlement;
  /** check only: reported_fund − fund_pays. */
  difference?: Fen;
  warnings?: readonly Warning[];
}

export interface RowSettings {
  defaults: { city: string; date: string };
  overrides: readonly Override[];
  check: boolean;
  lang: Lang;
}

/** The column a policy's refusal concerns. */
const POLICY_COLUMN: Readonly<Record<PolicyError['code'], string>> = {
  unknown_parameter: 'benefit',
  benefit_not_covered: 'benefit',
  no_version: 'date',
  tier_not_defined: 'tier',
  needs_input: 'contribution',
};

const failed = (column: string, message: Text, lang: Lang): RowOutcome => ({ status: 'error', error: `${column}: ${message[lang]}` });

/** The row's outcome, or the city whose policy must be loaded first (then call again). */
export function settleRow(values: RowValues, settings: RowSettings, ledger: Ledger, policies: PolicyCache): RowOutcome | { needCity: string } {
  const { lang } = settings;
  if (values.problem) return failed(values.problem.column, values.problem.message, lang);
  const parsed = parseClaim(values.raw, settings.defaults);
  if (!parsed.ok) return failed(parsed.field, parsed.message, lang);
  const claim = parsed.claim;

  let reported: Fen | undefined;
  if (settings.check) {
    if (!given(values.reported)) return failed('reported_fund', M.reportedMissing(), lang);
    const fen = parseYuan(values.reported);
    if (fen === null) return failed('reported_fund', M.reportedInvalid(values.reported), lang);
    reported = fen;
  }

  const answer = policies.get(claim.city);
  if (!answer) return { needCity: claim.city };
  if ('error' in answer) return failed('city', answer.error, lang);

  const personId = given(values.personId) ? values.personId.trim() : undefined;
  let person: Person | undefined;
  let date = 0;
  if (personId !== undefined) {
    person = ledger.find(personId);
    date = dateNumber(claim.date);
    if (person !== undefined && date < person.date) return failed('date', M.outOfOrder(claim.date, dateText(person.date)), lang);
    const carried = ledger.carried(person, claim.benefit, date);
    // A row's own ytd_* value restarts the count from there.
    if (!given(values.raw.ytd_deductible)) claim.ytdDeductible = carried.deductible;
    if (!given(values.raw.ytd_fund)) claim.ytdFund = carried.fund;
  }

  let settled;
  try {
    settled = settle(claim, answer.policy, settings.overrides);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    return failed(error.exitCode === 2 ? 'contribution' : POLICY_COLUMN[error.code], error.messages, lang);
  }
  const s = settled.settlement;
  if (personId !== undefined) ledger.record(personId, person, claim.benefit, date, s.ytdDeductibleAfter, s.ytdFundAfter);
  if (reported === undefined) return { status: 'ok', settlement: s, warnings: settled.warnings };
  const difference = reported - s.fundPays;
  return { status: difference === 0 ? 'ok' : 'mismatch', settlement: s, difference, warnings: settled.warnings };
}
