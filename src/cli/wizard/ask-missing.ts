// `calc` at a terminal with every flag but one its policy needs (a resident's grade, the chronic
// disease, the age, the discharge day): the engine names the input (PolicyError needs_input), and
// this asks that one input with the wizard's own question (rulebook-questions.ts), nothing else;
// calc then explains the claim. Loaded only on that path, with the prompt library.
import { given, type RawClaim } from '../../claim/index.js';
import { PolicyError, type Override } from '../../engine/types.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../errors.js';
import { dumbTerminal, type Io } from '../io.js';
import { REQUIRED_INPUTS, askRequired, type RequiredInput } from './rulebook-questions.js';
import { parsedClaim, type ClaimDefaults } from './validate.js';

/** The input an error says is missing and the flags did not give (a disease not in the policy's list is given: no question). */
export function missingInput(error: unknown, raw: RawClaim): RequiredInput | undefined {
  if (!(error instanceof PolicyError) || error.code !== 'needs_input' || error.field === undefined) return undefined;
  const field = error.field;
  return REQUIRED_INPUTS.includes(field) && !given(raw[field as RequiredInput]) ? (field as RequiredInput) : undefined;
}

export interface AskingOne {
  io: Io;
  lang: Lang;
  policy: Policy;
  defaults: ClaimDefaults;
  overrides: readonly Override[];
}

/** The claim with the one missing input asked for. */
export async function askMissing(raw: RawClaim, field: RequiredInput, ctx: AskingOne): Promise<RawClaim> {
  const claim = parsedClaim(raw, ctx);
  if (!claim) throw new Error('askMissing: the claim does not parse'); // only after the engine ran it
  const prompt = { input: ctx.io.stdin, output: ctx.io.stdout as unknown as NodeJS.WritableStream, lang: ctx.lang, plain: dumbTerminal(ctx.io.env) };
  const next: RawClaim = { ...raw };
  await askRequired(field, next, claim, { lang: ctx.lang, prompt, defaults: ctx.defaults, policy: ctx.policy, overrides: ctx.overrides });
  ctx.io.stdout.write('\n');
  return next;
}
