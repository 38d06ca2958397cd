// What the wizard does once the answers make a claim unanswerable: shows the stop screen,
// then lets the person answer again (another insurance type, or another facility when only
// that tier is unknown) or stop. Stopping ends the session with exit 3, as the scripted run
// of the same claim would, and nothing more is printed.
import type { Policy } from '../../policy/schema.js';
import { askChoice, type PromptContext } from '../prompts.js';
import { renderJsonError } from '../render/json.js';
import type { WizardContext } from './index.js';
import { stopReason, stopScreen } from './stop-screen.js';
import { STOP } from './text.js';
import { show } from './screen.js';
import type { Unanswerable } from './unanswerable.js';

/** The JSON error code: the engine's when it refused, else the one an unknown parameter gives. */
const codeOf = (e: Unanswerable) => (e.blocked.kind === 'refused' ? e.blocked.error.code : 'unknown_parameter');

/** true: stop (exit 3). false: ask the claim again. */
export async function stopOrRetry(e: Unanswerable, policy: Policy, ctx: WizardContext, prompt: PromptContext): Promise<boolean> {
  const { lang, io } = ctx;
  const screen = stopScreen(e.blocked, policy, lang);
  // With --format json the message goes to stderr and the error object to stdout (contract).
  if (ctx.json) io.stderr.write(`\n${screen}`);
  else show(io, `\n${screen}\n`);
  // Offered only where another answer (not a flag) would be computed: see worthAnsweringAgain.
  // a level unknown there, or a facility whose level the policy does not state (withFacility)
  const byTier = e.blocked.kind === 'unknown' ? e.blocked.tier !== undefined : e.blocked.error.field === 'tier';
  const answered = (f: 'scheme' | 'status' | 'tier') => e.answered.includes(f);
  const again = byTier && answered('tier') ? STOP.otherTier : answered('scheme') ? STOP.otherScheme : answered('status') ? STOP.otherStatus : undefined;
  const stop = again === undefined || (await askChoice({
    message: STOP.next[lang],
    choices: [
      { value: 'again', name: again[lang] },
      { value: 'stop', name: STOP.stop[lang] },
    ],
    default: 'stop',
  }, prompt)) === 'stop';
  if (stop && ctx.json) io.stdout.write(renderJsonError(codeOf(e), stopReason(e.blocked, policy, lang)));
  return stop;
}
