// Rules for one sourced value: a stated number has its source and a quote that states the
// number; an inferred one also its reasoning; an unknown one (null) a note. Used by lint.ts.
import { quoteStatesNumber, type NumberKind } from './quote-number.js';
import type { PathSegment } from './positions.js';
import type { PathIssue } from './zod-issues.js';

export interface Context {
  sources: Set<string>;
  issues: PathIssue[];
}

interface SourcedLike {
  value: number | string | null;
  source?: string | undefined;
  quote?: string | undefined;
  inferred?: true | undefined;
  reasoning?: unknown;
  reading?: unknown;
  note?: unknown;
}

export function lintSourceRef(ctx: Context, path: PathSegment[], source: string | undefined): void {
  if (source !== undefined && !ctx.sources.has(source)) {
    ctx.issues.push({ path: [...path, 'source'], at: 'value', message: `unknown source "${source}": not a key of sources (${[...ctx.sources].join(', ')})` });
  }
}

/** kind undefined: a text value, whose quote is not checked for a number. */
export function lintSourced(ctx: Context, path: PathSegment[], v: SourcedLike, kind: NumberKind | undefined): void {
  lintSourceRef(ctx, path, v.source);
  if (v.value === null) {
    if (!v.note) ctx.issues.push({ path: [...path, 'value'], at: 'value', message: 'an unknown value (value: null) needs a note saying what the sources say and do not say' });
    if (v.inferred) ctx.issues.push({ path: [...path, 'inferred'], at: 'key', message: 'an unknown value (value: null) cannot be inferred' });
    return;
  }
  if (!v.source || !v.quote) {
    const missing = [!v.source && 'source', !v.quote && 'quote'].filter(Boolean).join(' and ');
    ctx.issues.push({ path: [...path, 'value'], at: 'value', message: `value ${v.value} has no ${missing}: every number needs the source and the quote that states it (or value: null with a note)` });
    return;
  }
  if (v.inferred) {
    // An inferred number is worked out, so its quote need not state it; the reasoning must.
    if (!v.reasoning) ctx.issues.push({ path: [...path, 'inferred'], at: 'key', message: 'an inferred value needs its reasoning' });
    return;
  }
  if (typeof v.value !== 'number' || kind === undefined) return;
  if (quoteStatesNumber(v.quote, v.value, kind)) return;
  // "取消起付线" states a 0 in words; accept it when the file says how it reads the text.
  if (v.value === 0 && v.reading) return;
  ctx.issues.push({ path: [...path, 'quote'], at: 'value', message: `quote does not contain the number ${v.value}${hint(v.value, kind)}: "${v.quote}"` });
}

/** A stated list (family relations, payment order): its quote needs a source, or it needs a note. */
export function lintStated(ctx: Context, path: PathSegment[], v: { source?: string | undefined; quote?: string | undefined; note?: unknown; reading?: unknown }, values: unknown[]): void {
  lintSourceRef(ctx, path, v.source);
  if (v.quote && !v.source) ctx.issues.push({ path: [...path, 'quote'], at: 'value', message: 'a quote needs its source' });
  if (v.source && !v.quote) ctx.issues.push({ path: [...path, 'source'], at: 'value', message: 'a source needs the quote that states the rule' });
  if (values.length > 0 && !v.quote && !v.note && !v.reading) ctx.issues.push({ path, at: 'value', message: 'a rule needs its source and quote, or a note saying where it comes from' });
}

function hint(value: number, kind: NumberKind): string {
  if (kind === 'ratio') return ` (as ${Number((value * 100).toFixed(6))}% or ${Number((value * 100).toFixed(6))})`;
  if (kind === 'money' && value >= 10000) return ` (as ${value} or ${Number((value / 10000).toFixed(6))}万)`;
  return '';
}
