// `yibao policy show <id|file>`: every rule of a policy in plain words (zh or en), each number
// with its quote and source, inferred values marked, readings stated; then the facts, the family
// mutual-aid rules, the hotline, and a closing list of what the sources leave unknown.
import type { Policy, PolicyVersion, SchemeRulesValue } from '../../policy/schema.js';
import { computableNamed, computableText, survey } from './computable.js';
import { evidence, formatValue, paramLines, sourcedLine, type Reading, type ShowContext, type Unknown } from './show-values.js';
import { ratioParamOf } from '../../policy/sourced.js';
import { diseaseLimitLines, facilitiesLines, schemeV2Lines, versionV2Lines } from './show-v2.js';
import { beyondCapLines, eligibilityLines, horizonLine, periodLine, readingsSection, unsettledLines } from './show-rules.js';
import { BENEFIT_WORDS, KEY_WORDS, PARAM_WORDS, RELATION_WORDS, benefitScheme, percent, versionLabel, word, type Lang } from './words.js';

export interface Shown {
  text: string;
  unknowns: Unknown[];
  /** Every reading and inference, with the places it decides and its quote. */
  readings: Reading[];
}

export function renderShow(policy: Policy, meta: { file: string; sha256: string; extends?: string | undefined }, lang: Lang, strong: (s: string) => string, dim: (s: string) => string): Shown {
  const sourceIndex = new Map(Object.keys(policy.sources).map((k, i) => [k, i + 1]));
  const ctx: ShowContext = { lang, sourceIndex, lines: [], unknowns: [], readings: new Map(), strong, dim };
  const zh = lang === 'zh';
  ctx.lines.push(strong(`${policy.name[lang]} (${policy.region[lang]})  ${policy.id}`));
  ctx.lines.push(dim(`${meta.file}  sha256 ${meta.sha256.slice(0, 12)}`));
  if (meta.extends) ctx.lines.push(zh ? `扩展内置政策 ${meta.extends}:本文件写明的规定替换或补充它的,其余照内置政策` : `Extends the bundled policy ${meta.extends}: what this file states replaces or adds to it; the rest is as bundled`);
  heading(ctx, zh ? '来源' : 'Sources');
  for (const [key, s] of Object.entries(policy.sources)) {
    ctx.lines.push(zh ? `  [${sourceIndex.get(key)}] ${s.publisher}《${s.title}》(${s.date === 'unknown' ? '日期不详' : s.date})` : `  [${sourceIndex.get(key)}] ${s.publisher}, "${s.title}", ${s.date}`);
    ctx.lines.push(dim(`      ${s.file}`));
    if (s.date_note) ctx.lines.push(`      ${s.date_note[lang]}`);
  }
  tiers(ctx, policy);
  facilitiesLines(ctx, policy);
  policy.versions.forEach((v, i) => version(ctx, policy, i, policy.versions[i + 1]?.effective));
  stayVersion(ctx, policy);
  hotline(ctx, policy);
  if (policy.faq?.length) {
    heading(ctx, zh ? '常见问题' : 'Questions and answers');
    ctx.lines.push(zh ? `  来源回答了 ${policy.faq.length} 个问题:yibao faq --city ${policy.id}` : `  The sources answer ${policy.faq.length} questions: yibao faq --city ${policy.id}`);
  }
  readingsSection(ctx);
  unknowns(ctx);
  return { text: `${ctx.lines.join('\n')}\n`, unknowns: ctx.unknowns, readings: [...ctx.readings.values()] };
}

/** stay_version: which version governs a stay that crosses a version's start (shown where there are two versions, or it is written). */
function stayVersion(ctx: ShowContext, policy: Policy): void {
  const v = policy.stay_version;
  if (!v && policy.versions.length < 2) return;
  const zh = ctx.lang === 'zh';
  heading(ctx, zh ? '跨版本的住院' : 'A stay crossing a version');
  const label = zh ? '入院、出院日期分属两个版本时适用' : 'where admission and discharge fall under two versions';
  const where = zh ? `跨版本的住院 · ${label}` : `a stay crossing a version · ${label}`;
  if (!v || v.value === null) {
    ctx.lines.push(`  ${label}${zh ? ':' : ': '}${zh ? '未知(两个版本都计算,结果不同时无法计算;--set stay_version=admission|discharge)' : 'unknown (both versions are tried; where they differ the claim is unanswerable; --set stay_version=admission|discharge)'}${v?.note ? ` (${v.note[ctx.lang]})` : ''}`);
    ctx.unknowns.push({ where, note: v?.note?.[ctx.lang] ?? '' });
    return;
  }
  const words = v.value === 'discharge' ? (zh ? '出院(结算)之日执行的版本' : 'the version in force on the discharge (settlement) day') : zh ? '入院之日执行的版本' : 'the version in force on the admission day';
  ctx.lines.push(`  ${label}${zh ? ':' : ': '}${ctx.strong(words)}${v.reading ? (zh ? ' [解读]' : ' [reading]') : ''}`);
  evidence(ctx, '      ', v, where);
}

function heading(ctx: ShowContext, title: string): void {
  ctx.lines.push('', ctx.strong(title));
}

function tiers(ctx: ShowContext, policy: Policy): void {
  const zh = ctx.lang === 'zh';
  heading(ctx, zh ? '医疗机构级别' : 'Facility tiers');
  for (const [key, t] of Object.entries(policy.tiers)) {
    if (!t) continue;
    const counts = t.counts_as ? (zh ? `,按${word(KEY_WORDS, t.counts_as, 'zh')}计` : `, counts as ${word(KEY_WORDS, t.counts_as, 'en')}`) : '';
    ctx.lines.push(`  ${key}: ${t.name[ctx.lang]}${counts}`);
    evidence(ctx, '      ', t, zh ? `医疗机构级别 · ${t.name.zh}` : `facility tiers · ${t.name.en}`);
    if (key === 'community' && t.counts_as === null) ctx.unknowns.push({ where: zh ? `医疗机构级别 · ${t.name.zh}` : `facility tiers · ${t.name.en}`, note: t.note?.[ctx.lang] ?? '' });
  }
}

function version(ctx: ShowContext, policy: Policy, index: number, next: string | null | undefined): void {
  const zh = ctx.lang === 'zh';
  const v = policy.versions[index]!;
  const label = versionLabel(v.effective, next, ctx.lang);
  heading(ctx, `${zh ? '版本' : 'Version'} ${label}`);
  if (v.effective_note) ctx.lines.push(`  ${v.effective_note[ctx.lang]}`);
  horizonLine(ctx, policy, index);
  const { computable, refused } = survey(policy, index);
  const can = computableNamed(policy, computable, ctx.lang).map((c) => computableText(c, ctx.lang));
  ctx.lines.push(`  ${zh ? '可计算' : 'Computes'}${zh ? ':' : ': '}${can.length ? can.join(zh ? '、' : '; ') : zh ? '无' : 'nothing'}`);
  for (const r of refused) ctx.lines.push(`    ${benefitScheme(r.benefit, r.scheme, ctx.lang)}${zh ? ':' : ': '}${r.reason[ctx.lang]}`);
  const rounding = `${v.rounding.mode === 'half_up' ? (zh ? '四舍五入' : 'half-up') : v.rounding.mode} ${v.rounding.unit} ${zh ? '元' : 'yuan'}`;
  ctx.lines.push(`  ${zh ? '舍入' : 'Rounding'}${zh ? ':' : ': '}${rounding}`);
  evidence(ctx, '    ', v.rounding);
  for (const [benefit, b] of Object.entries(v.benefits)) {
    if (!b) continue;
    if (b.note) ctx.lines.push('', `  ${word(BENEFIT_WORDS, benefit, ctx.lang)}${zh ? ':' : ': '}${b.note[ctx.lang]}`);
    for (const scheme of ['employee', 'resident'] as const) {
      const rules = b[scheme];
      if (rules) schemeRules(ctx, policy, rules, benefit, scheme, label);
    }
    diseaseLimitLines(ctx, b, `${label} · ${word(BENEFIT_WORDS, benefit, ctx.lang)}`, `${benefit}.disease_limits`);
  }
  versionV2Lines(ctx, v, label);
  family(ctx, v, label);
  facts(ctx, v, label);
}

function schemeRules(ctx: ShowContext, policy: Policy, rules: SchemeRulesValue, benefit: string, scheme: string, label: string): void {
  const zh = ctx.lang === 'zh';
  ctx.lines.push('', `  ${ctx.strong(benefitScheme(benefit, scheme, ctx.lang))}`);
  const where = `${label} · ${benefitScheme(benefit, scheme, ctx.lang)}`;
  const set = `${benefit}.${scheme}`;
  const p = (k: string) => word(PARAM_WORDS, k, ctx.lang);
  if (rules.deductible) paramLines(ctx, '    ', p('deductible'), rules.deductible, 'money', where, `${set}.deductible`);
  else ctx.lines.push(`    ${p('deductible')}${zh ? ':按病种设定(见下方病种)' : ': set by disease (see the diseases below)'}`);
  periodLine(ctx, '      ', rules, where);
  if (rules.ratio !== undefined || !rules.bands) paramLines(ctx, '    ', p('ratio'), ratioParamOf(rules), 'ratio', where, `${set}.ratio`);
  if (rules.retiree_bonus) {
    sourcedLine(ctx, '    ', p('retiree_bonus'), rules.retiree_bonus, 'points', `${where} · ${p('retiree_bonus')}`, `${set}.retiree_bonus`);
    const uplifted = rules.bands ? undefined : retireeRatios(policy, rules, ctx.lang);
    if (uplifted) ctx.lines.push(`      ${zh ? '即退休人员' : 'so retirees get'} ${uplifted}`);
    if (rules.bands) ctx.lines.push(`      ${zh ? '(分段比例的每一段都提高)' : '(added to every band)'}`);
  }
  schemeV2Lines(ctx, rules, where, set);
  if (rules.cap !== undefined) paramLines(ctx, '    ', p('cap'), rules.cap, 'money', where, `${set}.cap`);
  else ctx.lines.push(`    ${p('cap')}${zh ? ':原文未设(不按总额封顶,没有可补充的数值)' : ': none in the rulebook (no overall cap, nothing to supply)'}`);
  if (rules.beyond_cap) beyondCapLines(ctx, '      ', rules.beyond_cap, where);
  if (rules.eligibility) eligibilityLines(ctx, '    ', rules.eligibility, where, p('min_contribution'));
  if (rules.note) ctx.lines.push(`    ${zh ? '说明:' : 'Note: '}${rules.note[ctx.lang]}`);
}

/** "一级 85%、二级 75%、三级 65%": tier ratios plus the uplift, in integer parts per 10,000. */
function retireeRatios(policy: Policy, rules: SchemeRulesValue, lang: Lang): string | undefined {
  const bonus = rules.retiree_bonus?.value;
  const ratio = ratioParamOf(rules) as Record<string, { value?: number | null }>;
  if (bonus == null || 'value' in ratio) return undefined;
  const parts = Object.keys(policy.tiers)
    .filter((t) => typeof ratio[t]?.value === 'number')
    .map((t) => ({ t, bp: Math.round(ratio[t]!.value! * 10000) + Math.round(bonus * 10000) }));
  return parts.length ? parts.map(({ t, bp }) => `${word(KEY_WORDS, t, lang)} ${percent(bp / 10000)}`).join(lang === 'zh' ? '、' : ', ') : undefined;
}

function family(ctx: ShowContext, v: PolicyVersion, label: string): void {
  const f = v.family;
  const zh = ctx.lang === 'zh';
  if (!f) {
    ctx.lines.push('', `  ${ctx.strong(zh ? '家庭共济' : 'Family mutual aid')}`, `    ${zh ? '可共济的亲属:未知(来源未提及;亲属账户按不能支付计算)' : 'Relations allowed: unknown (the sources do not mention it; a relative\'s account is counted as not paying)'}`);
    ctx.unknowns.push({ where: `${label} · ${zh ? '家庭共济 · 亲属范围' : 'family mutual aid · relations'}`, note: zh ? '来源未提及家庭共济。' : 'The sources do not mention family mutual aid.' });
    return;
  }
  ctx.lines.push('', `  ${ctx.strong(zh ? '家庭共济' : 'Family mutual aid')}`);
  if (f.relations.values === null) {
    ctx.lines.push(`    ${zh ? '可共济的亲属:未知' : 'Relations allowed: unknown'}`);
    ctx.unknowns.push({ where: zh ? '家庭共济 · 亲属范围' : 'family mutual aid · relations', note: f.relations.note?.[ctx.lang] ?? '' });
  } else {
    const who = f.relations.values.map((r) => word(RELATION_WORDS, r, ctx.lang)).join(zh ? '、' : ', ');
    ctx.lines.push(`    ${zh ? '可共济的亲属:' : 'Relations allowed: '}${who}`);
  }
  const where = `${label} · ${zh ? '家庭共济' : 'family mutual aid'}`;
  evidence(ctx, '      ', f.relations, where);
  unsettledLines(ctx, '    ', v, where);
  const order = f.order.values.map((o) => (o === 'own_account' ? (zh ? '本人账户' : 'own account') : zh ? '家庭共济账户' : 'family account')).join(' → ');
  ctx.lines.push(`    ${zh ? '支付顺序:' : 'Order of payment: '}${order}`);
  evidence(ctx, '      ', f.order);
  if (f.note) ctx.lines.push(`    ${f.note[ctx.lang]}`);
}

function facts(ctx: ShowContext, v: PolicyVersion, label: string): void {
  if (!v.facts?.length) return;
  const zh = ctx.lang === 'zh';
  ctx.lines.push('', `  ${ctx.strong(zh ? '其他规定(不参与计算)' : 'Other rules (not used in calculation)')}`);
  for (const fact of v.facts) {
    const kind = fact.unit === 'yuan' ? 'money' : fact.unit;
    if (fact.value === null) {
      ctx.lines.push(`    ${fact.title[ctx.lang]}${zh ? ':未知' : ': unknown'}`);
      ctx.unknowns.push({ where: fact.title[ctx.lang], note: fact.note?.[ctx.lang] ?? '' });
    } else ctx.lines.push(`    ${fact.title[ctx.lang]}${zh ? ':' : ': '}${ctx.strong(formatValue(fact.value, kind, ctx.lang))}`);
    evidence(ctx, '      ', fact, `${label} · ${fact.title[ctx.lang]}`);
  }
}

function hotline(ctx: ShowContext, policy: Policy): void {
  const zh = ctx.lang === 'zh';
  const h = policy.hotline;
  heading(ctx, zh ? '服务热线' : 'Hotline');
  if (h.number === null) {
    ctx.lines.push(`  ${zh ? '未知' : 'unknown'}`);
    ctx.unknowns.push({ where: zh ? '服务热线' : 'hotline', note: h.note?.[ctx.lang] ?? '' });
  } else ctx.lines.push(`  ${ctx.strong(h.number)}`);
  evidence(ctx, '    ', h);
  for (const m of h.menu ?? []) ctx.lines.push(`    ${zh ? '按' : 'key '}${m.key}: ${m.label[ctx.lang]}`);
  if (h.menu_quote) evidence(ctx, '    ', { source: h.source, quote: h.menu_quote });
}

function unknowns(ctx: ShowContext): void {
  const zh = ctx.lang === 'zh';
  heading(ctx, zh ? `来源未说明的(${ctx.unknowns.length} 项)` : `What the sources leave unknown (${ctx.unknowns.length})`);
  if (!ctx.unknowns.length) ctx.lines.push(zh ? '  无' : '  nothing');
  for (const u of ctx.unknowns) {
    ctx.lines.push(`  - ${u.where}${u.note ? `${zh ? ':' : ': '}${u.note}` : ''}${u.set ? ctx.dim(` [--set ${u.set}=…]`) : ''}`);
  }
  const example = ctx.unknowns.find((u) => u.set)?.set;
  if (example) {
    ctx.lines.push(zh ? `  计算时未知的起付线或报销比例会使结果无法给出(退出码 3);可用 --set 自行指定,例如 --set ${example}=<值>。` : `  An unknown deductible or ratio makes a claim unanswerable (exit 3); supply one with --set, e.g. --set ${example}=<value>.`);
  }
}

