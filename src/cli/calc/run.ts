// Runs `yibao calc` once its flags are parsed: asks for what is missing (wizard, on a terminal
// only, loaded by dynamic import so scripted runs never load the prompt library) or refuses
// with a usage error naming the flag; then loads the policy, explains the claim, renders it.
import { blankGiven, flagName, missingFields, parseClaim, type ClaimField, type ClaimProblem, type RawClaim } from '../../claim/index.js';
import { explain } from '../../engine/explain.js';
import { PolicyError, type Claim, type Explanation, type Override } from '../../engine/types.js';
import type { LoadedPolicy } from '../../policy/bundled.js';
import { loadCityPolicy } from '../../policy/registry.js';
import type { Policy } from '../../policy/schema.js';
import { UsageError, type Lang } from '../errors.js';
import type { Io } from '../io.js';
import { makeChalk, type ColorLevel } from '../color.js';
import { renderJson } from '../render/json.js';
import { renderSay } from '../render/say.js';
import { hotlineFooter } from '../render/hotline-footer.js';
import { outputWidth } from '../render/width.js';
import type { CompareRow, RenderInput } from '../render/types.js';
import { DEFAULT_CITY, type Format } from './options.js';
import { checkCityWithPolicy } from '../city-policy.js';
import { safeDeep } from '../../safe-text.js';
import { withFacility, type WithFacility } from '../../claim/facility.js';

export interface CalcRequest {
  raw: RawClaim;
  overrides: Override[];
  policyFile?: string;
  compare: boolean;
  format: Format;
  lang: Lang;
  color: ColorLevel;
  /**
   * Completes a claim just before it is explained (ask: 起付线已付满 is the policy's deductible,
   * known only once the wizard has the scheme and status); called for every claim of the session.
   */
  prepare?: (raw: RawClaim) => Promise<RawClaim>;
  /** The desk: the wizard asks one claim and returns (no "再算一笔?"). */
  single?: boolean;
  /** Never ask (a block pasted into the desk): a missing value is a usage error, as in a script. */
  noWizard?: boolean;
  /** Fields the question said in words, worked out by prepare (ask: 起付线已经付满了): the wizard does not ask them. */
  known?: ClaimField[];
  /** Before an input the policy needs is asked (the desk lets go of the terminal); false: not asked, the error stands. */
  beforeAsking?: () => Promise<boolean>;
}

/** The last claim explained: as it was explained (the raw claim complete), and its explanation. */
export interface Explained {
  raw: RawClaim;
  explanation: Explanation;
}

/** The one usage error a missing value gives, naming the first flag and listing the others. */
function missingError(raw: RawClaim, first: { field: string; message: { zh: string; en: string } }): UsageError {
  const others = missingFields(raw).map(flagName).filter((f) => f !== flagName(first.field));
  const more = others.length === 0 ? { zh: '', en: '' } : { zh: `另外还缺少 ${others.join(', ')}。`, en: ` Also missing: ${others.join(', ')}.` };
  return new UsageError(
    { zh: `${flagName(first.field)}: ${first.message.zh}${more.zh}`, en: `${flagName(first.field)}: ${first.message.en}${more.en}` },
    'missing_value',
  );
}

export function toClaim(raw: RawClaim, defaults: { city: string; date: string }): Claim {
  const parsed = parseClaim(raw, defaults);
  if (parsed.ok) return parsed.claim;
  if (parsed.code === 'missing') throw missingError(raw, parsed);
  throw invalidError(parsed);
}

function invalidError(problem: ClaimProblem): UsageError {
  const flag = flagName(problem.field);
  return new UsageError({ zh: `${flag}: ${problem.message.zh}`, en: `${flag}: ${problem.message.en}` }, 'invalid_value');
}

/** The same claim at every tier the policy defines; a tier it cannot answer gets nulls and the reason. */
function compareTiers(claim: Claim, policy: Policy, overrides: Override[], main: Explanation): CompareRow[] {
  return (Object.keys(policy.tiers) as Claim['tier'][]).map((tier) => {
    try {
      const r = tier === claim.tier ? main.result : explain({ ...claim, tier }, policy, overrides).result;
      return { tier, ratio: r.ratio, fundPays: r.fundPays, cashDue: r.cashDue };
    } catch (error) {
      if (!(error instanceof PolicyError)) throw error;
      return { tier, ratio: null, fundPays: null, cashDue: null, reason: error.messages };
    }
  });
}

/**
 * A claim whose deductible or ratio the sources do not state: the error also says what they do
 * state for it, with what that rests on (a Suizhou resident: the 350-yuan limit, a reading), as
 * the wizard's stop screen does. Not for a contribution level below every band (the level is the
 * question there). Loaded only on this error path.
 */
async function withKnown(error: unknown, claim: Claim, policy: Policy): Promise<unknown> {
  if (!(error instanceof PolicyError) || error.code !== 'unknown_parameter' || error.field !== undefined) return error;
  const { knownNote } = await import('../wizard/stop-screen.js');
  const note = knownNote(policy, claim);
  if (!note) return error;
  return new PolicyError(error.code, { zh: `${error.messages.zh}\n${note.zh}`, en: `${error.messages.en}\n${note.en}` }, error.exitCode);
}

// json and say are small and static; text (with chalk) loads only when asked for.
async function render(format: Format, input: RenderInput, color: ColorLevel): Promise<string> {
  if (format === 'json') return renderJson(input);
  if (format === 'say') {
    const script = renderSay(input);
    // The line breaker loads only for a terminal: a script or a pipe gets the paragraph as it is.
    return input.width === undefined ? script : (await import('../render/wrap.js')).wrapText(script, input.width);
  }
  const [{ renderText }, chalk] = await Promise.all([import('../render/text.js'), makeChalk(color)]);
  return renderText(input, chalk);
}

/** One run of calc: policies loaded once and reused by the wizard's further claims. */
class CalcSession {
  private readonly policies = new Map<string, Promise<LoadedPolicy>>();
  private readonly defaults: { city: string; date: string };
  last: Explained | undefined;

  constructor(
    private readonly req: CalcRequest,
    private readonly io: Io,
  ) {
    this.defaults = { city: DEFAULT_CITY, date: io.today() };
  }

  private load(city: string): Promise<LoadedPolicy> {
    const key = this.req.policyFile === undefined ? `city:${city}` : `file:${this.req.policyFile}`;
    let loaded = this.policies.get(key);
    if (!loaded) {
      const file = this.req.policyFile;
      // A policy file needs the YAML parser and the validator: loaded only then.
      loaded = file === undefined ? loadCityPolicy(city) : import('../../policy/load.js').then((m) => m.loadPolicyFile(file));
      this.policies.set(key, loaded);
    }
    return loaded;
  }

  /** The policy a (possibly incomplete) claim would use; for the wizard's questions. */
  async policyFor(raw: RawClaim): Promise<Policy> {
    const city = (raw.city?.trim() || this.defaults.city).toLowerCase();
    return (await this.load(city)).policy;
  }

  /**
   * A --tier naming a facility the policy defines (乡镇卫生院): the level it counts as. The policy
   * is the one the claim would use; a city that does not load is left to the claim's own checks.
   */
  private async facilityOf(raw: RawClaim): Promise<WithFacility> {
    let policy: Policy;
    try {
      policy = await this.policyFor(raw);
    } catch {
      return { raw };
    }
    return withFacility(raw, policy);
  }

  /** Explains a claim and prints it in the chosen format; the explanation is returned for the wizard's next claim. */
  async explainAndPrint(given: RawClaim): Promise<Explanation> {
    const prepared = this.req.prepare ? await this.req.prepare(given) : given;
    const { raw, facility } = await this.facilityOf(prepared);
    const claim = toClaim(raw, this.defaults);
    if (facility !== undefined) claim.facility = facility;
    const loaded = await this.load(claim.city);
    if (this.req.policyFile !== undefined) claim.city = loaded.policy.id;
    const { overrides, lang } = this.req;
    let explanation: Explanation;
    try {
      explanation = explain(claim, loaded.policy, overrides);
    } catch (error) {
      throw await withKnown(error, claim, loaded.policy);
    }
    const input: RenderInput = {
      explanation,
      policy: loaded.policy,
      sha256: loaded.sha256,
      overrides,
      lang,
      // text only: say is read to a caller who is already on the hotline
      footer: this.req.format === 'text' ? hotlineFooter(loaded.policy, lang) : undefined,
      width: outputWidth(this.io.stdout, this.io.env),
    };
    if (this.req.compare) input.compare = compareTiers(claim, loaded.policy, overrides, explanation);
    // text and say quote the policy's words: escaped for the terminal (JSON keeps the data exact)
    this.io.stdout.write(await render(this.req.format, this.req.format === 'json' ? input : safeDeep(input), this.req.color));
    this.last = { raw, explanation };
    return explanation;
  }
}

/** Runs calc; returns the last claim explained (none when the wizard explained none). */
export async function runCalc(req: CalcRequest, io: Io): Promise<Explained | undefined> {
  // `--date ""` typed on purpose is an error, not today (batch's blank cells do take defaults)
  const blank = blankGiven(req.raw);
  if (blank) throw invalidError(blank);
  const session = new CalcSession(req, io);
  // --city naming another city than the --policy file's: refused before any question is asked
  if (req.policyFile !== undefined && req.raw.city !== undefined) checkCityWithPolicy(req.raw.city, req.policyFile, (await session.policyFor(req.raw)).id);
  const interactive = !req.noWizard && Boolean(io.stdin.isTTY && io.stdout.isTTY);
  if (interactive && missingFields(req.raw).length > 0) {
    const { runInteractive } = await import('../wizard/index.js');
    await runInteractive(req.raw, {
      io,
      lang: req.lang,
      overrides: req.overrides,
      json: req.format === 'json',
      ...(req.single ? { single: true } : {}),
      ...(req.known ? { known: req.known } : {}),
      policyFor: (raw) => session.policyFor(raw),
      explainAndPrint: (raw) => session.explainAndPrint(raw),
    });
    return session.last;
  }
  await explainAsking(session, req, io, interactive);
  return session.last;
}

/** At most this many inputs asked one by one (grade, age, discharge day, disease), so that no answer loops. */
const MAX_ASKED = 4;

/**
 * Explains the claim. At a terminal, an input the policy needs and the flags did not give (a
 * 白鹭 resident's grade, the disease where limits are per disease) is asked with the wizard's
 * question, and the claim explained then; elsewhere it is the usage error naming the flag.
 */
async function explainAsking(session: CalcSession, req: CalcRequest, io: Io, interactive: boolean): Promise<void> {
  let raw = req.raw;
  for (let asked = 0; ; asked++) {
    try {
      await session.explainAndPrint(raw);
      return;
    } catch (error) {
      if (!interactive || asked >= MAX_ASKED || !(error instanceof PolicyError) || error.code !== 'needs_input') throw error;
      const { missingInput, askMissing } = await import('../wizard/ask-missing.js');
      const field = missingInput(error, raw);
      if (field === undefined || (req.beforeAsking && !(await req.beforeAsking()))) throw error;
      const defaults = { city: DEFAULT_CITY, date: io.today() };
      raw = await askMissing(raw, field, { io, lang: req.lang, policy: await session.policyFor(raw), defaults, overrides: req.overrides });
    }
  }
}
