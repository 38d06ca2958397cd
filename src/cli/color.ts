// Colour for human output: one chalk instance per run, decided from --no-color, NO_COLOR,
// FORCE_COLOR and whether stdout is a terminal (in that order), never from process globals,
// so tests and the wizard get the same answer from the injected Io. chalk itself is loaded
// only when text is rendered, so `--format json` never pays for it.
import type { ChalkInstance } from 'chalk';
import type { Io } from './io.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/** The colour level for this run: 0 means plain text. */
export function colorLevel(io: Pick<Io, 'env' | 'stdout'>, noColorFlag: boolean): ColorLevel {
  if (noColorFlag) return 0;
  const env = io.env;
  // https://no-color.org: any non-empty value disables colour.
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false' || force === '0') return 0;
    const n = Number(force);
    if (n === 1 || n === 2 || n === 3) return n;
    return 1;
  }
  if (!io.stdout.isTTY) return 0;
  // A terminal that advertises true colour gets it; otherwise the 16 basic colours suffice.
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM === 'dumb') return 0;
  return 1;
}

export async function makeChalk(level: ColorLevel): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
