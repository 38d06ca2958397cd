// What every renderer receives: the engine's explanation plus what only the CLI knows
// (the policy file's hash, the --set overrides, the --compare rows, the language).
import type { Bp, Explanation, Fen, Override } from '../../engine/types.js';
import type { Tier } from '../../domain.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../errors.js';

/** The same claim at one tier (--compare); null values when the policy cannot answer there. */
export interface CompareRow {
  tier: Tier;
  ratio: Bp | null;
  fundPays: Fen | null;
  cashDue: Fen | null;
  /** Why the policy cannot answer at this tier (null values above). */
  reason?: { zh: string; en: string };
}

export interface RenderInput {
  explanation: Explanation;
  policy: Policy;
  sha256: string;
  overrides: Override[];
  compare?: CompareRow[];
  lang: Lang;
  /** Where to ask (the city's hotline), printed at the end of the text output (not say: the caller is on the line). */
  footer?: string;
  /** The terminal's width in columns: human output is wrapped to it (none: not a terminal). */
  width?: number;
}

/** A line of human output before it is wrapped and coloured; `hang` indents its continuation lines. */
export interface Line {
  text: string;
  style?: (s: string) => string;
  hang?: number;
}
