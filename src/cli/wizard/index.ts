// The interactive wizard (issue 4): `yibao` with an incomplete claim on a terminal. It asks
// for what the flags did not give, prints the explanation, and offers another claim (default
// no, so Enter ends the program). Loaded by dynamic import only, so scripted runs never load
// the prompt library.
import { given, halfWidth, type RawClaim } from '../../claim/index.js';
import { BENEFIT_ALIASES, lookup } from '../../claim/aliases.js';
import type { Override } from '../../engine/types.js';
import type { Policy } from '../../policy/schema.js';
import { ExitCode, reportError, type Lang } from '../errors.js';
import type { Io } from '../io.js';
import { askYesNo, type PromptContext } from '../prompts.js';
import { toClaim } from '../calc/run.js';
import { DEFAULT_CITY } from '../calc/options.js';
import { renderJsonError } from '../render/json.js';
import { badFlag, withStandIns, type ClaimDefaults } from './validate.js';
import { askClaim } from './questions.js';
import { BENEFIT_NAMES } from '../../engine/index.js';
import { Q } from './text.js';
import { Unanswerable } from './unanswerable.js';
import { stopOrRetry } from './stop.js';

export interface WizardContext {
  io: Io;
  lang: Lang;
  policyFor(raw: RawClaim): Promise<Policy>;
  explainAndPrint(raw: RawClaim): Promise<void>;
  /** --set values from the command line (they make an unknown parameter known). */
  overrides?: readonly Override[];
  /** --format json: a claim that cannot be answered also prints the contract's error object on stdout. */
  json?: boolean;
}

/** How one claim ended: explained (no code), or not, and whether the person chose to stop there. */
interface Outcome {
  exitCode?: number;
  stop?: boolean;
}

export async function runInteractive(initial: RawClaim, ctx: WizardContext): Promise<void> {
  // A bad flag is a usage error before any question, as without the wizard: asking first
  // would only end in the same error, claim after claim.
  const defaults = { city: DEFAULT_CITY, date: ctx.io.today() };
  if (badFlag(initial, defaults)) toClaim(withStandIns(initial), defaults); // throws that flag's UsageError
  const prompt: PromptContext = {
    input: ctx.io.stdin,
    output: ctx.io.stdout as unknown as NodeJS.WritableStream,
    lang: ctx.lang,
  };
  let outcome: Outcome;
  do {
    outcome = await oneClaim(initial, ctx, prompt, defaults);
  } while (!outcome.stop && (await askYesNo({ message: Q.another[ctx.lang], default: false }, prompt)));
  // The last claim could not be explained: its message is shown; the exit code says so too.
  if (outcome.exitCode !== undefined) throw new ExitCode(outcome.exitCode);
}

/** Asks and explains one claim. */
async function oneClaim(initial: RawClaim, ctx: WizardContext, prompt: PromptContext, defaults: ClaimDefaults): Promise<Outcome> {
  const policy = await ctx.policyFor(initial);
  ctx.io.stdout.write(`${intro(initial, policy, defaults.date, ctx.lang)}\n`);
  let raw: RawClaim;
  for (;;) {
    try {
      raw = await askClaim(initial, { lang: ctx.lang, prompt, defaults, policy, initial, overrides: ctx.overrides ?? [] });
      break;
    } catch (error) {
      if (!(error instanceof Unanswerable)) throw error;
      // Said at once, before the facility and the amount: then another type, or stop (exit 3).
      if (await stopOrRetry(error, policy, ctx, prompt)) return { exitCode: 3, stop: true };
    }
  }
  try {
    ctx.io.stdout.write('\n');
    await ctx.explainAndPrint(raw);
    ctx.io.stdout.write('\n');
    return {};
  } catch (error) {
    // A claim the policy cannot answer (exit 3) or a flag the answers contradict (exit 2):
    // say why and let the citizen try another claim rather than ending the session.
    const report = reportError(error, ctx.lang);
    if (report.exitCode !== 2 && report.exitCode !== 3) throw error;
    ctx.io.stderr.write(`yibao: ${report.message}\n`);
    if (ctx.json) ctx.io.stdout.write(renderJsonError(report.code, report.message));
    ctx.io.stdout.write('\n');
    return { exitCode: report.exitCode };
  }
}

function intro(raw: RawClaim, policy: Policy, today: string, lang: Lang): string {
  const benefit = lookup(BENEFIT_ALIASES, raw.benefit ?? '') ?? 'outpatient';
  const date = given(raw.date) ? halfWidth(raw.date).trim() : today;
  return Q.intro(policy.name[lang], BENEFIT_NAMES[benefit][lang], date)[lang];
}
