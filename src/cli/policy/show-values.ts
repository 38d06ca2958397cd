// How `policy show` writes one sourced value: the number in plain words, then its quote with the
// source's number ([1]), the reading it takes, and for an inferred value its reasoning. Unknown
// values are written as unknown and collected for the closing list of what the sources leave open.
import type { ParamValue, SourcedValue } from '../../policy/schema.js';
import { KEY_WORDS, percent, points, word, yuan, type Lang } from './words.js';
import { isSourced } from '../../policy/sourced.js';

/** `points`: an uplift or a cut of a ratio in percentage points (0.04 → 4 个百分点), never a factor. */
export type Kind = 'money' | 'ratio' | 'points' | 'count' | 'text';

export interface Unknown {
  where: string;
  note: string;
  set?: string;
}

/** A reading or an inference the policy takes, with the places it decides and the quote it reads. */
export interface Reading {
  kind: 'reading' | 'inferred';
  text: string;
  wheres: string[];
  quote?: string;
  source?: number;
}

export interface ShowContext {
  lang: Lang;
  sourceIndex: Map<string, number>;
  lines: string[];
  unknowns: Unknown[];
  /** Every reading and inference met so far, by its text and quote (one entry for a reading of one clause shared by several values). */
  readings: Map<string, Reading>;
  strong(s: string): string;
  dim(s: string): string;
}

export function formatValue(value: number | string, kind: Kind, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (kind === 'money') return yuan(value, lang);
  if (kind === 'ratio') return percent(value);
  if (kind === 'points') return points(value, lang);
  return String(value);
}

type Evidence = { source?: string | undefined; quote?: string | undefined; reading?: { zh: string; en: string } | undefined; reasoning?: { zh: string; en: string } | undefined; note?: { zh: string; en: string } | undefined };

/** Collects a reading (or an inference) for the closing list, under `where`. */
export function noteReading(ctx: ShowContext, where: string, kind: Reading['kind'], text: string, v: Evidence): void {
  // One entry per reading and clause: the same words read in another clause are listed under that clause's quote.
  const key = JSON.stringify([text, v.source ?? '', v.quote ?? '']);
  const known = ctx.readings.get(key);
  if (known) {
    if (!known.wheres.includes(where)) known.wheres.push(where);
    return;
  }
  const r: Reading = { kind, text, wheres: [where] };
  if (v.quote) r.quote = v.quote;
  const n = v.source ? ctx.sourceIndex.get(v.source) : undefined;
  if (n !== undefined) r.source = n;
  ctx.readings.set(key, r);
}

/** The quote, reading, reasoning and note lines under a value, indented by `pad`; with `where`, its reading is collected. */
export function evidence(ctx: ShowContext, pad: string, v: Evidence, where?: string): void {
  const zh = ctx.lang === 'zh';
  if (where && v.reading) noteReading(ctx, where, 'reading', v.reading[ctx.lang], v);
  if (where && v.reasoning) noteReading(ctx, where, 'inferred', v.reasoning[ctx.lang], v);
  if (v.quote) {
    const n = v.source ? ctx.sourceIndex.get(v.source) : undefined;
    ctx.lines.push(ctx.dim(`${pad}${zh ? '原文' : 'Quote'}${n ? `[${n}]` : ''}${zh ? ':' : ': '}“${v.quote}”`));
  }
  if (v.reasoning) ctx.lines.push(`${pad}${zh ? '推定理由:' : 'Why inferred: '}${v.reasoning[ctx.lang]}`);
  if (v.reading) ctx.lines.push(`${pad}${zh ? '解读:' : 'Reading: '}${v.reading[ctx.lang]}`);
  if (v.note && !v.reasoning) ctx.lines.push(`${pad}${zh ? '说明:' : 'Note: '}${v.note[ctx.lang]}`);
}

/** One value on a line: "在职:500 元", "[推定] 50%", or "未知" (collected as unknown). */
export function sourcedLine(ctx: ShowContext, pad: string, label: string, v: SourcedValue, kind: Kind, where: string, set?: string): void {
  const zh = ctx.lang === 'zh';
  const head = label ? `${pad}${label}${zh ? ':' : ': '}` : pad;
  if (v.value === null) {
    ctx.lines.push(`${head}${zh ? '未知' : 'unknown'}${v.note ? ` (${v.note[ctx.lang]})` : ''}`);
    ctx.unknowns.push({ where, note: v.note?.[ctx.lang] ?? '', ...(set ? { set } : {}) });
    if (v.reading) {
      ctx.lines.push(`${pad}  ${zh ? '解读:' : 'Reading: '}${v.reading[ctx.lang]}`);
      noteReading(ctx, where, 'reading', v.reading[ctx.lang], v);
    }
    return;
  }
  const mark = v.inferred ? (zh ? ' [推定值]' : ' [inferred]') : v.reading ? (zh ? ' [解读]' : ' [reading]') : '';
  // a ratio stated as the person's share (个人自付比例8%): both, the text's first
  const self = (v as { self_pay?: number }).self_pay;
  const shown = self === undefined ? ctx.strong(formatValue(v.value, kind, ctx.lang)) : zh ? `个人自付${ctx.strong(formatValue(self, 'ratio', 'zh'))},统筹支付${ctx.strong(formatValue(v.value, 'ratio', 'zh'))}` : `self-pay ${ctx.strong(formatValue(self, 'ratio', 'en'))}, the fund ${ctx.strong(formatValue(v.value, 'ratio', 'en'))}`;
  ctx.lines.push(`${head}${shown}${mark}`);
  evidence(ctx, `${pad}  `, v, where);
}

/** A parameter: one value, or one line per status / tier (status then tier when nested). */
export function paramLines(ctx: ShowContext, pad: string, title: string, param: ParamValue, kind: Kind, where: string, set: string): void {
  const zh = ctx.lang === 'zh';
  if (isSourced(param)) return sourcedLine(ctx, pad, title, param, kind, `${where} · ${title}`, set);
  ctx.lines.push(`${pad}${title}${zh ? ':' : ':'}`);
  for (const [key, inner] of Object.entries(param)) {
    const label = word(KEY_WORDS, key, ctx.lang);
    if (isSourced(inner)) {
      sourcedLine(ctx, `${pad}  `, label, inner, kind, `${where} · ${title} · ${label}`, `${set}.${key}`);
      continue;
    }
    for (const [tier, leaf] of Object.entries(inner)) {
      const both = `${label}${zh ? '·' : ', '}${word(KEY_WORDS, tier, ctx.lang)}`;
      sourcedLine(ctx, `${pad}  `, both, leaf, kind, `${where} · ${title} · ${both}`, `${set}.${tier}`);
    }
  }
}
