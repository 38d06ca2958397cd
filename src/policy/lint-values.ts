// Rules for one sourced value: a stated number has its source and a quote that states the
// number; an inferred one also its reasoning; an unknown one (null) a note. Used by lint.ts.
import { quoteStatesNumber, type NumberKind } from './quote-number.js';
import { fenFromNumber, ratioFromNumber } from '../money/money.js';
import type { PathSegment } from './positions.js';
import type { PathIssue } from './zod-issues.js';

export interface Context {
  sources: Set<string>;
  issues: PathIssue[];
}

interface SourcedLike {
  value: number | string | null;
  /** A fund ratio stated as the person's share (个人自付8%): the quote states this number, not the fund's. */
  self_pay?: number | undefined;
  source?: string | undefined;
  quote?: string | undefined;
  inferred?: true | undefined;
  reasoning?: unknown;
  reading?: unknown;
  note?: unknown;
}

/** Records an issue in both languages; `at: 'key'` points at the key instead of its value. */
export function report(ctx: Context, path: PathSegment[], zh: string, en: string, at: 'value' | 'key' = 'value'): void {
  ctx.issues.push({ path, at, message: { zh, en } });
}

export function lintSourceRef(ctx: Context, path: PathSegment[], source: string | undefined): void {
  if (source !== undefined && !ctx.sources.has(source)) {
    const known = [...ctx.sources].join(', ');
    report(ctx, [...path, 'source'], `未知的来源“${source}”:不是 sources 中的键(${known})`, `unknown source "${source}": not a key of sources (${known})`);
  }
}

/** kind undefined: a text value, whose quote is not checked for a number. */
export function lintSourced(ctx: Context, path: PathSegment[], v: SourcedLike, kind: NumberKind | undefined): void {
  lintSourceRef(ctx, path, v.source);
  if (v.value === null) {
    if (!v.note) report(ctx, [...path, 'value'], '未知值(value: null)需要 note,说明来源说了什么、没说什么', 'an unknown value (value: null) needs a note saying what the sources say and do not say');
    if (v.inferred) report(ctx, [...path, 'inferred'], '未知值(value: null)不能标为推定', 'an unknown value (value: null) cannot be inferred', 'key');
    return;
  }
  if (!v.source || !v.quote) {
    const en = [!v.source && 'source', !v.quote && 'quote'].filter(Boolean).join(' and ');
    const zh = [!v.source && '来源(source)', !v.quote && '原文(quote)'].filter(Boolean).join('和');
    report(ctx, [...path, 'value'], `数值 ${v.value} 缺少${zh}:每个数字都要有来源和写明它的原文(否则写 value: null 并加 note)`, `value ${v.value} has no ${en}: every number needs the source and the quote that states it (or value: null with a note)`);
    return;
  }
  // A number the calculation would refuse is refused here, by the same conversion (no exit 3 later).
  if (typeof v.value === 'number' && (kind === 'money' || kind === 'ratio') && !exact(v.value, kind)) {
    const zh = kind === 'money' ? '不是精确到分(最多两位小数)的金额' : '不是最多四位小数(0.01%)的比例';
    const en = kind === 'money' ? 'is not an exact amount in yuan with at most two decimals' : 'is not an exact ratio with at most four decimals (0.01%)';
    report(ctx, [...path, 'value'], `数值 ${v.value} ${zh},无法用于计算`, `value ${v.value} ${en}; the calculation could not use it`);
    return;
  }
  if (v.inferred) {
    // An inferred number is worked out, so its quote need not state it; the reasoning must.
    if (!v.reasoning) report(ctx, [...path, 'inferred'], '推定值需要写明推定理由(reasoning)', 'an inferred value needs its reasoning', 'key');
    return;
  }
  if (typeof v.value !== 'number' || kind === undefined) return;
  const stated = v.self_pay ?? v.value;
  if (quoteStatesNumber(v.quote, stated, kind)) return;
  // "取消起付线" states a 0 in words; accept it when the file says how it reads the text.
  if (stated === 0 && v.reading) return;
  // a reading of a word the text gives no number for (低保对象中的老年人 → 年满60周岁) states its number itself
  const readAs = (v.reading as { zh?: string } | undefined)?.zh;
  if (readAs && quoteStatesNumber(readAs, stated, kind)) return;
  const as = spellings(stated, kind);
  const which = v.self_pay === undefined ? { zh: '', en: '' } : { zh: '个人自付比例 ', en: 'the self-pay share ' };
  report(ctx, [...path, 'quote'], `原文不含${which.zh}数字 ${stated}${as ? `(写作 ${as})` : ''}:“${v.quote}”`, `quote does not contain ${which.en}the number ${stated}${as ? ` (as ${as})` : ''}: "${v.quote}"`);
}

/** A stated list (family relations, payment order): its quote needs a source, or it needs a note. */
export function lintStated(ctx: Context, path: PathSegment[], v: { source?: string | undefined; quote?: string | undefined; note?: unknown; reading?: unknown }, values: unknown[]): void {
  lintSourceRef(ctx, path, v.source);
  if (v.quote && !v.source) report(ctx, [...path, 'quote'], '原文(quote)需要注明来源(source)', 'a quote needs its source');
  if (v.source && !v.quote) report(ctx, [...path, 'source'], '来源(source)需要附上写明规定的原文(quote)', 'a source needs the quote that states the rule');
  if (values.length > 0 && !v.quote && !v.note && !v.reading) report(ctx, path, '规定需要来源和原文,或用 note 说明依据', 'a rule needs its source and quote, or a note saying where it comes from');
}

/** Whether the engine's conversion (fen, or parts per 10,000) takes `value` as it is. */
function exact(value: number, kind: 'money' | 'ratio'): boolean {
  try {
    if (kind === 'money') fenFromNumber(value);
    else ratioFromNumber(value);
    return true;
  } catch {
    return false;
  }
}

function spellings(value: number, kind: NumberKind): string {
  const pct = Number((value * 100).toFixed(6));
  if (kind === 'ratio') return `${pct}% / ${pct}`;
  if (kind === 'money' && value >= 10000) return `${value} / ${Number((value / 10000).toFixed(6))}万`;
  return '';
}
