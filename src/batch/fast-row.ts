// A row of a plain CSV file under a --policy file of model 2, settled without reading its words
// again. A file of a million rows holds a few hundred combinations of words (scheme, status,
// grade, benefit, level, diseases, assistance group): the first row of each is settled by the
// general path (row.ts), which leaves a copy of the claim its cells made; each later row of the
// combination is that claim with the row's own date and amounts, its person's carried totals set
// as the general path sets them, and settled by the same engine functions with the combination's
// rules (the rules settle() would look up for it). Only its words are not parsed again, and only
// the cells that are not words are read: the person id, the date and the amounts.
// Anything else takes the general path, which gives the same answer and the errors: a file with
// any other column or a flag, --check, an id that needs normalising, a date or an amount written
// any other way than 2025-03-01 and 1234.56, a row that does not settle (an error of any kind,
// before anything is recorded), a person with an earlier failed row, a total row.
import { CLAIM_FIELDS, type ClaimField } from '../claim/index.js';
import { MAX_FEN } from '../claim/fields.js';
import { isCalendarDate } from '../claim/values.js';
import { FixedClaim } from '../claim/fixed-claim.js';
import { parseYuan } from '../money/money.js';
import { settleWith, warningsOf } from '../engine/settle.js';
import { rulesFor, type Rules } from '../engine/rules.js';
import { versionIndexInForce } from '../engine/version.js';
import { PolicyError, type Claim, type Fen, type Override } from '../engine/types.js';
import type { Policy } from '../policy/schema.js';
import { NONE, STATUS_BIT, dateNumber, mixesStatuses, type Ledger } from './ledger.js';
import { capKey, deductibleSharing, isModel2, model2Needs, type Model2Needs } from './carry-v2.js';
import { plainId } from './person.js';
import { settleRow, statusChangeWarning, type ClaimCapture, type RowOutcome, type RowSettings } from './row.js';
import type { CsvTable } from './table.js';
import type { PolicyCache } from './policies.js';

/** The claim fields a fast row's columns may give: its words, its date and its amounts. */
const WORDS: readonly ClaimField[] = ['scheme', 'status', 'grade', 'benefit', 'tier', 'disease', 'diseases', 'assistance'];
const AMOUNTS: readonly ClaimField[] = ['amount', 'out_of_scope', 'class_b', 'class_b_drugs', 'class_b_items'];
const FAST_FIELDS: ReadonlySet<ClaimField> = new Set<ClaimField>([...WORDS, ...AMOUNTS, 'date']);

/** No field given by a row's own cell that restarts a carried count (a fast row has no such column). */
const NO_OWN_CELLS = new Uint8Array(CLAIM_FIELDS.length);

/**
 * The words seen in one column, each a small number: the first few found by comparing (a column
 * holds a handful of words, and a row's cells are new strings each time, which a Map would hash),
 * the rest by a Map.
 */
class Words {
  private readonly first: string[] = [];
  private readonly rest = new Map<string, number>();

  number(cell: string): number {
    const first = this.first;
    for (let j = 0; j < first.length; j++) if (first[j] === cell) return j;
    if (first.length < 16) return first.push(cell) - 1;
    let j = this.rest.get(cell);
    if (j === undefined) this.rest.set(cell, (j = 16 + this.rest.size));
    return j;
  }

  get size(): number {
    return this.first.length + this.rest.size;
  }
}

/** A combination's words as a path of numbers, one per column: each step an array indexed by the next column's word. */
type Trie = (Trie | Combination | null | undefined)[];

/** A combination's claim as its first row's cells made it, and what the settlement of its rows looks up, per version. */
interface Combination {
  claim: Claim;
  /** Per version index: the combination's rules, cap key and shared deductible, worked out at its first fast row. */
  byVersion: (Versioned | undefined)[];
}
interface Versioned {
  rules: Rules;
  key: string;
  sharing: ReturnType<typeof deductibleSharing>;
}

/** Switched off by the test that settles the same rows both ways (test/batch/fast-row.test.ts), which reads `rows`: how many rows were settled here. */
export const fastRowSwitch = { on: true, rows: 0 };

/** At most this many combinations and dates are kept (a file of endless words goes the general way). */
const MAX_KEPT = 10_000;

export class FastRows {
  /** The combinations seen, by their words' numbers (a leaf: the combination, or null where its rows take the general path). */
  private readonly combinations: Trie = [];
  private count = 0;
  private readonly seen: Words[];
  /** Per date as written: its version index, or -1 where it is not a plain date in force (the general path). */
  private readonly dates = new Map<string, number>();
  private readonly needs: Model2Needs;
  private readonly capture: ClaimCapture = {};

  private constructor(
    private readonly table: CsvTable,
    private readonly settings: RowSettings,
    private readonly ledger: Ledger,
    private readonly policies: PolicyCache,
    private readonly policy: Policy,
    private readonly overrides: readonly Override[],
    private readonly width: number,
    private readonly person: number,
    private readonly date: number,
    private readonly words: readonly number[],
    /** The columns of amount, out_of_scope, class_b, class_b_drugs and class_b_items (-1: none). */
    private readonly amounts: readonly number[],
  ) {
    this.needs = model2Needs(policy, overrides);
    this.seen = words.map(() => new Words());
  }

  /** The fast rows of a table, where its file and the command allow them; else undefined (every row the general way). */
  static of(table: CsvTable, settings: RowSettings, ledger: Ledger, policies: PolicyCache, policy: Policy | undefined): FastRows | undefined {
    if (!fastRowSwitch.on || !policy || !isModel2(policy) || settings.check || settings.defaults.fixedShape !== true) return undefined;
    const l = table.layout();
    if (l.flags || l.person < 0 || l.reported >= 0 || l.holder >= 0 || !l.fields.every((f) => FAST_FIELDS.has(f))) return undefined;
    const column = (f: ClaimField) => {
      const i = l.fields.indexOf(f);
      return i < 0 ? -1 : l.columns[i]!;
    };
    if (column('date') < 0 || column('amount') < 0) return undefined;
    const words = WORDS.map(column).filter((c) => c >= 0);
    return new FastRows(table, settings, ledger, policies, policy, settings.overrides, table.header.length, l.person, column('date'), words, AMOUNTS.map(column));
  }

  /** The row's outcome, settled here or by the general path; undefined: the caller settles it the general way. */
  row(cells: string[], line: string | undefined): RowOutcome | undefined {
    if (cells.length !== this.width || this.count > MAX_KEPT) return undefined;
    const id = cells[this.person]!;
    if (!plainId(id) || this.table.isTotal(cells)) return undefined;
    // the combination: its words' numbers, column by column, as a path in the trie
    const words = this.words;
    let node = this.combinations;
    const last = words.length - 1;
    for (let i = 0; i < last; i++) {
      const j = this.seen[i]!.number(cells[words[i]!]!);
      node = (node[j] ??= []) as Trie;
    }
    const leaf = this.seen[last]!.number(cells[words[last]!]!);
    const combination = node[leaf] as Combination | null | undefined;
    if (combination === undefined) return this.first(node, leaf, cells, line);
    if (combination === null) return undefined;
    const dateText = cells[this.date]!;
    let version = this.dates.get(dateText);
    if (version === undefined) {
      version = isCalendarDate(dateText) ? versionIndexInForce(this.policy, dateText) : -1;
      if (this.dates.size >= MAX_KEPT) this.dates.clear();
      this.dates.set(dateText, version);
    }
    if (version < 0) return undefined;
    return this.settle(combination, version, id, dateText, cells);
  }

  /** The first row of a combination: the general path settles it and leaves its claim, the combination's from then on. */
  private first(node: Trie, leaf: number, cells: string[], line: string | undefined): RowOutcome | undefined {
    const capture = this.capture;
    capture.claim = undefined;
    const o = settleRow(this.table.values(cells, undefined, line), this.settings, this.ledger, this.policies, capture);
    if ('needCity' in o) throw new Error('fast rows: a --policy file answers every city'); // PolicyCache with a fixed policy
    const c = capture.claim as Claim | undefined; // set by settleRow
    // a claim the cells could not make (its amount, say) teaches nothing: the next row of the words tries again
    // a file of endless different words: after MAX_KEPT first rows, every row takes the general path
    this.count++;
    if (c !== undefined) {
      node[leaf] = copiable(c) ? { claim: c, byVersion: [] } : null;
    }
    return o;
  }

  /** A row of a known combination, from its claim; undefined where anything is not as the fast path takes it. */
  private settle(combination: Combination, version: number, personId: string, date: string, cells: string[]): RowOutcome | undefined {
    const a = this.amounts;
    const amount = fen(cells[a[0]!]!);
    if (amount === undefined || amount === 0) return undefined;
    const outOfScope = a[1]! < 0 ? 0 : cells[a[1]!] === '' ? 0 : fen(cells[a[1]!]!);
    if (outOfScope === undefined || outOfScope > amount) return undefined;
    const classB = a[2]! < 0 || cells[a[2]!] === '' ? null : fen(cells[a[2]!]!);
    const classBDrugs = a[3]! < 0 || cells[a[3]!] === '' ? null : fen(cells[a[3]!]!);
    const classBItems = a[4]! < 0 || cells[a[4]!] === '' ? null : fen(cells[a[4]!]!);
    if (classB === undefined || classBDrugs === undefined || classBItems === undefined) return undefined;

    const t = combination.claim;
    const claim: Claim = new FixedClaim(t.city, date, t.scheme, t.benefit, t.tier, amount, outOfScope, 0, 0, 0, 0);
    claim.status = t.status;
    claim.facility = t.facility;
    claim.ytdDeductibleFrom = t.ytdDeductibleFrom;
    claim.grade = t.grade;
    claim.disease = t.disease;
    claim.diseases = t.diseases;
    claim.assistance = t.assistance;
    if (classB !== null) claim.classB = classB;
    if (classBDrugs !== null) claim.classBDrugs = classBDrugs;
    if (classBItems !== null) claim.classBItems = classBItems;

    // what the person's earlier rows carry, as settleOrFail (row.ts) sets it for a row without ytd cells
    const ledger = this.ledger;
    const person = ledger.find(personId);
    const day = dateNumber(date);
    if (person !== NONE && day < ledger.lastDate(person)) return undefined;
    if (ledger.failed(personId, claim.benefit, day)) return undefined;
    const carried = ledger.carried(person, claim.benefit, day);
    if (carried !== NONE) {
      claim.ytdDeductible = ledger.deductible(person, carried);
      claim.ytdDeductibleFrom = 'carried';
      claim.ytdFund = ledger.fund(person, carried);
    }
    const v = combination.byVersion[version] ?? this.versioned(combination, version, claim);
    if (v === undefined) return undefined;
    const year = Math.floor(day / 10000);
    if (ledger.model2.carry(person, year, claim, NO_OWN_CELLS, v.key, this.needs, v.sharing?.with) !== undefined) return undefined;

    // settle(): a claim without a stay across versions, status_from or an emergency filing is settled on its rules
    let s;
    let warnings;
    try {
      s = settleWith(v.rules, claim);
      warnings = warningsOf(v.rules, claim, s);
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      return undefined;
    }
    if (carried !== NONE && (s.ytdFundAfter > MAX_FEN || s.ytdDeductibleAfter > MAX_FEN)) return undefined;

    const status = claim.status === undefined ? 0 : STATUS_BIT[claim.status];
    if (carried !== NONE && mixesStatuses(ledger.statuses(person, carried), status)) warnings.push(...statusChangeWarning(this.policy, claim, this.overrides));
    const entry = ledger.record(personId, person, claim.benefit, day, s.ytdDeductibleAfter, s.ytdFundAfter, status, carried);
    ledger.model2.record(entry, year, claim, s, v.key, this.needs, v.sharing && { with: v.sharing.with, ownCell: false });
    fastRowSwitch.rows++;
    return { status: 'ok', settlement: s, warnings };
  }

  /** The combination's rules, cap key and shared deductible in a version (the same for every date of it); undefined where its rules are an error. */
  private versioned(combination: Combination, version: number, claim: Claim): Versioned | undefined {
    let rules: Rules;
    try {
      rules = rulesFor(this.policy, claim, this.overrides, claim.date);
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      return undefined;
    }
    const v = { rules, key: capKey(this.policy, claim), sharing: deductibleSharing(this.policy, claim) };
    combination.byVersion[version] = v;
    return v;
  }
}

/** The fields a fast row takes from its combination's claim (settle() below copies exactly these). */
const COPIED: ReadonlySet<string> = new Set(['city', 'scheme', 'benefit', 'tier', 'status', 'facility', 'ytdDeductibleFrom', 'grade', 'disease', 'diseases', 'assistance']);
/** The fields a fast row sets from its own cells, or carried: its date and amounts, and the zeros no column of a fast row gives. */
const OWN: ReadonlySet<string> = new Set(['date', 'amount', 'outOfScope', 'classB', 'classBDrugs', 'classBItems']);
const ZERO: readonly string[] = ['ytdDeductible', 'ytdFund', 'account', 'family'];

/**
 * Whether every field of a combination's first claim is one a fast row copies or sets: a field the
 * parser sets from these cells that the copy would leave out (a parser of tomorrow) sends the
 * combination the general way, never a different answer. Nor a claim settle() treats apart (a stay
 * across versions, status_from, an emergency filing tried both ways): those fields are not copied.
 */
function copiable(c: Claim): boolean {
  const fields = c as unknown as Record<string, unknown>;
  for (const k of Object.keys(fields)) if (!COPIED.has(k) && !OWN.has(k) && !ZERO.includes(k) && fields[k] !== undefined) return false;
  return ZERO.every((k) => fields[k] === 0);
}

/** An amount written as plain digits with at most two decimals (1234.56), as the claim parser reads it; undefined for anything else. */
function fen(text: string): Fen | undefined {
  const f = parseYuan(text);
  return f === null || f > MAX_FEN ? undefined : f;
}
