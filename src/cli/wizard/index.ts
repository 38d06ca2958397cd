// The interactive wizard: `yibao` with an incomplete claim on a terminal. It asks for what
// the flags did not give, prints the explanation, and offers another claim (default no, so
// Enter ends the program), then "the same person?" (default no: a year carried to the wrong
// person gives wrong numbers): yes starts from the person's year so far, no from an empty year.
// Inside the desk (single) it asks one claim and returns: the desk asks what comes next. The
// exit code describes the session. Loaded by dynamic import only, so scripted runs never load
// the prompt library.
import { given, halfWidth, type ClaimField, type RawClaim } from '../../claim/index.js';
import { BENEFIT_ALIASES, TIER_ALIASES, lookup } from '../../claim/aliases.js';
import type { Explanation, Override } from '../../engine/types.js';
import { yearAfter } from '../../ask/year-so-far.js';
import { safeText } from '../../safe-text.js';
import type { Policy } from '../../policy/schema.js';
import { ExitCode, reportError, type Lang } from '../errors.js';
import { dumbTerminal, type Io } from '../io.js';
import { askYesNo, type PromptContext } from '../prompts.js';
import { toClaim } from '../calc/run.js';
import { DEFAULT_CITY } from '../calc/options.js';
import { renderJsonError } from '../render/json.js';
import { outputWidth } from '../render/width.js';
import { wrapLine } from '../render/wrap.js';
import { badFlag, withStandIns, type ClaimDefaults } from './validate.js';
import { withFacility } from '../../claim/facility.js';
import { askClaim } from './questions.js';
import { BENEFIT_NAMES } from '../../engine/index.js';
import { Q } from './text.js';
import { carriedLine } from './carried.js';
import { RULEBOOK_YEAR_FIELDS, rulebookCarry } from './rulebook-carry.js';
import { Unanswerable } from './unanswerable.js';
import { stopOrRetry } from './stop.js';
import { show } from './screen.js';

export interface WizardContext {
  io: Io;
  lang: Lang;
  policyFor(raw: RawClaim): Promise<Policy>;
  /** Explains and prints a claim; the explanation carries the person's year on to the next claim. */
  explainAndPrint(raw: RawClaim): Promise<Explanation>;
  /** --set values from the command line (they make an unknown parameter known). */
  overrides?: readonly Override[];
  /** --format json: a claim that cannot be answered also prints the contract's error object on stdout. */
  json?: boolean;
  /** One claim only (the desk): no "再算一笔?"; a claim that cannot be answered is thrown, as without the wizard. */
  single?: boolean;
  /** What the question said in words, worked out later (ask: 起付线已经付满了): not asked. */
  known?: readonly ClaimField[];
}

/** How one claim ended: explained, or not (its exit code), and whether the person chose to stop there. */
interface Outcome {
  /** The claim as answered (absent when it was stopped before it was complete). */
  raw?: RawClaim;
  explanation?: Explanation;
  exitCode?: number;
  stop?: boolean;
}

export async function runInteractive(initial: RawClaim, ctx: WizardContext): Promise<void> {
  // A bad flag is a usage error before any question, as without the wizard: asking first
  // would only end in the same error, claim after claim.
  const defaults = { city: DEFAULT_CITY, date: ctx.io.today() };
  // --tier naming a facility of the policy (乡镇卫生院) is checked as calc checks it: its level, or calc's error
  const byLevel = given(initial.tier) && lookup(TIER_ALIASES, halfWidth(initial.tier).trim()) === undefined ? withFacility(initial, await ctx.policyFor(initial)).raw : initial;
  if (badFlag(byLevel, defaults)) toClaim(withStandIns(byLevel), defaults); // throws that flag's UsageError
  const prompt: PromptContext = {
    input: ctx.io.stdin,
    output: ctx.io.stdout as unknown as NodeJS.WritableStream,
    lang: ctx.lang,
    plain: dumbTerminal(ctx.io.env),
  };
  let next = initial;
  let carried: string | undefined;
  let explained = 0;
  let outcome: Outcome;
  for (;;) {
    outcome = await oneClaim(next, carried, ctx, prompt, defaults);
    if (outcome.explanation) explained++;
    if (ctx.single || outcome.stop || !(await askYesNo({ message: Q.another[ctx.lang], default: false }, prompt))) break;
    next = withoutYear(initial);
    carried = undefined;
    if (outcome.raw && (await askYesNo({ message: Q.samePerson[ctx.lang], default: false }, prompt))) {
      next = samePerson(initial, outcome.raw, outcome.explanation);
      carried = carriedLine(next, ctx.lang, (outcome.explanation?.result.deductible ?? 0) > 0);
    }
  }
  if (outcome.exitCode === undefined) return;
  // The exit code describes the session: claims were explained, so it ends well, after saying
  // that the last one was not; with none explained it is the last claim's code.
  if (explained > 0) show(ctx.io, `${Q.lastNotAnswered(explained)[ctx.lang]}\n`);
  else throw new ExitCode(outcome.exitCode);
}

/**
 * The next claim of the same person: the same insurance, status and contribution answers, and
 * the year so far carried on (deductible met, fund paid) from the claim just explained, as
 * batch does for a person's rows. The facility, the amount and the details are asked afresh.
 */
export function samePerson(initial: RawClaim, last: RawClaim, explanation: Explanation | undefined): RawClaim {
  const next: RawClaim = { ...initial };
  for (const field of PERSON_FIELDS) if (given(last[field])) next[field] = last[field];
  if (explanation) {
    // the deductible met carries on only where it counts over the year; elsewhere it is charged again
    const year = yearAfter(explanation);
    if (year.ytd_deductible !== undefined) next.ytd_deductible = year.ytd_deductible;
    else delete next.ytd_deductible;
    next.ytd_fund = year.ytd_fund;
  }
  // policy model 2: the person's grade, group, diseases and age, the next stay, the layers' year so far
  return { ...next, ...rulebookCarry(last, explanation) };
}

/** The claim's year so far: one person's, never carried to another. */
const YEAR_FIELDS: readonly ClaimField[] = ['ytd_deductible', 'ytd_fund', ...RULEBOOK_YEAR_FIELDS];

/** The flags (or the question) for someone else: the same, with an empty year. */
export function withoutYear(initial: RawClaim): RawClaim {
  const next: RawClaim = { ...initial };
  for (const field of YEAR_FIELDS) delete next[field];
  return next;
}

/** What stays the same for one person within a session. */
const PERSON_FIELDS: readonly ClaimField[] = ['scheme', 'status', 'contribution', 'contribution_years_met', 'ytd_deductible', 'ytd_fund'];

/** Asks and explains one claim; `carried` says what it starts from (the same person's year so far). */
async function oneClaim(initial: RawClaim, carried: string | undefined, ctx: WizardContext, prompt: PromptContext, defaults: ClaimDefaults): Promise<Outcome> {
  const policy = await ctx.policyFor(initial);
  show(ctx.io, `${intro(initial, policy, defaults.date, ctx.lang, ctx.single ?? false)}\n`);
  if (carried) show(ctx.io, `${carried}\n`);
  let raw: RawClaim;
  for (;;) {
    try {
      raw = await askClaim(initial, { lang: ctx.lang, prompt, defaults, policy, initial, overrides: ctx.overrides ?? [], known: ctx.known ?? [] });
      break;
    } catch (error) {
      if (!(error instanceof Unanswerable)) throw error;
      // Said at once, before the facility and the amount: then another type, or stop (exit 3).
      if (await stopOrRetry(error, policy, ctx, prompt)) return { exitCode: 3, stop: true };
    }
  }
  try {
    ctx.io.stdout.write('\n');
    const explanation = await ctx.explainAndPrint(raw);
    ctx.io.stdout.write('\n');
    return { raw, explanation };
  } catch (error) {
    // A claim the policy cannot answer (exit 3) or a flag the answers contradict (exit 2):
    // say why and let the citizen try another claim rather than ending the session.
    const report = reportError(error, ctx.lang);
    if (report.exitCode !== 2 && report.exitCode !== 3) throw error;
    ctx.io.stderr.write(`${atWidth(`yibao: ${report.message}`, ctx.io)}\n`);
    if (ctx.json) ctx.io.stdout.write(renderJsonError(report.code, report.message));
    ctx.io.stdout.write('\n');
    return { raw, exitCode: report.exitCode };
  }
}

function intro(raw: RawClaim, policy: Policy, today: string, lang: Lang, atDesk: boolean): string {
  const benefit = lookup(BENEFIT_ALIASES, raw.benefit ?? '') ?? 'outpatient';
  const date = given(raw.date) ? halfWidth(raw.date).trim() : today;
  return safeText(Q.intro(policy.name[lang], BENEFIT_NAMES[benefit][lang], date, atDesk)[lang]);
}

/**
 * A message wrapped to the terminal where it goes to one (the wizard's exit-3 answer is long: the terminal
 * itself cut "--set family_⏎year_cap.per" at 80 columns); lines break only where UAX #14 allows (wrap.ts),
 * so a flag or a --set key stays whole. Not a terminal: as it is.
 */
export function atWidth(text: string, io: Pick<Io, 'stdout' | 'stderr' | 'env'>): string {
  const width = io.stderr.isTTY ? outputWidth(io.stdout, io.env) : undefined;
  return width === undefined ? text : text.split('\n').flatMap((line, i) => wrapLine(line, width - 1, i === 0 ? 2 : undefined)).join('\n');
}
