// Scripted answers for the wizard tests: a stand-in for src/cli/prompts.ts (each test file
// mocks the module with `promptsMock`), the Suizhou policy, and `run`, which starts the
// wizard with recorded calls to policyFor and explainAndPrint (which explains with the real engine). Each scripted text answer goes
// through the question's own validate function, as a typed answer would.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { parseOverride, type ClaimField, type RawClaim } from '../../src/claim/index.js';
import type { Explanation, Override } from '../../src/engine/types.js';
import { explain } from '../../src/engine/explain.js';
import { toClaim } from '../../src/cli/calc/run.js';
import type { Policy } from '../../src/policy/schema.js';
import { CancelledError, type Lang } from '../../src/cli/errors.js';
import type { Io } from '../../src/cli/io.js';

export const CTRL_C = Symbol('ctrl-c');
export type Answer = string | boolean | typeof CTRL_C;

const script = {
  answers: [] as unknown[],
  asked: [] as { kind: 'text' | 'choice' | 'yesno'; message: string; default: unknown; choices?: unknown[] }[],
  rejected: [] as { message: string; answer: string; error: string }[],
};

/** Next scripted answer; '' is Enter (the default); CTRL_C throws what prompts.ts throws on Ctrl-C. */
function next(message: string): unknown {
  if (script.answers.length === 0) throw new Error(`unscripted question: ${message}`);
  const answer = script.answers.shift();
  if (typeof answer === 'symbol') throw new CancelledError();
  return answer;
}

export const promptsMock = {
  askText: async (config: { message: string; default?: string; validate?: (v: string) => true | string }) => {
    script.asked.push({ kind: 'text', message: config.message, default: config.default });
    for (;;) {
      const typed = next(config.message) as string;
      const answer = typed === '' && config.default !== undefined ? config.default : typed;
      const verdict = config.validate ? config.validate(answer) : true;
      if (verdict === true) return answer;
      script.rejected.push({ message: config.message, answer, error: verdict });
    }
  },
  askChoice: async (config: { message: string; default?: unknown; choices: { value: unknown }[] }) => {
    script.asked.push({ kind: 'choice', message: config.message, default: config.default, choices: config.choices.map((c) => c.value) });
    const answer = next(config.message);
    if (answer === '') return config.default;
    if (!config.choices.some((c) => c.value === answer)) throw new Error(`not a choice: ${String(answer)}`);
    return answer;
  },
  askYesNo: async (config: { message: string; default: boolean }) => {
    script.asked.push({ kind: 'yesno', message: config.message, default: config.default });
    const answer = next(config.message);
    return answer === '' ? config.default : answer;
  },
};

/** Scripts the answers for a run that reaches the prompts another way (`yibao ask` through runYibao). */
export function scriptAnswers(answers: Answer[]): { asked: () => typeof script.asked; left: () => unknown[] } {
  script.answers = [...answers];
  script.asked = [];
  script.rejected = [];
  return { asked: () => script.asked, left: () => script.answers };
}

export const suizhou = parse(readFileSync(new URL('../../policies/suizhou.yaml', import.meta.url), 'utf8')) as Policy;

/** Suizhou with a Jiayu-style rule on employee outpatient: a level required of active employees only. */
export function withContributionRule(): Policy {
  const policy = structuredClone(suizhou);
  const latest = policy.versions[policy.versions.length - 1]!;
  latest.benefits.outpatient!.employee!.eligibility = {
    min_contribution: { value: 0.8, source: 'suizhou-daily-2024', quote: 'test fixture 0.8' },
    required_for: ['active'],
    rule: { zh: '缴费基数达到平均工资80%方可享受门诊统筹', en: 'outpatient pooling needs a base of 80% of the average wage' },
  };
  return policy;
}

function fakeIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (s: string) => out.push(s), isTTY: true },
    stderr: { write: (s: string) => err.push(s), isTTY: true },
    stdin: Object.assign(new PassThrough(), { isTTY: true }),
    env: {},
    today: () => '2024-05-01',
  };
}

/** Starts the wizard (from a test file that mocked prompts.ts with promptsMock) with scripted answers. */
export async function run(
  initial: RawClaim,
  answers: Answer[],
  opts: { lang?: Lang; policy?: Policy; explain?: (raw: RawClaim) => Promise<void>; overrides?: Override[]; json?: boolean; known?: ClaimField[] } = {},
) {
  const { runInteractive } = await import('../../src/cli/wizard/index.js');
  script.answers = [...answers];
  script.asked = [];
  script.rejected = [];
  const io = fakeIo();
  const explained: RawClaim[] = [];
  const explanations: Explanation[] = [];
  const policies: RawClaim[] = [];
  const promise = runInteractive(initial, {
    io,
    lang: opts.lang ?? 'zh',
    ...(opts.overrides ? { overrides: opts.overrides } : {}),
    ...(opts.json ? { json: true } : {}),
    ...(opts.known ? { known: opts.known } : {}),
    policyFor: async (raw) => {
      policies.push(raw);
      return opts.policy ?? suizhou;
    },
    // The real engine, so that the next claim of the same person starts from real numbers.
    explainAndPrint: async (raw) => {
      explained.push(raw);
      if (opts.explain) await opts.explain(raw);
      const explanation = explain(toClaim(raw, { city: 'suizhou', date: '2024-05-01' }), opts.policy ?? suizhou, opts.overrides ?? []);
      explanations.push(explanation);
      return explanation;
    },
  });
  return { promise, io, explained, explanations, policies, asked: () => script.asked, rejected: () => script.rejected, left: () => script.answers };
}

/** --set values as parsed from the command line. */
export function sets(...texts: string[]): Override[] {
  return texts.map((text) => {
    const r = parseOverride(text);
    if (!r.ok) throw new Error(r.message.en);
    return r.override;
  });
}

/**
 * Suizhou's sources state no deductible or ratio for residents' outpatient care, so a resident
 * claim is unanswerable there without these --set values (any values: these tests are about the questions).
 */
export const RESIDENT_KNOWN = sets('outpatient.resident.deductible=0', 'outpatient.resident.ratio=0.5');

export const messages = (asked: { message: string }[]) => asked.map((q) => q.message);
