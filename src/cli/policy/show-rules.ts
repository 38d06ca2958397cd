// `policy show`: the rules that say how sure a number is. The deductible's period (stated, or
// not: charged in full), the contribution-level rule with its bands, edges and the years rule,
// the insurance named above the basic cap, the relatives a source does not settle, the last day
// the sources cover; and the closing list of every reading and inference with its quote.
import type { BeyondCapValue, EligibilityValue, Policy, PolicyVersion, SchemeRulesValue } from '../../policy/schema.js';
import { evidence, noteReading, sourcedLine, type ShowContext } from './show-values.js';
import { KEY_WORDS, RELATION_WORDS, word } from './words.js';

/** Over what the deductible counts; nothing for a deductible stated as 0 (no period to count). */
export function periodLine(ctx: ShowContext, pad: string, rules: SchemeRulesValue, where: string): void {
  const zh = ctx.lang === 'zh';
  const d = rules.deductible as { value?: number | null } | undefined;
  if (d?.value === 0) return;
  const p = rules.deductible_period;
  const label = zh ? '起付线计算周期:' : 'Deductible counted: ';
  const full = `${where} · ${zh ? '起付线计算周期' : 'deductible period'}`;
  if (p?.value === 'year') ctx.lines.push(`${pad}${label}${ctx.strong(zh ? '按自然年度累计' : 'over the calendar year')}`);
  else if (p?.value === 'admission') ctx.lines.push(`${pad}${label}${ctx.strong(zh ? '每次住院(每次就诊)' : 'per admission (per visit)')}`);
  else {
    ctx.lines.push(`${pad}${label}${zh ? '未知(来源未说明按年度还是按次;计算时按全额起付线,不扣减本年已累计的部分)' : 'unknown (the sources do not say per year or per admission; a claim is charged the whole deductible)'}`);
    ctx.unknowns.push({ where: full, note: p?.note?.[ctx.lang] ?? (zh ? '来源未说明起付线按年度累计还是按次计算。' : 'The sources do not say whether the deductible is per year or per admission.') });
  }
  if (p) evidence(ctx, `${pad}  `, p, full);
}

export function eligibilityLines(ctx: ShowContext, pad: string, e: EligibilityValue, where: string, minLabel: string): void {
  const zh = ctx.lang === 'zh';
  ctx.lines.push(`${pad}${zh ? '享受条件:' : 'Eligibility: '}${e.rule[ctx.lang]}`);
  sourcedLine(ctx, `${pad}  `, minLabel, e.min_contribution, 'ratio', `${where} · ${minLabel}`);
  if (e.lower_band_top) sourcedLine(ctx, `${pad}  `, zh ? '下一档上限' : 'top of the band below', e.lower_band_top, 'ratio', `${where} · ${zh ? '下一档上限' : 'band below'}`);
  if (e.lowest_band) {
    sourcedLine(ctx, `${pad}  `, zh ? '最低一档' : 'lowest band stated', e.lowest_band, 'ratio', `${where} · ${zh ? '最低一档' : 'lowest band'}`);
    const below = `${where} · ${zh ? '最低一档以下的待遇' : 'benefits below the lowest band'}`;
    ctx.lines.push(`${pad}    ${zh ? '低于最低一档:未知(无法计算,不按“不享受”处理)' : 'Below it: unknown (not computed, never a refusal)'}`);
    ctx.unknowns.push({ where: below, note: e.lowest_band.note?.[ctx.lang] ?? '' });
  }
  const who = e.required_for.map((s) => word(KEY_WORDS, s, ctx.lang)).join(zh ? '、' : ', ');
  if (who) ctx.lines.push(`${pad}  ${zh ? `须提供缴费水平:${who}` : `Contribution level required for: ${who}`}`);
  const y = e.years_rule;
  if (y) {
    ctx.lines.push(`${pad}  ${zh ? '缴费年限:' : 'Contribution years: '}${y.rule[ctx.lang]}`);
    evidence(ctx, `${pad}    `, y, `${where} · ${zh ? '未达到或未说明缴费年限的' : 'years not met or not said'}${y.statuses.map((s) => word(KEY_WORDS, s, ctx.lang)).join('、')}`);
  }
}

export function beyondCapLines(ctx: ShowContext, pad: string, b: BeyondCapValue, where: string): void {
  const zh = ctx.lang === 'zh';
  ctx.lines.push(`${pad}${zh ? '封顶线以上:' : 'Above the cap: '}${b.name[ctx.lang]}${zh ? '可能支付(本工具不计算)' : ' may pay (not computed)'}`);
  const w = `${where} · ${b.name[ctx.lang]}`;
  evidence(ctx, `${pad}  `, b, w);
  sourcedLine(ctx, `${pad}  `, zh ? `${b.name.zh}封顶线` : `${b.name.en} cap`, b.cap, 'money', `${w} · ${zh ? '封顶线' : 'cap'}`);
}

/** The relatives the source neither names nor rules out, and the reading that decides them. */
export function unsettledLines(ctx: ShowContext, pad: string, v: PolicyVersion, where: string): void {
  const u = v.family?.relations.unsettled;
  if (!u) return;
  const zh = ctx.lang === 'zh';
  const who = u.values.map((r) => word(RELATION_WORDS, r, ctx.lang)).join(zh ? '、' : ', ');
  ctx.lines.push(`${pad}${zh ? '来源未说清的亲属:' : 'Not settled by the source: '}${who}${zh ? '(按不能支付计算,这是解读)' : ' (counted as not paying: a reading)'}`);
  ctx.lines.push(`${pad}  ${zh ? '解读:' : 'Reading: '}${u.reading[ctx.lang]}`);
  noteReading(ctx, where, 'reading', u.reading[ctx.lang], v.family!.relations);
}

/**
 * The last day the sources cover, for the last dated version: a later visit is warned. Where the
 * version states how far its sources cover (covers_until), that day, stated or as a reading, with
 * its quote; otherwise the latest source's date.
 */
export function horizonLine(ctx: ShowContext, policy: Policy, index: number): void {
  const v = policy.versions[index]!;
  if (index !== policy.versions.length - 1 || v.effective === null) return;
  const dates = Object.values(policy.sources).map((s) => s.date).filter((d) => d !== 'unknown').sort();
  const last = dates.at(-1);
  const zh = ctx.lang === 'zh';
  const c = v.covers_until;
  if (c?.value === 'open') {
    ctx.lines.push(`  ${zh ? '来源未写截止日期,自生效日起持续执行;本文件由发布单位随政策调整更新,之后的就诊不另提示' : 'Period: in force from its start with no end named; the file is kept current by its publisher, so later visits are not warned'}`);
    evidence(ctx, '    ', c, zh ? `版本 ${v.effective} · 来源覆盖期` : `version ${v.effective} · period the sources cover`);
    return;
  }
  const later = zh ? ';之后的政策调整本工具不知道,之后的就诊照此版本计算并注明' : '; later changes are unknown to the tool, and a later visit is computed by this version with a warning';
  if (c?.value && (!last || c.value > last)) {
    const how = c.reading ? (zh ? '按解读覆盖到' : 'taken (a reading) to cover up to') : c.inferred ? (zh ? '由原文推算覆盖到' : 'worked out from the source to cover up to') : zh ? '来源写明覆盖到' : 'the sources state they cover up to';
    ctx.lines.push(`  ${zh ? '' : 'Period: '}${how} ${c.value}${later}`);
    evidence(ctx, '    ', c, zh ? `版本 ${v.effective} · 来源覆盖期` : `version ${v.effective} · period the sources cover`);
    return;
  }
  if (!last) return;
  ctx.lines.push(`  ${zh ? `来源资料截至 ${last}${later}` : `The sources go up to ${last}${later}`}`);
  if (c) evidence(ctx, '    ', c, zh ? `版本 ${v.effective} · 来源覆盖期` : `version ${v.effective} · period the sources cover`);
}

export function readingsSection(ctx: ShowContext): void {
  const zh = ctx.lang === 'zh';
  const all = [...ctx.readings.values()];
  ctx.lines.push('', ctx.strong(zh ? `本工具对原文的解读和推定(${all.length} 项)` : `Readings and inferences the tool takes (${all.length})`));
  if (!all.length) ctx.lines.push(zh ? '  无' : '  none');
  for (const r of all) {
    const tag = r.kind === 'inferred' ? (zh ? '[推定] ' : '[inferred] ') : zh ? '[解读] ' : '[reading] ';
    ctx.lines.push(`  - ${tag}${r.wheres.join(zh ? ';' : '; ')}${zh ? ':' : ': '}${r.text}`);
    if (r.quote) ctx.lines.push(ctx.dim(`    ${zh ? '原文' : 'Quote'}${r.source ? `[${r.source}]` : ''}${zh ? ':' : ': '}“${r.quote}”`));
    else ctx.lines.push(ctx.dim(`    ${zh ? '(无原文:来源没有写到这一点)' : '(no quote: the sources do not address it)'}`));
  }
}
