// Cross-field rules of policy model 2 (schema-v2.ts): a /1 file uses none of its structures;
// every number in them is sourced like a model-1 value (lintSourced: source + a quote stating
// it, or inferred with reasoning, or null with a note); every rule that is not a number has its
// quote or a note (lintStated); bands rise and end open; names referred to exist.
import { lintSourced, lintStated, report, type Context } from './lint-values.js';
import type { PathSegment } from './positions.js';
import type { BenefitValue, Policy, PolicyVersion, SchemeRulesValue, SourcedValue } from './schema.js';
import type { AdmissionStepValue, StatusScheduleValue, AgeBonusValue, BandsValue, DeductibleScheduleValue, DiseaseGroupValue, DiseaseLimitValue, FacilityValue, FlagValue, OpenGroupsValue, AssistanceOpenGroupsValue, SecondLayerValue, SeveralRuleValue, UpliftCeilingValue } from './schema-v2.js';
import { ageBonusesOf, BENEFIT_KEYS, firstPaySharesOf, isBenefitKeyed, isSeveralKeyed, isSourced, sharesOf } from './sourced.js';
import type { FilingRuleValue, FirstPayValue } from './schema-v2.js';
import { filingSides, type FilingEntryValue } from './filing-sides.js';

const V2_TOP = ['facilities', 'grades'] as const;
const V2_VERSION = ['first_pay', 'second_layer', 'assistance', 'account_scope', 'family_year_cap', 'status_change', 'status_from', 'several_groups'] as const;
const V2_BENEFIT = ['disease_limits'] as const;
const V2_SCHEME = ['deductible_schedule', 'deductible_floor', 'deductible_partly_met', 'retiree_deductible_share', 'group_deductible_share', 'group_bonus', 'newborn_deductible_share', 'newborn_deductible_scope', 'newborn_enrolment', 'readmission', 'bands', 'age_bonus', 'grade_bonus', 'uplift_ceiling', 'uplift_order', 'filing', 'deductible_shared', 'cap_shared', 'deductible_year_cap', 'deductible_year_cap_crossing', 'visit_cap', 'age_cap', 'emergency_ratio_as', 'referral_deductible', 'unreferred_cut'] as const;

export const isModel2 = (policy: Pick<Policy, 'schema'>): boolean => policy.schema === 'yibao.policy/2';

function refuseIn(ctx: Context, path: PathSegment[], obj: object, keys: readonly string[]): void {
  for (const k of keys) {
    if ((obj as Record<string, unknown>)[k] !== undefined) {
      report(ctx, [...path, k], `“${k}”是政策模型2的结构:请把 schema 写成 yibao.policy/2`, `"${k}" is a policy-model-2 structure: set schema: yibao.policy/2`, 'key');
    }
  }
}

/** A /1 file: every model-2 key is refused, pointing at it. */
function lintModel1(ctx: Context, policy: Policy): void {
  refuseIn(ctx, [], policy, V2_TOP);
  policy.versions.forEach((v, i) => {
    refuseIn(ctx, ['versions', i], v, V2_VERSION);
    for (const [b, benefit] of Object.entries(v.benefits)) {
      if (!benefit) continue;
      refuseIn(ctx, ['versions', i, 'benefits', b], benefit, V2_BENEFIT);
      for (const scheme of ['employee', 'resident'] as const) {
        const rules = benefit[scheme];
        if (!rules) continue;
        const p = ['versions', i, 'benefits', b, scheme];
        refuseIn(ctx, p, rules, V2_SCHEME);
        if (rules.ratio === undefined) report(ctx, p, '缺少 ratio(报销比例)', 'ratio is missing', 'key');
        else refuseSelfPay(ctx, [...p, 'ratio'], rules.ratio);
        if (rules.cap === undefined) report(ctx, p, '缺少 cap(封顶线)', 'cap is missing', 'key');
      }
    }
  });
}

/** An open list of groups (…等困难群众): its choice, the group it names, and the list it stands beside. */
/** One filing rule (a kind's, or one side of it: 省内市外 / 省外). */
function lintFilingRule(ctx: Context, policy: Policy, p: PathSegment[], rule: FilingRuleValue): void {
  lintChoice(ctx, p, rule);
  if (rule.deductible_as && !policy.tiers[rule.deductible_as]) report(ctx, [...p, 'deductible_as'], `级别“${rule.deductible_as}”未定义`, `tier "${rule.deductible_as}" is not defined`);
  if (rule.ratio_cut) lintSourced(ctx, [...p, 'ratio_cut'], rule.ratio_cut, 'ratio');
  if (rule.deductible_times) lintSourced(ctx, [...p, 'deductible_times'], rule.deductible_times, 'count');
  if (rule.ratio_times) lintSourced(ctx, [...p, 'ratio_times'], rule.ratio_times, 'ratio');
  if (rule.first_share) {
    lintSourced(ctx, [...p, 'first_share'], rule.first_share, 'ratio');
    if (rule.first_share.counts_in_layers) lintFlag(ctx, [...p, 'first_share', 'counts_in_layers'], rule.first_share.counts_in_layers);
    if (rule.first_share.order) lintChoice(ctx, [...p, 'first_share', 'order'], rule.first_share.order);
  }
  if (rule.no_day_cap) lintFlag(ctx, [...p, 'no_day_cap'], rule.no_day_cap);
  if (rule.ratio_times_of) {
    lintChoice(ctx, [...p, 'ratio_times_of'], rule.ratio_times_of);
    if (!rule.ratio_times) report(ctx, [...p, 'ratio_times_of'], 'ratio_times_of 需要 ratio_times', 'ratio_times_of needs ratio_times', 'key');
  }
  if (rule.value === 'adjusted' && !rule.deductible_as && !rule.ratio_cut && !rule.deductible_times && !rule.ratio_times && !rule.first_share && !rule.no_day_cap) {
    report(ctx, [...p, 'value'], 'adjusted 需要 deductible_as、deductible_times、ratio_cut、ratio_times 或 first_share', 'adjusted needs deductible_as, deductible_times, ratio_cut, ratio_times or first_share');
  }
}

function lintOpenGroups(ctx: Context, path: PathSegment[], o: OpenGroupsValue | AssistanceOpenGroupsValue, list: Record<string, unknown> | undefined, listKey: string): void {
  lintChoice(ctx, path, o);
  if (!list) report(ctx, path, `open_groups 需要 ${listKey}(以“等”结尾的那份名单)`, `open_groups needs ${listKey} (the list that ends in 等)`, 'key');
  if (o.group !== undefined && list && !Object.hasOwn(list, o.group)) report(ctx, [...path, 'group'], `“${o.group}”不是 ${listKey} 中的对象`, `"${o.group}" is not a group of ${listKey}`, 'key');
  if (o.value === 'as_group' && o.group === undefined) report(ctx, [...path, 'group'], 'as_group 需要 group(未列出的对象按哪一类计算)', 'as_group needs group (the listed group an unnamed one is counted as)', 'key');
  if (o.value === 'none' && !o.reading) report(ctx, [...path, 'reading'], '原文“等”未列出的对象不算救助对象是解读:写 reading', 'reading a group the 等 list does not name as no 救助对象 is a reading: write reading', 'key');
  if (o.value === 'as_group' && !o.reading) report(ctx, [...path, 'reading'], '原文“等”未列出的对象按某类计算是解读:写 reading', 'counting a group the 等 list does not name as a listed one is a reading: write reading', 'key');
}

/** `self_pay` (a ratio stated as the person's share) is policy model 2: refused in a /1 file, where it stands. */
function refuseSelfPay(ctx: Context, path: PathSegment[], v: unknown): void {
  if (typeof v !== 'object' || v === null) return;
  if (Object.hasOwn(v, 'self_pay')) {
    report(ctx, [...path, 'self_pay'], 'self_pay(按个人自付比例写的支付比例)属于政策模型 2:请写 schema: yibao.policy/2', 'self_pay (a ratio stated as the person’s share) is policy model 2: write schema: yibao.policy/2', 'key');
    return;
  }
  for (const [k, x] of Object.entries(v)) refuseSelfPay(ctx, [...path, k], x);
}

/**
 * A reading_short is the spoken clause of a reading: alone it would be accepted and never said,
 * so it is refused wherever it stands without its reading.
 */
function lintShortWithoutReading(ctx: Context, path: PathSegment[], value: unknown): void {
  if (Array.isArray(value)) return value.forEach((x, i) => lintShortWithoutReading(ctx, [...path, i], x));
  if (typeof value !== 'object' || value === null) return;
  const o = value as Record<string, unknown>;
  if (o.reading_short !== undefined && o.reading === undefined) {
    report(ctx, [...path, 'reading_short'], 'reading_short 是 reading 的口头简述:没有 reading 时不会显示,请补上 reading 或删去', 'reading_short is the spoken clause of a reading: without a reading it is never shown; add the reading or remove it', 'key');
  }
  for (const [k, x] of Object.entries(o)) if (typeof x === 'object' && x !== null) lintShortWithoutReading(ctx, [...path, k], x);
}

export function lintModel2(ctx: Context, policy: Policy): void {
  if (!isModel2(policy)) return lintModel1(ctx, policy);
  lintShortWithoutReading(ctx, [], policy);
  for (const [name, f] of Object.entries(policy.facilities ?? {})) {
    const p = ['facilities', name];
    if (f.counts_as && f.counts_as !== 'rated' && !policy.tiers[f.counts_as]) report(ctx, [...p, 'counts_as'], `级别“${f.counts_as}”未在 tiers 中定义`, `tier "${f.counts_as}" is not defined in tiers`);
    lintStated(ctx, p, f, f.counts_as === null ? [] : [f.counts_as]);
    if (f.counts_as === null && !f.note && !f.reading) report(ctx, [...p, 'counts_as'], '未说明级别(counts_as: null)需要 note', 'a level not stated (counts_as: null) needs a note');
    lintFacilityBenefits(ctx, p, f);
    if (f.levels) lintFacilityLevels(ctx, [...p, 'levels'], f, policy);
    // 民营中医医院: [中医医院, 民营医院]: each a facility of the policy, none itself of several kinds
    for (const k of f.kinds ?? []) {
      const kind = policy.facilities?.[k];
      if (!kind || k === name) report(ctx, [...p, 'kinds'], `“${k}”不是 facilities 中的另一个机构名称`, `"${k}" is not another name in facilities`, 'key');
      else if (kind.kinds) report(ctx, [...p, 'kinds'], `“${k}”本身写了 kinds:kinds 只能列单一类别的机构`, `"${k}" has kinds itself: kinds lists facilities of one kind only`, 'key');
    }
  }
  policy.versions.forEach((v, i) => lintVersion2(ctx, ['versions', i], v, policy));
}

/** levels (在二级及以上中医医院): a kind paid at its rated level, levels the policy defines, stated or null with a note. */
function lintFacilityLevels(ctx: Context, path: PathSegment[], f: FacilityValue, policy: Policy): void {
  const l = f.levels!;
  if (f.counts_as !== 'rated') report(ctx, path, 'levels 只用于按其评定级别执行的机构(counts_as: rated)', 'levels is for a facility paid at its rated level (counts_as: rated)', 'key');
  for (const t of l.value ?? []) if (!policy.tiers[t]) report(ctx, path, `级别“${t}”未在 tiers 中定义`, `tier "${t}" is not defined in tiers`);
  if (l.value === null && !l.note) report(ctx, path, '未说明适用级别(levels: null)需要 note', 'levels not stated (null) needs a note');
  lintStated(ctx, path, l, l.value ?? []);
}

function lintVersion2(ctx: Context, path: PathSegment[], v: PolicyVersion, policy: Policy): void {
  if (v.first_pay) {
    for (const kind of ['drugs', 'items'] as const) {
      for (const { v: share, key } of firstPaySharesOf(v.first_pay[kind])) lintSourced(ctx, [...path, 'first_pay', kind, ...key], share, 'ratio');
    }
    lintFirstPayBenefits(ctx, [...path, 'first_pay'], v.first_pay);
    if (v.first_pay.order) lintStated(ctx, [...path, 'first_pay', 'order'], v.first_pay.order, []);
  }
  const groups = new Set(Object.keys(v.assistance?.groups ?? {}));
  for (const scheme of ['employee', 'resident'] as const) {
    const layer = v.second_layer?.[scheme];
    if (layer) lintLayer(ctx, [...path, 'second_layer', scheme], layer, groups, policy, scheme === 'employee');
    // 住院和第一类门诊慢特病: groups and diseases the chronic benefit names, on a layer that covers chronic care
    const cd = layer?.chronic_diseases;
    if (cd) {
      const at = [...path, 'second_layer', scheme, 'chronic_diseases'];
      lintStated(ctx, at, cd, [...(cd.groups ?? []), ...(cd.diseases ?? [])]);
      const limits = v.benefits.chronic?.disease_limits;
      if (!layer.benefits.includes('chronic')) report(ctx, at, 'chronic_diseases 需要 benefits 含 chronic', 'chronic_diseases needs chronic among benefits', 'key');
      if (!cd.groups && !cd.diseases) report(ctx, at, 'chronic_diseases 需要 groups(病种组)或 diseases(病种)', 'chronic_diseases needs groups or diseases', 'key');
      for (const g of cd.groups ?? []) if (!limits?.groups?.[g]) report(ctx, [...at, 'groups'], `病种组“${g}”未在 chronic.disease_limits.groups 中定义`, `disease group "${g}" is not defined in chronic.disease_limits.groups`);
      for (const d of cd.diseases ?? []) if (!limits?.diseases.some((x) => x.name === d)) report(ctx, [...at, 'diseases'], `病种“${d}”未在 chronic.disease_limits.diseases 中定义`, `disease "${d}" is not defined in chronic.disease_limits.diseases`);
    }
  }
  if (v.assistance) {
    const a = v.assistance;
    const p = [...path, 'assistance'];
    lintStated(ctx, p, a, []);
    const listed = new Set<string>();
    a.benefits.forEach((b, i) => {
      const name = typeof b === 'string' ? b : b.value;
      if (listed.has(name)) report(ctx, [...p, 'benefits', i], `“${name}”重复`, `"${name}" is listed twice`);
      listed.add(name);
      if (typeof b === 'string') return;
      lintStated(ctx, [...p, 'benefits', i], b, [b.value]);
    });
    lintFlag(ctx, [...p, 'base', 'deductible'], a.base.deductible);
    lintFlag(ctx, [...p, 'base', 'first_pay'], a.base.first_pay);
    if (a.base.out_of_scope) lintFlag(ctx, [...p, 'base', 'out_of_scope'], a.base.out_of_scope);
    for (const [name, g] of Object.entries(a.groups)) {
      const gp = [...p, 'groups', name];
      lintStated(ctx, gp, g, []);
      if (g.threshold) lintSourced(ctx, [...gp, 'threshold'], g.threshold, 'money');
      lintSourced(ctx, [...gp, 'ratio'], g.ratio, 'ratio');
      lintCapOrNone(ctx, gp, g);
      if (!g.cap && !g.no_cap) report(ctx, [...gp, 'cap'], '救助对象需要 cap(年度救助限额)或 no_cap(不设年度救助限额);原文未说明时写 cap: { value: null, note }', 'a group needs cap (its yearly cap) or no_cap (不设年度救助限额); where the text is silent, cap: { value: null, note }', 'key');
    }
    if (a.open_groups) lintOpenGroups(ctx, [...p, 'open_groups'], a.open_groups, a.groups, 'assistance.groups');
  }
  if (v.assistance?.uplift) lintUplift(ctx, [...path, 'assistance', 'uplift'], v.assistance.uplift, v.assistance.groups);
  for (const [kind, c] of Object.entries(v.assistance?.filing_cut ?? {})) if (c) lintSourced(ctx, [...path, 'assistance', 'filing_cut', kind], c, 'ratio');
  if (v.family_year_cap) {
    lintSourced(ctx, [...path, 'family_year_cap'], v.family_year_cap as never, 'money');
    lintChoice(ctx, [...path, 'family_year_cap', 'per'], v.family_year_cap.per);
  }
  if (v.account_scope) {
    lintChoice(ctx, [...path, 'account_scope', 'own'], v.account_scope.own);
    if (v.account_scope.family) lintChoice(ctx, [...path, 'account_scope', 'family'], v.account_scope.family);
  }
  if (v.status_from) lintChoice(ctx, [...path, 'status_from'], v.status_from);
  if (v.several_groups) lintChoice(ctx, [...path, 'several_groups'], v.several_groups);
  const sc = v.status_change;
  if (sc && 'value' in sc) lintChoice(ctx, [...path, 'status_change'], sc);
  else if (sc) for (const [key, rule] of Object.entries(sc)) if (rule) lintChoice(ctx, [...path, 'status_change', key], rule);
  for (const [b, benefit] of Object.entries(v.benefits)) {
    if (!benefit) continue;
    const bp = [...path, 'benefits', b];
    lintBenefit2(ctx, bp, benefit);
    for (const scheme of ['employee', 'resident'] as const) {
      const rules = benefit[scheme];
      if (rules) lintScheme2(ctx, [...bp, scheme], rules, policy, groups);
    }
  }
}

/**
 * A share keyed by benefit names the benefits it applies to: an empty map says nothing; where both
 * are keyed they name the same benefits, and each benefit of `benefits` has its entry (else a claim
 * of it would have one share and not the other).
 */
function lintFirstPayBenefits(ctx: Context, path: PathSegment[], fp: FirstPayValue): void {
  const named = (k: 'drugs' | 'items') => {
    const share = fp[k] as object;
    if (!isSourced(share) && Object.keys(share).length === 0) report(ctx, [...path, k], '按待遇分列的乙类先行自付比例至少要写一个待遇(inpatient、chronic、outpatient)', 'a first-pay share keyed by benefit names at least one benefit (inpatient, chronic, outpatient)', 'key');
    return isBenefitKeyed(fp[k]) ? BENEFIT_KEYS.filter((b) => (fp[k] as Record<string, unknown>)[b] !== undefined) : undefined;
  };
  const drugs = named('drugs');
  const items = named('items');
  if (drugs && items && drugs.join() !== items.join()) {
    report(ctx, [...path, 'items'], `drugs 和 items 都按待遇分列时要写同样的待遇(drugs:${drugs.join('、')};items:${items.join('、')})`, `where drugs and items are both keyed by benefit they name the same benefits (drugs: ${drugs.join(', ')}; items: ${items.join(', ')})`, 'key');
  }
  for (const [k, keys] of [['drugs', drugs], ['items', items]] as const) {
    for (const b of fp.benefits ?? []) {
      if (keys && !keys.includes(b)) report(ctx, [...path, k, b], `benefits 列出了 ${b},但 ${k} 没有它的比例`, `benefits lists ${b} but ${k} has no share for it`, 'key');
    }
  }
}

function lintBenefit2(ctx: Context, path: PathSegment[], benefit: BenefitValue): void {
  const d = benefit.disease_limits;
  if (!d) return;
  // 年度中途认定的，当年支付限额按…月数占12个月的比例折算
  if (d.prorate) {
    lintChoice(ctx, [...path, 'disease_limits', 'prorate'], d.prorate);
    if (d.prorate.counts_certification_month) lintFlag(ctx, [...path, 'disease_limits', 'prorate', 'counts_certification_month'], d.prorate.counts_certification_month);
  }
  // the several rule, one or per scheme (职工 …50%累加；居民 …每增加一个病种增加200元), by its path key
  const keyed = d.several !== undefined && isSeveralKeyed(d.several);
  const rules: [string, SeveralRuleValue | null | undefined][] = d.several !== undefined && isSeveralKeyed(d.several) ? [['employee', d.several.employee], ['resident', d.several.resident]] : [['', d.several]];
  const names = new Set<string>();
  d.diseases.forEach((disease, i) => {
    const p = [...path, 'disease_limits', 'diseases', i];
    for (const n of [disease.name, ...(disease.aliases ?? [])]) {
      if (names.has(n)) report(ctx, [...p, 'name'], `病种名称“${n}”重复`, `disease name "${n}" given twice`);
      names.add(n);
    }
    const group = disease.group === undefined ? undefined : d.groups?.[disease.group];
    if (disease.group !== undefined && !group) report(ctx, [...p, 'group'], `“${disease.group}”不是 disease_limits.groups 中的病种组`, `"${disease.group}" is not a group of disease_limits.groups`, 'key');
    // by_count: the limit is the patient's, by the number of diseases; a disease has one of its own only where separate
    const sharing = disease.separate?.value !== true && group?.no_limit?.value !== true;
    const byCount = (scheme: string) => sharing && rules.find(([k]) => k === '' || k === scheme)?.[1]?.value === 'by_count';
    lintDiseaseLimit(ctx, [...p, 'limit'], disease.limit, byCount, group?.no_limit?.value === true);
    if (disease.separate) lintFlag(ctx, [...p, 'separate'], disease.separate);
    if (disease.deductible) for (const { v, key } of sharesOf(disease.deductible)) lintSourced(ctx, [...p, 'deductible', ...key], v, 'money');
  });
  for (const [name, g] of Object.entries(d.groups ?? {})) lintDiseaseGroup(ctx, [...path, 'disease_limits', 'groups', name], g);
  if (d.deductible_once) lintChoice(ctx, [...path, 'disease_limits', 'deductible_once'], d.deductible_once);
  if (d.open) {
    const op = [...path, 'disease_limits', 'open'];
    lintChoice(ctx, op, d.open);
    if (d.open.group !== undefined && !d.groups?.[d.open.group]) report(ctx, [...op, 'group'], `“${d.open.group}”不是 disease_limits.groups 中的病种组`, `"${d.open.group}" is not a group of disease_limits.groups`, 'key');
    if (d.open.value === 'in_group' && d.open.group === undefined) report(ctx, [...op, 'group'], 'in_group 需要 group(清单以“等”结尾的那一组)', 'in_group needs group (the group whose list ends in 等)', 'key');
    if (d.open.value === 'in_group' && !d.open.reading) report(ctx, [...op, 'reading'], '原文的“等”未列出的病种按某组计算是解读:写 reading 说明', 'counting a disease the 等 list does not name in a group is a reading: write reading', 'key');
  }
  const sp = [...path, 'disease_limits', 'several'];
  if (!d.several) {
    // each limit apart (各病种年度支付限额分别计算): no rule for several is needed; two that may share one need it
    const sharing = d.diseases.filter((x) => x.separate?.value !== true && !(x.group !== undefined && d.groups?.[x.group]?.no_limit?.value === true)).map((x) => x.name);
    if (sharing.length > 1) report(ctx, [...path, 'disease_limits'], `需要 several(同时患多个病种时的限额):${sharing.join('、')} 没有写 separate: true,可能共用一个限额;原文说各病种限额分别计算时,在每个病种下写 separate`, `needs several (the limit of a patient with several diseases): ${sharing.join(', ')} are not separate: true and may share a limit; where the text keeps each limit apart, write separate on each disease`, 'key');
    return;
  }
  if (keyed && rules.every(([, r]) => !r)) report(ctx, sp, '按参保类型分列的 several 至少写 employee 或 resident 之一', 'several keyed by scheme needs employee or resident', 'key');
  for (const [key, rule] of rules) if (rule) lintSeveral(ctx, key ? [...sp, key] : sp, rule);
}

/**
 * A disease's limit: one sourced value, or keyed by scheme (employee maybe by status), each entry
 * sourced; none where the scheme's several rule is by_count (the limit goes by the number of
 * diseases), and one where a scheme needs it (a scheme's entry left out is unknown for its claims).
 */
function lintDiseaseLimit(ctx: Context, p: PathSegment[], limit: DiseaseLimitValue | undefined, byCount: (scheme: string) => boolean, noLimit: boolean): void {
  const refuse = (at: PathSegment[]) =>
    report(ctx, at, 'several 为 by_count 时病种不写自己的 limit(限额按认定病种数确定;单独计算的病种写 separate)', 'with several: by_count a disease has no limit of its own (the limit goes by the number of diseases; a disease apart takes separate)', 'key');
  if (limit === undefined) {
    if (!noLimit && !(byCount('employee') && byCount('resident'))) report(ctx, p, '需要 limit(或所属病种组写 no_limit: true)', 'needs limit (or its group’s no_limit: true)', 'key');
    return;
  }
  if (isSourced(limit)) {
    if (byCount('employee') || byCount('resident')) refuse(p);
    else lintSourced(ctx, p, limit, 'money');
    return;
  }
  if (!limit.employee && !limit.resident) report(ctx, p, '按参保类型分列的 limit 至少写 employee 或 resident 之一', 'a limit keyed by scheme needs employee or resident', 'key');
  for (const scheme of ['employee', 'resident'] as const) {
    const v = limit[scheme];
    if (!v) continue;
    if (byCount(scheme)) refuse([...p, scheme]);
    else if (isSourced(v)) lintSourced(ctx, [...p, scheme], v, 'money');
    else for (const s of ['active', 'retired'] as const) lintSourced(ctx, [...p, scheme, s], v[s], 'money');
  }
}

/** One several rule (the benefit's, or a scheme's): its value and the keys that go with it. */
function lintSeveral(ctx: Context, sp: PathSegment[], s: SeveralRuleValue): void {
  lintChoice(ctx, sp, s);
  if (s.value === 'highest_plus' && (!s.step || !s.step_max)) report(ctx, [...sp, 'value'], 'highest_plus 需要 step 和 step_max', 'highest_plus needs step and step_max');
  if ((s.value === 'highest_plus_share' || s.value === 'sum_share') && !s.share) report(ctx, [...sp, 'value'], `${s.value} 需要 share`, `${s.value} needs share`);
  if (s.sum_max && s.value !== 'sum' && s.value !== 'highest_plus_share' && s.value !== 'sum_share') report(ctx, [...sp, 'sum_max'], 'sum_max 只用于 sum、sum_share 或 highest_plus_share', 'sum_max goes with sum, sum_share or highest_plus_share only', 'key');
  // 但不低于其中最高病种的限额 / 合计不超过限额最高病种限额的2倍: bounds of a combined limit (by_count has none)
  for (const k of ['at_least_highest', 'max_times_highest'] as const) {
    if (s[k] && s.value === 'by_count') report(ctx, [...sp, k], `${k} 不用于 by_count`, `${k} does not go with by_count`, 'key');
  }
  if (s.at_least_highest) lintFlag(ctx, [...sp, 'at_least_highest'], s.at_least_highest);
  if (s.max_times_highest) lintSourced(ctx, [...sp, 'max_times_highest'], s.max_times_highest, 'count');
  if (s.added_max && s.value !== 'highest_plus_share') report(ctx, [...sp, 'added_max'], 'added_max 只用于 highest_plus_share', 'added_max goes with highest_plus_share only', 'key');
  if (s.added_max && s.sum_max)
    report(ctx, [...sp, 'added_max'], '写 sum_max(合计不超过)或 added_max(累加部分合计不超过)之一,不能同时写', 'write sum_max (the total is capped) or added_max (the added part is capped), not both', 'key');
  if (s.share && s.value !== 'highest_plus_share' && s.value !== 'sum_share') report(ctx, [...sp, 'share'], 'share 只用于 highest_plus_share 或 sum_share', 'share goes with highest_plus_share or sum_share only', 'key');
  for (const k of ['step', 'step_max'] as const) {
    if (s[k] && s.value !== 'highest_plus') report(ctx, [...sp, k], `${k} 只用于 highest_plus`, `${k} goes with highest_plus only`, 'key');
  }
  if (s.step) lintSourced(ctx, [...sp, 'step'], s.step, 'money');
  if (s.step_max) lintSourced(ctx, [...sp, 'step_max'], s.step_max, 'money');
  if (s.share) lintSourced(ctx, [...sp, 'share'], s.share, 'ratio');
  if (s.sum_max) lintSourced(ctx, [...sp, 'sum_max'], s.sum_max, 'money');
  if (s.added_max) lintSourced(ctx, [...sp, 'added_max'], s.added_max, 'money');
  lintByCount(ctx, sp, s);
  if (s.stated_for) {
    lintSourced(ctx, [...sp, 'stated_for'], s.stated_for, 'count');
    if (s.stated_for.value !== null && s.stated_for.value < 2) report(ctx, [...sp, 'stated_for', 'value'], 'stated_for 至少为 2', 'stated_for is at least 2');
  }
  lintMaxDiseases(ctx, sp, s);
}


/** 最多按三个病种计算: max_diseases (a count of at least 2) and which diseases it counts, only together. */
function lintMaxDiseases(ctx: Context, sp: PathSegment[], s: SeveralRuleValue): void {
  if (s.max_diseases_counted && !s.max_diseases) report(ctx, [...sp, 'max_diseases_counted'], 'max_diseases_counted 需要 max_diseases', 'max_diseases_counted goes with max_diseases only', 'key');
  if (s.max_diseases_counted) lintChoice(ctx, [...sp, 'max_diseases_counted'], s.max_diseases_counted);
  if (!s.max_diseases) return;
  lintSourced(ctx, [...sp, 'max_diseases'], s.max_diseases, 'count');
  if (s.max_diseases.value !== null && s.max_diseases.value < 2) report(ctx, [...sp, 'max_diseases', 'value'], 'max_diseases 至少为 2(最多按几个病种计算)', 'max_diseases is at least 2 (the most diseases counted)');
  // 按其中限额最高的病种确定: one limit whatever the count, nothing to count
  if (s.value === 'highest') report(ctx, [...sp, 'max_diseases'], 'max_diseases 不用于 highest(只按最高的一个病种)', 'max_diseases does not go with highest (one disease counts anyway)', 'key');
  if (s.stated_for?.value != null && s.max_diseases.value !== null && s.max_diseases.value > s.stated_for.value)
    report(ctx, [...sp, 'max_diseases'], 'max_diseases 不能大于 stated_for', 'max_diseases cannot be above stated_for', 'key');
}

/** several: by_count: a list of limits by the number of diseases, from 1, ascending, and only there. */
function lintByCount(ctx: Context, sp: PathSegment[], s: SeveralRuleValue): void {
  if (s.value === 'by_count' && !s.by_count) report(ctx, [...sp, 'value'], 'by_count 需要 by_count 列表(认定一种的…元，认定两种的…元)', 'by_count needs the by_count list (one disease …, two diseases …)');
  if (!s.by_count) return;
  if (s.value !== 'by_count') report(ctx, [...sp, 'by_count'], 'by_count 列表只用于 value: by_count', 'the by_count list goes with value: by_count only', 'key');
  s.by_count.forEach((entry, i) => {
    const before = i === 0 ? undefined : s.by_count![i - 1]!.from;
    if (before === undefined ? entry.from !== 1 : entry.from <= before) report(ctx, [...sp, 'by_count', i, 'from'], 'from 从 1 起递增(第一项 from: 1)', 'from starts at 1 and increases (the first entry from: 1)');
    lintSourced(ctx, [...sp, 'by_count', i, 'limit'], entry.limit, 'money');
  });
}

/** A disease group's own deductible and ratio (one value or per scheme) and no_limit, each sourced. */
function lintDiseaseGroup(ctx: Context, path: PathSegment[], g: DiseaseGroupValue): void {
  const each = (key: 'deductible' | 'ratio', kind: 'money' | 'ratio') => {
    const v = g[key];
    if (!v) return;
    for (const { v: one, key: at } of sharesOf(v)) lintSourced(ctx, [...path, key, ...at], one, kind);
  };
  each('deductible', 'money');
  each('ratio', 'ratio');
  if (g.no_limit) lintFlag(ctx, [...path, 'no_limit'], g.no_limit);
  if (g.ratio_of) lintChoice(ctx, [...path, 'ratio_of'], g.ratio_of);
  if (g.ratio && g.ratio_of) report(ctx, [...path, 'ratio_of'], 'ratio 和 ratio_of 只能写一个', 'give either ratio or ratio_of, not both', 'key');
  if (!g.deductible && !g.ratio && !g.ratio_of && !g.no_limit) report(ctx, path, '病种组至少写 deductible、ratio、ratio_of 或 no_limit 之一', 'a disease group needs deductible, ratio, ratio_of or no_limit', 'key');
}

/** facility_deductible: keyed by facilities, one of minus or times each, `at` a choice; per-admission deductibles only. */
function lintFacilityDeductible(ctx: Context, path: PathSegment[], rules: SchemeRulesValue, policy: Policy): void {
  const fd = rules.facility_deductible;
  if (rules.facility_deductible_order) {
    lintChoice(ctx, [...path, 'facility_deductible_order'], rules.facility_deductible_order);
    if (!fd) report(ctx, [...path, 'facility_deductible_order'], 'facility_deductible_order 只随 facility_deductible 使用', 'facility_deductible_order goes with facility_deductible only', 'key');
  }
  if (!fd) return;
  if (rules.deductible_period?.value !== 'admission') report(ctx, [...path, 'facility_deductible'], 'facility_deductible 需要 deductible_period: admission(按次收取的住院起付线)', 'facility_deductible needs deductible_period: admission (per-stay deductibles)', 'key');
  for (const [name, e] of Object.entries(fd)) {
    const p = [...path, 'facility_deductible', name];
    if (!policy.facilities?.[name]) report(ctx, p, `“${name}”不是 facilities 中的机构名称`, `"${name}" is not a name in facilities`, 'key');
    const ops = [e.minus, e.times, e.lower_level].filter((x) => x !== undefined).length;
    if (ops !== 1) report(ctx, p, '写 minus(降低…元)、times(按…%)或 lower_level(按低一级医疗机构标准)之一', 'give minus (降低…元), times (按…%) or lower_level (按低一级医疗机构标准), one of them', 'key');
    if (e.minus) lintSourced(ctx, [...p, 'minus'], e.minus, 'money');
    if (e.times) lintSourced(ctx, [...p, 'times'], e.times, 'ratio');
    if (e.lower_level) lintSourced(ctx, [...p, 'lower_level'], e.lower_level, undefined);
    // lower_level replaces the level's standard: it has no step to choose
    if (e.lower_level && e.at) report(ctx, [...p, 'at'], 'lower_level 是换成低一级的级别标准,不写 at', 'lower_level replaces the level’s standard: no at', 'key');
    if (!e.lower_level && !e.at) report(ctx, [...p, 'at'], 'minus、times 需要 at(在级别标准上还是在算出的起付线上调整;原文没说写 value: null 加 note)', 'minus and times need at (on the level’s standard or on the deductible charged; not said: value null with a note)', 'key');
    else if (e.at) lintChoice(ctx, [...p, 'at'], e.at);
  }
}

function lintScheme2(ctx: Context, path: PathSegment[], rules: SchemeRulesValue, policy: Policy, groups: ReadonlySet<string>): void {
  if (rules.ratio === undefined && !rules.bands) report(ctx, path, '需要 ratio 或 bands', 'needs ratio or bands', 'key');
  if (rules.ratio !== undefined && rules.bands) report(ctx, [...path, 'bands'], 'ratio 和 bands 只能写一个', 'give either ratio or bands, not both', 'key');
  for (const [key, words] of [['facility_day_cap', '每日限额'], ['facility_bonus', '机构提高的百分点'], ['facility_cut', '机构降低的百分点']] as const) {
    for (const [name, v] of Object.entries(rules[key] ?? {})) {
      const p = [...path, key, name];
      // facility_day_cap may also be keyed by a level the policy defines (居民在一级医疗机构住院的…每床日最高支付180元)
      const level = key === 'facility_day_cap' && (policy.tiers as Record<string, unknown>)[name] !== undefined;
      if (!policy.facilities?.[name] && !level) {
        if (key === 'facility_day_cap') report(ctx, p, `“${name}”不是 facilities 中的机构名称,也不是级别("1"、"2"、"3")(${words}按 facilities 的键或级别写;别名另列为一个机构)`, `"${name}" is neither a name in facilities nor a level ("1", "2", "3") (${key} is keyed by a key of facilities or a level; give an alias its own entry)`, 'key');
        else report(ctx, p, `“${name}”不是 facilities 中的机构名称(${words}按 facilities 的键写;别名另列为一个机构)`, `"${name}" is not a name in facilities (${key} is keyed by a key of facilities; give an alias its own entry)`, 'key');
      }
      lintSourced(ctx, p, v, key === 'facility_day_cap' ? 'money' : 'ratio');
    }
  }
  if (rules.bed_days) lintBedDays(ctx, [...path, 'bed_days'], rules);
  lintFacilityDeductible(ctx, path, rules, policy);
  const schedule = rules.deductible_schedule;
  if (schedule) lintSchedule(ctx, [...path, 'deductible_schedule'], schedule, path.at(-1) === 'employee');
  if (schedule && rules.deductible_period?.value !== 'admission') {
    report(ctx, [...path, 'deductible_schedule'], '按住院次数的起付线需要 deductible_period: admission', 'a schedule by admission needs deductible_period: admission', 'key');
  }
  if (rules.deductible_floor) lintSourced(ctx, [...path, 'deductible_floor'], rules.deductible_floor, 'money');
  if (rules.deductible_floor && !schedule) report(ctx, [...path, 'deductible_floor'], 'deductible_floor 只用于 deductible_schedule(按比例计算后的下限)', 'deductible_floor goes with deductible_schedule (the least after its share)', 'key');
  if (rules.deductible_partly_met) {
    lintChoice(ctx, [...path, 'deductible_partly_met'], rules.deductible_partly_met);
    if (rules.deductible_period?.value !== 'year') report(ctx, [...path, 'deductible_partly_met'], 'deductible_partly_met 只用于按年度计算的起付线(deductible_period: year)', 'deductible_partly_met goes with a yearly deductible (deductible_period: year)', 'key');
  }
  if (rules.retiree_deductible_share) lintSourced(ctx, [...path, 'retiree_deductible_share'], rules.retiree_deductible_share, 'ratio');
  // a name assistance does not cover is a group the text names for this rule only (it gets no assistance)
  for (const [name, v] of Object.entries(rules.group_deductible_share ?? {})) lintSourced(ctx, [...path, 'group_deductible_share', name], v, 'ratio');
  for (const [name, v] of Object.entries(rules.group_bonus ?? {})) lintSourced(ctx, [...path, 'group_bonus', name], v, 'ratio');
  if (rules.newborn_deductible_share) lintSourced(ctx, [...path, 'newborn_deductible_share'], rules.newborn_deductible_share, 'ratio');
  if (rules.newborn_enrolment) {
    const e = rules.newborn_enrolment;
    const at = [...path, 'newborn_enrolment'];
    lintSourced(ctx, [...at, 'days'], e.days, 'count');
    if (e.days.value !== null && e.days.value < 1) report(ctx, [...at, 'days', 'value'], 'days 至少为 1', 'days is at least 1');
    if (e.day_one) lintChoice(ctx, [...at, 'day_one'], e.day_one);
  }
  if (rules.newborn_deductible_scope) {
    lintChoice(ctx, [...path, 'newborn_deductible_scope'], rules.newborn_deductible_scope);
    if (!rules.newborn_deductible_share) report(ctx, [...path, 'newborn_deductible_scope'], 'newborn_deductible_scope 需要 newborn_deductible_share', 'newborn_deductible_scope goes with newborn_deductible_share only', 'key');
  }
  if (rules.readmission) {
    const r = rules.readmission;
    lintSourced(ctx, [...path, 'readmission', 'days'], r.days, 'count');
    lintChoice(ctx, [...path, 'readmission', 'last_day'], r.last_day);
    for (const k of ['no_deductible', 'same_admission'] as const) lintFlag(ctx, [...path, 'readmission', k], r[k]);
    if (r.same_disease) lintFlag(ctx, [...path, 'readmission', 'same_disease'], r.same_disease);
    if (r.same_facility) lintFlag(ctx, [...path, 'readmission', 'same_facility'], r.same_facility);
    if (path.at(-2) !== 'inpatient') report(ctx, [...path, 'readmission'], 'readmission 只用于住院', 'readmission goes with inpatient only', 'key');
  }
  // 医联体内上转的…按两级医疗机构起付标准的差额收取；下转的，不再收取起付标准
  if (rules.referral_deductible) {
    const r = rules.referral_deductible;
    const at = [...path, 'referral_deductible'];
    for (const k of ['up', 'down'] as const) if (r[k]) lintChoice(ctx, [...at, k], r[k]!);
    if (!r.up && !r.down) report(ctx, at, 'referral_deductible 至少要写 up(上转)或 down(下转)之一', 'referral_deductible needs up (上转) or down (下转)', 'key');
    if (r.basic) {
      lintStated(ctx, [...at, 'basic'], r.basic, r.basic.value);
      for (const level of r.basic.value) if (!policy.tiers[level]) report(ctx, [...at, 'basic'], `级别 ${level} 在 tiers 中没有定义`, `level ${level} is not defined in tiers`);
    }
    if (path.at(-2) !== 'inpatient') report(ctx, at, 'referral_deductible 只用于住院', 'referral_deductible goes with inpatient only', 'key');
  }
  // 未经转诊自行到三级医疗机构住院的，支付比例降低10个百分点，急诊、抢救除外
  if (rules.unreferred_cut) lintUnreferred(ctx, [...path, 'unreferred_cut'], rules.unreferred_cut, policy);
  if (rules.open_groups) lintOpenGroups(ctx, [...path, 'open_groups'], rules.open_groups, rules.group_deductible_share, 'group_deductible_share');
  if (rules.bands) lintBands(ctx, [...path, 'bands'], rules.bands, policy);
  for (const { rule, at } of ageBonusesOf(rules.age_bonus, '')) lintAgeBonus(ctx, [...path, ...at], rule, path.at(-1) === 'resident');
  // 异地急诊抢救的，视同已备案: the kind it counts as
  if (rules.filing?.emergency) lintChoice(ctx, [...path, 'filing', 'emergency'], rules.filing.emergency);
  for (const [kind, entry] of Object.entries(rules.filing ?? {})) {
    if (!entry || kind === 'emergency') continue;
    // 省内市外 / 省外: each side is a rule of its own
    for (const { rule, side } of filingSides(entry as FilingEntryValue)) lintFilingRule(ctx, policy, side ? [...path, 'filing', kind, side] : [...path, 'filing', kind], rule);
  }
  if (rules.cap_shared) lintStated(ctx, [...path, 'cap_shared'], rules.cap_shared, rules.cap_shared.benefits);
  if (rules.deductible_shared) lintDeductibleShared(ctx, path, rules, policy);
  // 因急诊在三级医疗机构就诊的，按二级医疗机构比例支付: a level of the policy, another than the visit's
  for (const [level, v] of Object.entries(rules.emergency_ratio_as ?? {})) {
    const at = [...path, 'emergency_ratio_as', level];
    lintChoice(ctx, at, v);
    if (!policy.tiers[level as keyof typeof policy.tiers]) report(ctx, at, `级别 ${level} 在 tiers 中没有定义`, `level ${level} is not defined in tiers`, 'key');
    if (v.value === level) report(ctx, [...at, 'value'], '急诊按本级比例支付就是不另行规定(去掉这一项)', 'an emergency paid at its own level’s ratio is no rule (leave the entry out)');
    else if (v.value !== null && !policy.tiers[v.value]) report(ctx, [...at, 'value'], `级别 ${v.value} 在 tiers 中没有定义`, `level ${v.value} is not defined in tiers`);
  }
  if (rules.deductible_year_cap) {
    const yc = rules.deductible_year_cap;
    // by status (在职人员…1500元，退休人员…1000元): employees only
    if ('active' in yc) {
      lintSourced(ctx, [...path, 'deductible_year_cap', 'active'], yc.active, 'money');
      lintSourced(ctx, [...path, 'deductible_year_cap', 'retired'], yc.retired, 'money');
      if (path.at(-1) !== 'employee') report(ctx, [...path, 'deductible_year_cap'], '按在职、退休分列(active、retired)只用于职工(employee)', 'keyed by status (active, retired) is for employees only', 'key');
    } else lintSourced(ctx, [...path, 'deductible_year_cap'], yc, 'money');
    if (rules.deductible_period?.value !== 'admission') report(ctx, [...path, 'deductible_year_cap'], '起付标准年度累计上限需要 deductible_period: admission(按次收取的起付标准)', 'a yearly total of deductibles needs deductible_period: admission (a deductible charged per stay)', 'key');
  }
  if (rules.deductible_year_cap_crossing) {
    lintChoice(ctx, [...path, 'deductible_year_cap_crossing'], rules.deductible_year_cap_crossing);
    if (!rules.deductible_year_cap) report(ctx, [...path, 'deductible_year_cap_crossing'], 'deductible_year_cap_crossing 需要 deductible_year_cap(起付标准年度累计上限)', 'deductible_year_cap_crossing needs deductible_year_cap', 'key');
  }
  if (rules.visit_cap) lintSourced(ctx, [...path, 'visit_cap'], rules.visit_cap, 'money');
  if (rules.age_cap) lintAgeCap(ctx, [...path, 'age_cap'], rules, path.at(-1) === 'employee', policy);
  for (const [key, g] of Object.entries(rules.grade_bonus ?? {})) {
    if (g) lintSourced(ctx, [...path, 'grade_bonus', key], g, 'ratio');
    if (!policy.grades?.[key.slice('grade_'.length) as '1' | '2' | '3']) report(ctx, [...path, 'grade_bonus', key], `档次“${key}”未在 grades 中定义`, `grade "${key}" is not defined in grades`, 'key');
  }
  if (rules.grade_bonus && path.includes('employee')) report(ctx, [...path, 'grade_bonus'], 'grade_bonus 只用于居民(缴费档次)', 'grade_bonus is for residents (their contribution grades)', 'key');
  if (rules.uplift_ceiling) {
    const c = rules.uplift_ceiling;
    if (Array.isArray(c)) c.forEach((e, i) => lintCeiling(ctx, [...path, 'uplift_ceiling', i], e, rules));
    else lintCeiling(ctx, [...path, 'uplift_ceiling'], c, rules);
  }
  if (rules.uplift_order) lintUpliftOrder(ctx, [...path, 'uplift_order'], rules);
}

/** One age uplift: a bound (min_age and/or below_age, the lower below the upper), the points, the day; statuses for employees only. */
function lintAgeBonus(ctx: Context, path: PathSegment[], a: AgeBonusValue, resident: boolean): void {
  if (a.statuses && resident) report(ctx, [...path, 'statuses'], 'statuses(在职/退休)只用于职工;居民没有人员状态', 'statuses (active/retired) is for employees only; residents have no status', 'key');
  if (!a.min_age && !a.below_age) report(ctx, path, '年龄提高需要 min_age(年满N周岁)或 below_age(未满N周岁),或两者', 'an age uplift needs min_age (年满N周岁), below_age (未满N周岁), or both', 'key');
  if (a.min_age) lintSourced(ctx, [...path, 'min_age'], a.min_age, 'count');
  if (a.below_age) lintSourced(ctx, [...path, 'below_age'], a.below_age, 'count');
  const [min, under] = [a.min_age?.value, a.below_age?.value];
  if (min != null && under != null && min >= under) report(ctx, [...path, 'below_age'], `below_age(${under})应大于 min_age(${min}):年龄段为年满 min_age 至未满 below_age`, `below_age (${under}) must be above min_age (${min}): the band runs from min_age to below below_age`);
  lintSourced(ctx, [...path, 'value'], a.value, 'ratio');
  lintChoice(ctx, [...path, 'age_on'], a.age_on);
}

/** The yearly cap by age: its day, each step one age rule (min_age or below_age) and a cap, each sourced; statuses for employees only. */
function lintAgeCap(ctx: Context, path: PathSegment[], rules: SchemeRulesValue, employee: boolean, policy: Policy): void {
  const a = rules.age_cap!;
  lintChoice(ctx, [...path, 'age_on'], a.age_on);
  if (a.statuses && !employee) report(ctx, [...path, 'statuses'], 'statuses(在职/退休)只用于职工;居民没有人员状态', 'statuses (active/retired) is for employees only; residents have no status', 'key');
  if (rules.cap === undefined) report(ctx, [...path], 'age_cap 需要 cap:不满足任何年龄条件的人员按 cap', 'age_cap needs cap: the cap of those no step matches', 'key');
  a.steps.forEach((step, i) => {
    const p = [...path, 'steps', i];
    const rules = [step.min_age, step.below_age].filter((x) => x !== undefined);
    if (rules.length !== 1) report(ctx, p, '每一项写 min_age(年满…周岁)或 below_age(未满…周岁)之一', 'each step gives one of min_age (年满…周岁) or below_age (未满…周岁)', 'key');
    if (step.min_age) lintSourced(ctx, [...p, 'min_age'], step.min_age, 'count');
    if (step.below_age) lintSourced(ctx, [...p, 'below_age'], step.below_age, 'count');
    if (Object.hasOwn(step.cap, 'value')) lintSourced(ctx, [...p, 'cap'], step.cap as SourcedValue, 'money');
    else {
      // by resident grade: residents only, each grade one of `grades`
      if (employee) report(ctx, [...p, 'cap'], '按档次(grade_N)分列的限额只用于居民', 'a cap by grade (grade_N) is for residents only', 'key');
      for (const [k, v] of Object.entries(step.cap)) {
        if (!v) continue;
        lintSourced(ctx, [...p, 'cap', k], v, 'money');
        if (!policy.grades?.[k.slice('grade_'.length) as '1' | '2' | '3']) report(ctx, [...p, 'cap', k], `档次“${k}”未在 grades 中定义`, `grade "${k}" is not defined in grades`, 'key');
      }
    }
  });
}

/** A second layer's ratio or cap: one value, by status (employees) or by grade (residents, of `grades`). */
function lintLayerKeyed(ctx: Context, path: PathSegment[], v: SecondLayerValue['cap'] | NonNullable<SecondLayerValue['ratio']>, kind: 'money' | 'ratio', policy: Policy, employee: boolean): void {
  if (isSourced(v)) return lintSourced(ctx, path, v, kind);
  for (const [key, leaf] of Object.entries(v as Record<string, SourcedValue>)) {
    lintSourced(ctx, [...path, key], leaf, kind);
    if (key.startsWith('grade_')) {
      if (employee) report(ctx, [...path, key], '缴费档次(grade_N)只用于居民', 'grades (grade_N) are for residents only', 'key');
      else if (!policy.grades?.[key.slice('grade_'.length) as '1' | '2' | '3']) report(ctx, [...path, key], `档次“${key}”未在 grades 中定义`, `grade "${key}" is not defined in grades`, 'key');
    } else if (!employee) report(ctx, [...path, key], '人员状态(active/retired)只用于职工', 'statuses (active/retired) are for employees only', 'key');
  }
}

/** `benefits` (counts as its level for these) and `refused` (the fund pays nothing for these): apart, stated. */
function lintFacilityBenefits(ctx: Context, path: PathSegment[], f: FacilityValue): void {
  const both = (f.benefits ?? []).filter((b) => f.refused?.includes(b));
  if (both.length) report(ctx, [...path, 'refused'], `${both.join(', ')} 不能同时在 benefits(按级别支付)和 refused(不予支付)中`, `${both.join(', ')} cannot be both in benefits (paid at the level) and in refused (not paid)`);
  if (f.refused && !f.quote) report(ctx, [...path, 'refused'], '不予支付(refused)需要写明它的原文(source 和 quote)', 'refused (not paid) needs the source and quote that state it', 'key');
  if (f.own_standard && f.counts_as === 'rated') report(ctx, [...path, 'own_standard'], '单列标准的机构需要一个级别(counts_as: "1"/"2"/"3"),不能是 rated', 'a facility with its own standard needs a level (counts_as: "1"/"2"/"3"), not rated', 'key');
  if (f.own_standard && f.counts_as === null) report(ctx, [...path, 'own_standard'], '单列标准的机构需要 counts_as:原文没有单列的参数按该级别', 'a facility with its own standard needs counts_as: the level whose values apply where the text gives none of its own', 'key');
  if (f.own_standard && !f.quote) report(ctx, [...path, 'own_standard'], '单列标准(own_standard)需要写明它的原文(source 和 quote)', 'own_standard needs the source and quote that state it', 'key');
  if (f.benefits && f.counts_as === null) report(ctx, [...path, 'benefits'], 'benefits 说明按 counts_as 的级别支付哪些待遇:counts_as 为 null 时不能写', 'benefits names where counts_as applies: it cannot be given with counts_as: null', 'key');
}

/** The uplift ceiling: its number stated, each flag quoted, a reading or null with a note; at least one uplift it limits. */
function lintCeiling(ctx: Context, path: PathSegment[], c: UpliftCeilingValue, rules: SchemeRulesValue): void {
  lintSourced(ctx, path, c, 'ratio');
  const uplifts = { retiree: rules.retiree_bonus, grade: rules.grade_bonus, age: rules.age_bonus, facility: rules.facility_bonus, group: rules.group_bonus } as const;
  const named = (['retiree', 'grade', 'age', 'facility', 'group'] as const).filter((k) => c.after[k] !== undefined);
  if (named.length === 0) report(ctx, [...path, 'after'], 'after 至少写一项:上限适用于哪种提高(retiree、grade、age、facility、group)', 'after needs at least one of retiree, grade, age, facility, group: the uplifts the ceiling holds', 'key');
  for (const k of named) {
    lintFlag(ctx, [...path, 'after', k], c.after[k]!);
    if (uplifts[k] === undefined) report(ctx, [...path, 'after', k], `本待遇没有写 ${k === 'retiree' ? 'retiree_bonus' : `${k}_bonus`}:上限无从适用`, `this benefit has no ${k === 'retiree' ? 'retiree_bonus' : `${k}_bonus`} for the ceiling to hold`, 'key');
  }
  if (c.facility_cut_first) {
    lintFlag(ctx, [...path, 'facility_cut_first'], c.facility_cut_first);
    if (!rules.facility_cut) report(ctx, [...path, 'facility_cut_first'], '本待遇没有写 facility_cut:无从比较先后', 'this benefit has no facility_cut to order against the ceiling', 'key');
  }
  if (c.unreferred_cut_first) {
    lintFlag(ctx, [...path, 'unreferred_cut_first'], c.unreferred_cut_first);
    if (!rules.unreferred_cut) report(ctx, [...path, 'unreferred_cut_first'], '本待遇没有写 unreferred_cut:无从比较先后', 'this benefit has no unreferred_cut to order against the ceiling', 'key');
  }
  if (c.filing_cut_first) {
    lintFlag(ctx, [...path, 'filing_cut_first'], c.filing_cut_first);
    if (!filingCuts(rules)) report(ctx, [...path, 'filing_cut_first'], '本待遇的 filing 没有哪一类写了 ratio_cut:无从比较先后', 'no filing kind of this benefit has a ratio_cut to order against the ceiling', 'key');
  }
}

/** unreferred_cut: its points checked like any ratio; its levels of the policy's tiers, stated or null with a note; the emergency rule a choice. */
function lintUnreferred(ctx: Context, at: PathSegment[], u: NonNullable<SchemeRulesValue['unreferred_cut']>, policy: Policy): void {
  lintSourced(ctx, at, u, 'ratio');
  const l = u.levels;
  for (const t of l.value ?? []) if (!policy.tiers[t]) report(ctx, [...at, 'levels'], `级别“${t}”未在 tiers 中定义`, `tier "${t}" is not defined in tiers`);
  if (l.value === null && !l.note) report(ctx, [...at, 'levels'], '未说明适用级别(levels: null)需要 note', 'levels not stated (null) needs a note');
  if (l.inferred && !l.reasoning) report(ctx, [...at, 'levels', 'reasoning'], '由原文推算(inferred: true)需要 reasoning 说明推算过程', 'an inferred value (inferred: true) needs its reasoning');
  lintStated(ctx, [...at, 'levels'], l, l.value ?? []);
  if (u.emergency) lintChoice(ctx, [...at, 'emergency'], u.emergency);
}

/** Whether some filing kind of the benefit (or a side of it) has a ratio_cut (降低N个百分点). */
function filingCuts(rules: SchemeRulesValue): boolean {
  return Object.entries(rules.filing ?? {}).some(([kind, entry]) => entry && kind !== 'emergency' && filingSides(entry as FilingEntryValue).some(({ rule }) => rule.ratio_cut !== undefined));
}

/** uplift_order: with a ceiling to order, each uplift once, stated or null with a note. */
function lintUpliftOrder(ctx: Context, path: PathSegment[], rules: SchemeRulesValue): void {
  const o = rules.uplift_order!;
  if (!rules.uplift_ceiling) report(ctx, path, 'uplift_order 需要 uplift_ceiling:先后只决定哪个上限在哪项提高之后适用', 'uplift_order needs uplift_ceiling: the order only decides which ceiling holds after which uplift', 'key');
  const v = o.value ?? [];
  if (new Set(v).size !== v.length) report(ctx, path, '每种提高只能写一次', 'each uplift may be listed once');
  if (o.value === null && !o.note) report(ctx, path, '未说明先后(value: null)需要 note', 'an order not stated (null) needs a note');
  lintStated(ctx, path, o, v);
}

/** The later-admission schedule: admission numbers rise, shares sourced; keyed by status only for employees. */
function lintSchedule(ctx: Context, path: PathSegment[], schedule: DeductibleScheduleValue, employee: boolean): void {
  const list = (entries: readonly { from: number; share: SourcedValue }[], p: PathSegment[]) => {
    let last = 1;
    entries.forEach((s, i) => {
      if (s.from <= last) report(ctx, [...p, i, 'from'], '住院次数应从小到大排列', 'admission numbers must rise');
      last = s.from;
      lintSourced(ctx, [...p, i, 'share'], s.share, 'ratio');
    });
  };
  if (Array.isArray(schedule)) return list(schedule, path);
  if (isStep(schedule)) return lintStep(ctx, path, schedule);
  if (Object.hasOwn(schedule, 'value')) return lintChoice(ctx, path, schedule as never);
  if (!employee) report(ctx, path, '按身份(active/retired)分列的住院次数比例只适用于职工(employee)', 'a schedule keyed by status (active/retired) is for employees only', 'key');
  const keyed = schedule as { active: StatusScheduleValue; retired: StatusScheduleValue };
  for (const status of ['active', 'retired'] as const) {
    const mine = keyed[status];
    if (Array.isArray(mine)) list(mine, [...path, status]);
    else if (isStep(mine)) lintStep(ctx, [...path, status], mine);
    else lintChoice(ctx, [...path, status], mine);
  }
}

const isStep = (x: object): x is AdmissionStepValue => Object.hasOwn(x, 'step');

/** 依次降低100元，但不低于…40%: the step and its floor, each sourced. */
function lintStep(ctx: Context, path: PathSegment[], s: AdmissionStepValue): void {
  lintSourced(ctx, [...path, 'step'], s.step, 'money');
  if (s.floor_share) lintSourced(ctx, [...path, 'floor_share'], s.floor_share, 'ratio');
  if (s.group_first) lintFlag(ctx, [...path, 'group_first'], s.group_first);
}

/** Bands: edges rise; every band but the last has one, the last none. */
function lintBands(ctx: Context, path: PathSegment[], bands: BandsValue, policy: Policy): void {
  lintChoice(ctx, [...path, 'base'], bands.base);
  if (bands.per) lintChoice(ctx, [...path, 'per'], bands.per);
  lintEdges(ctx, [...path, 'segments'], bands.segments);
  const own = new Set(Object.entries(policy.facilities ?? {}).filter(([, f]) => f.own_standard).map(([name]) => name));
  // 段上加段: a band gives its ratio, or the band before's plus points (never the first band);
  // beside plus, a ratio only for facilities with a standard of their own (不区分医疗机构级别)
  bands.segments.forEach((s, i) => {
    const p = [...path, 'segments', i];
    if (s.ratio === undefined && s.plus === undefined) report(ctx, p, '每段写 ratio(比例)或 plus(在上一段比例基础上提高)之一', 'each band gives ratio or plus (the band before plus points), one of them', 'key');
    if (s.ratio !== undefined && s.plus !== undefined && !keyedByOwnStandard(s.ratio, own)) report(ctx, [...p, 'ratio'], '与 plus 同写的 ratio 只能按单列标准的机构(own_standard)名称分列(可先按 active/retired):这些机构执行它,其余按 plus', 'a ratio beside plus is keyed only by names of facilities with own_standard (under active/retired if need be): those facilities take it, the rest the plus', 'key');
    if (!s.plus) return;
    if (i === 0) report(ctx, [...p, 'plus'], '第一段没有“上一段”:写 ratio', 'the first band has no band before it: give ratio', 'key');
    const { max, of, ...points } = s.plus;
    lintSourced(ctx, [...p, 'plus'], points, 'ratio');
    if (max) lintSourced(ctx, [...p, 'plus', 'max'], max, 'ratio');
    if (of) lintChoice(ctx, [...p, 'plus', 'of'], of);
  });
}

/** A band ratio keyed only by names of facilities with a standard of their own, under active/retired if at all. */
function keyedByOwnStandard(ratio: unknown, own: ReadonlySet<string>): boolean {
  if (isSourced(ratio as never)) return false;
  const map = ratio as Record<string, unknown>;
  const keys = Object.keys(map);
  if (keys.length === 0) return false;
  if (keys.every((k) => k === 'active' || k === 'retired')) return keys.every((k) => keyedByOwnStandard(map[k], own));
  return keys.every((k) => own.has(k));
}

function lintEdges(ctx: Context, path: PathSegment[], segments: { up_to?: { value: number | null } | undefined }[], lastEdged = false): void {
  let previous = -1;
  segments.forEach((s, i) => {
    const p = [...path, i];
    const last = i === segments.length - 1;
    // a group's own first bands before the general ones raised (ratio_plus beside segments): the last has its edge
    if (last && s.up_to && !lastEdged) report(ctx, [...p, 'up_to'], '最后一段不设上限(去掉 up_to)', 'the last band has no upper edge (leave up_to out)', 'key');
    if (!last && !s.up_to) report(ctx, p, '除最后一段外,每段需要 up_to', 'every band but the last needs up_to', 'key');
    const v = s.up_to?.value;
    if (v != null) {
      if (v <= previous) report(ctx, [...p, 'up_to', 'value'], '分段上限应从小到大', 'band edges must rise');
      previous = v;
    }
    if (s.up_to) lintSourced(ctx, [...p, 'up_to'], s.up_to as never, 'money');
  });
}

/** cap_incentive (参保激励): each part's amount (per_year or per_year_share, one), the ceiling (max or max_share, at most one), each sourced or unknown. */
function lintCapIncentive(ctx: Context, path: PathSegment[], c: NonNullable<SecondLayerValue['cap_incentive']>): void {
  lintStated(ctx, path, c, []);
  if (!c.continuous && !c.zero_claim) report(ctx, path, 'cap_incentive 需要 continuous(连续参保)或 zero_claim(零报销)', 'cap_incentive needs continuous (continuous insurance) or zero_claim (a year without reimbursement)', 'key');
  for (const part of ['continuous', 'zero_claim'] as const) {
    const x = c[part];
    if (!x) continue;
    const p = [...path, part];
    if ((x.per_year === undefined) === (x.per_year_share === undefined)) report(ctx, p, `${part} 需要 per_year(每年提高的金额)或 per_year_share(每年提高原封顶线的比例),只写一个`, `${part} needs per_year (yuan a year) or per_year_share (a share of the layer's own cap a year), one of them`, 'key');
    if (x.per_year) lintSourced(ctx, [...p, 'per_year'], x.per_year, 'money');
    if (x.per_year_share) lintSourced(ctx, [...p, 'per_year_share'], x.per_year_share, 'ratio');
  }
  if (c.continuous) lintSourced(ctx, [...path, 'continuous', 'after_years'], c.continuous.after_years, 'count');
  if (c.max && c.max_share) report(ctx, [...path, 'max_share'], 'max 和 max_share 只能写一个', 'give max or max_share, not both', 'key');
  if (c.max) lintSourced(ctx, [...path, 'max'], c.max, 'money');
  if (c.max_share) lintSourced(ctx, [...path, 'max_share'], c.max_share, 'ratio');
}

/** A layer's part two (第十七条（二）): beside a burden part only; its base, ratio and counts_in_burden each sourced or unknown. */
function lintPartTwo(ctx: Context, path: PathSegment[], p: NonNullable<SecondLayerValue['part_two']>, base: SecondLayerValue['base']['value'], policy: Policy, employee: boolean): void {
  if (base !== null && base !== 'burden') report(ctx, path, 'part_two 只用于 base: burden(第一部分按个人负担累计,第二部分按超出年度最高支付限额的金额)', 'part_two goes with base: burden only (part one on the burden, part two on what the annual cap cut)', 'key');
  lintStated(ctx, path, p, []);
  lintChoice(ctx, [...path, 'base'], p.base);
  lintLayerKeyed(ctx, [...path, 'ratio'], p.ratio, 'ratio', policy, employee);
  if (p.counts_in_burden) lintFlag(ctx, [...path, 'counts_in_burden'], p.counts_in_burden);
}

function lintLayer(ctx: Context, path: PathSegment[], layer: SecondLayerValue, groups: Set<string>, policy: Policy, employee: boolean): void {
  lintStated(ctx, path, layer, []);
  lintChoice(ctx, [...path, 'base'], layer.base);
  lintLayerKeyed(ctx, [...path, 'cap'], layer.cap, 'money', policy, employee);
  for (const [k, g] of Object.entries(layer.grade_bonus ?? {})) {
    if (!g) continue;
    lintSourced(ctx, [...path, 'grade_bonus', k], g, 'ratio');
    if (employee) report(ctx, [...path, 'grade_bonus', k], 'grade_bonus 只用于居民(缴费档次)', 'grade_bonus is for residents (their contribution grades)', 'key');
    else if (!policy.grades?.[k.slice('grade_'.length) as '1' | '2' | '3']) report(ctx, [...path, 'grade_bonus', k], `档次“${k}”未在 grades 中定义`, `grade "${k}" is not defined in grades`, 'key');
  }
  const base = layer.base.value;
  if (base === 'burden') {
    if (!layer.counts || !layer.threshold || (!layer.segments && !layer.ratio)) report(ctx, [...path, 'base'], 'burden 需要 counts、threshold,以及 segments(分段)或 ratio(起付标准以上一个比例)', 'burden needs counts, threshold, and segments (bands) or ratio (one share above the threshold)');
    if (layer.segments && layer.ratio) report(ctx, [...path, 'ratio'], 'segments 和 ratio 只能写一个(分段时比例写在各段中)', 'give either segments or ratio, not both (with bands each band has its ratio)', 'key');
  }
  if (base === 'after_cap' && !layer.ratio) report(ctx, [...path, 'base'], 'after_cap 需要 ratio', 'after_cap needs ratio');
  // keys the engine reads only for another base: refused, never accepted and ignored
  if (base !== null && base !== 'burden') {
    for (const k of ['counts', 'threshold', 'segments'] as const) {
      if (layer[k]) report(ctx, [...path, k], `${k} 只用于 base: burden`, `${k} goes with base: burden only`, 'key');
    }
  }
  for (const k of ['within_claim', 'after_cap_deductible'] as const) {
    if (base !== null && base !== 'after_cap' && layer[k]) report(ctx, [...path, k], `${k} 只用于 base: after_cap`, `${k} goes with base: after_cap only`, 'key');
  }
  if (layer.counts) for (const k of ['first_pay', 'deductible', 'above_cap'] as const) lintFlag(ctx, [...path, 'counts', k], layer.counts[k]);
  if (layer.counts?.above_limit) lintFlag(ctx, [...path, 'counts', 'above_limit'], layer.counts.above_limit);
  if (layer.ratio_ceiling) {
    const c = layer.ratio_ceiling;
    lintSourced(ctx, [...path, 'ratio_ceiling'], c, 'ratio');
    lintFlag(ctx, [...path, 'ratio_ceiling', 'after', 'ratio_plus'], c.after.ratio_plus);
    if (base !== null && base !== 'burden') report(ctx, [...path, 'ratio_ceiling'], 'ratio_ceiling 只用于 base: burden(分段比例的上限)', 'ratio_ceiling goes with base: burden only (the ceiling of the bands)', 'key');
  }
  if (layer.threshold) lintLayerKeyed(ctx, [...path, 'threshold'], layer.threshold, 'money', policy, employee);
  if (layer.ratio) lintLayerKeyed(ctx, [...path, 'ratio'], layer.ratio, 'ratio', policy, employee);
  if (layer.segments) {
    lintEdges(ctx, [...path, 'segments'], layer.segments);
    layer.segments.forEach((s, i) => lintLayerKeyed(ctx, [...path, 'segments', i, 'ratio'], s.ratio, 'ratio', policy, employee));
  }
  if (layer.within_claim) lintChoice(ctx, [...path, 'within_claim'], layer.within_claim);
  if (layer.burden_before_group) {
    lintChoice(ctx, [...path, 'burden_before_group'], layer.burden_before_group);
    if (base !== null && base !== 'burden') report(ctx, [...path, 'burden_before_group'], 'burden_before_group 只用于 base: burden', 'burden_before_group goes with base: burden only', 'key');
    if (!layer.groups) report(ctx, [...path, 'burden_before_group'], 'burden_before_group 需要 groups(救助对象的规定)', 'burden_before_group needs groups (the rules for assistance groups)', 'key');
  }
  if (layer.after_cap_deductible) lintFlag(ctx, [...path, 'after_cap_deductible'], layer.after_cap_deductible);
  if (layer.part_two) lintPartTwo(ctx, [...path, 'part_two'], layer.part_two, base, policy, employee);
  if (layer.cap_incentive) lintCapIncentive(ctx, [...path, 'cap_incentive'], layer.cap_incentive);
  for (const [name, g] of Object.entries(layer.groups ?? {})) {
    const p = [...path, 'groups', name];
    lintStated(ctx, p, g, []);
    if (g.threshold_share) lintSourced(ctx, [...p, 'threshold_share'], g.threshold_share, 'ratio');
    if (g.ratio_plus) lintSourced(ctx, [...p, 'ratio_plus'], g.ratio_plus, 'ratio');
    if (g.threshold) lintSourced(ctx, [...p, 'threshold'], g.threshold, 'money');
    lintCapOrNone(ctx, p, g);
    if (g.segments) {
      lintEdges(ctx, [...p, 'segments'], g.segments, g.ratio_plus !== undefined);
      g.segments.forEach((s, i) => lintSourced(ctx, [...p, 'segments', i, 'ratio'], s.ratio, 'ratio'));
    }
    const both = (a: string, b: string, x: unknown, y: unknown) => {
      if (x !== undefined && y !== undefined) report(ctx, [...p, b], `${a} 和 ${b} 只能写一个`, `give either ${a} or ${b}, not both`, 'key');
    };
    both('threshold_share', 'threshold', g.threshold_share, g.threshold);
    // own first bands and the rest raised (其余各段支付比例提高5个百分点): the last own band needs its edge
    const last = g.segments?.at(-1);
    if (g.ratio_plus && last && !last.up_to) report(ctx, [...p, 'segments', g.segments!.length - 1], 'segments 与 ratio_plus 同写时(本类人员的前几段另给、其余各段提高),最后一段要写 up_to(其余各段从这里起)', 'with ratio_plus beside segments (the group’s own first bands, the rest raised), the last own band needs up_to (where the rest begins)', 'key');
  }
  if (layer.open_groups) lintOpenGroups(ctx, [...path, 'open_groups'], layer.open_groups, layer.groups, 'groups');
}

/**
 * deductible_shared (门诊慢特病起付标准与住院起付标准合并计算): a yearly deductible (the met amount
 * is what it counts), the list naming this benefit and at least one other, each a benefit of the
 * version with this scheme's rules.
 */
function lintDeductibleShared(ctx: Context, path: PathSegment[], rules: SchemeRulesValue, policy: Policy): void {
  const p = [...path, 'deductible_shared'];
  const shared = rules.deductible_shared!;
  lintStated(ctx, p, shared, shared.benefits);
  const benefit = String(path.at(-2));
  const scheme = String(path.at(-1));
  if (rules.deductible_period?.value !== 'year') report(ctx, p, '起付标准合并计算(deductible_shared)只用于按年度计算的起付标准(deductible_period: year):合并的是本年已付的起付标准', 'deductible_shared goes with a yearly deductible (deductible_period: year): what is shared is the deductible met this year', 'key');
  if (!shared.benefits.includes(benefit as never)) report(ctx, [...p, 'benefits'], `deductible_shared.benefits 需要包含本待遇(${benefit})`, `deductible_shared.benefits must name this benefit (${benefit})`, 'key');
  if (shared.benefits.length < 2) report(ctx, [...p, 'benefits'], 'deductible_shared.benefits 需要至少两项待遇(本待遇和与之合并的待遇)', 'deductible_shared.benefits needs two benefits at least (this one and the one it is shared with)', 'key');
  const version = policy.versions[Number(path[1])];
  for (const other of shared.benefits) {
    if (other === benefit) continue;
    if (!(version?.benefits as Record<string, Record<string, unknown> | undefined> | undefined)?.[other]?.[scheme]) report(ctx, [...p, 'benefits'], `“${other}”在本版本没有${scheme === 'resident' ? '居民' : '职工'}的规定,无法合并其起付标准`, `"${other}" has no ${scheme} rules in this version: its deductible cannot be shared`, 'key');
  }
}

/** An assistance uplift (未成年人、重度残疾人…提高10个百分点，年度救助限额提高2万元，比例最高不超过100%). */
function lintUplift(ctx: Context, p: PathSegment[], u: NonNullable<NonNullable<PolicyVersion['assistance']>['uplift']>, groups: NonNullable<PolicyVersion['assistance']>['groups']): void {
  // a ground's groups by the names assistance.groups is keyed by (a claim's alias is resolved to its name first)
  const known = new Set(Object.keys(groups));
  lintStated(ctx, p, u, []);
  const names = Object.keys(u.grounds);
  if (!names.length) report(ctx, [...p, 'grounds'], 'uplift.grounds 至少写一项(未成年人、重度残疾人…)', 'uplift.grounds needs at least one ground', 'key');
  for (const [name, g] of Object.entries(u.grounds)) {
    const gp = [...p, 'grounds', name];
    lintStated(ctx, gp, g, []);
    const byAge = g.below_age !== undefined || g.min_age !== undefined;
    if (byAge === (g.disability !== undefined)) report(ctx, gp, '每项条件写 below_age(年龄)或 disability(残疾等级)之一(年满N周岁写 min_age,也是年龄)', 'each ground gives an age (below_age, min_age) or disability (grades), one of the two', 'key');
    if (g.below_age) lintSourced(ctx, [...gp, 'below_age'], g.below_age, 'count');
    if (g.min_age) lintSourced(ctx, [...gp, 'min_age'], g.min_age, 'count');
    const [min, under] = [g.min_age?.value, g.below_age?.value];
    if (min != null && under != null && min >= under) report(ctx, [...gp, 'below_age'], `below_age(${under})应大于 min_age(${min}):年龄段为年满 min_age 至未满 below_age`, `below_age (${under}) must be above min_age (${min}): the band runs from min_age to below below_age`);
    for (const [i, name] of (g.groups ?? []).entries()) {
      if (!known.has(name)) report(ctx, [...gp, 'groups', i], `“${name}”不是 assistance.groups 中的救助对象(${[...known].join('、')})`, `"${name}" is not a group of assistance.groups (${[...known].join(', ')})`);
    }
    if (g.ratio) {
      lintSourced(ctx, [...gp, 'ratio'], g.ratio, 'ratio');
      if (g.ratio_plus) report(ctx, [...gp, 'ratio_plus'], '同一项条件不能既写 ratio(救助比例为…)又写 ratio_plus(提高…个百分点)', 'a ground gives ratio (the ratio it sets) or ratio_plus (points), not both', 'key');
    }
    if (g.disability) {
      lintStated(ctx, [...gp, 'disability'], g.disability, g.disability.value ?? []);
      if (g.disability.value === null && !g.disability.note) report(ctx, [...gp, 'disability', 'value'], '未说明(value: null)需要 note', 'an unstated rule (value: null) needs a note');
    }
    if (g.ratio_plus) lintSourced(ctx, [...gp, 'ratio_plus'], g.ratio_plus, 'ratio');
    if (g.cap_plus) lintSourced(ctx, [...gp, 'cap_plus'], g.cap_plus, 'money');
    if (!g.ratio && !g.ratio_plus && !u.ratio_plus && !g.cap_plus && !u.cap_plus) report(ctx, gp, `条件“${name}”没有提高什么:写 ratio(救助比例为…)、ratio_plus 或 cap_plus(本项或整个 uplift 的)`, `ground "${name}" raises nothing: give ratio (the ratio it sets), ratio_plus or cap_plus (its own or the uplift's)`, 'key');
  }
  if (u.ratio_plus) lintSourced(ctx, [...p, 'ratio_plus'], u.ratio_plus, 'ratio');
  if (u.cap_plus) lintSourced(ctx, [...p, 'cap_plus'], u.cap_plus, 'money');
  if (u.ratio_ceiling) lintSourced(ctx, [...p, 'ratio_ceiling'], u.ratio_ceiling, 'ratio');
  if (u.several) lintChoice(ctx, [...p, 'several'], u.several);
  if (u.age_on) lintChoice(ctx, [...p, 'age_on'], u.age_on);
  if (u.age_on && !Object.values(u.grounds).some((g) => g.below_age || g.min_age)) report(ctx, [...p, 'age_on'], 'age_on 只用于有年龄条件(below_age、min_age)的提高', 'age_on goes with an age ground (below_age, min_age)', 'key');
}

/** A group's cap or no_cap (不设…限额: value true only), not both. */
function lintCapOrNone(ctx: Context, p: PathSegment[], g: { cap?: SourcedValue | undefined; no_cap?: FlagValue | undefined }): void {
  if (g.cap) lintSourced(ctx, [...p, 'cap'], g.cap, 'money');
  if (g.no_cap) {
    lintFlag(ctx, [...p, 'no_cap'], g.no_cap);
    if (g.no_cap.value === false) report(ctx, [...p, 'no_cap', 'value'], 'no_cap 只能是 true(有封顶就写 cap)', 'no_cap is true or left out (a cap of its own is cap)');
  }
  if (g.cap && g.no_cap) report(ctx, [...p, 'no_cap'], 'cap 和 no_cap 只能写一个', 'give either cap or no_cap, not both', 'key');
}

/** A yes/no or a choice: quoted, a reading, or null with a note. */
function lintChoice(ctx: Context, path: PathSegment[], v: { value: unknown; source?: string | undefined; quote?: string | undefined; note?: unknown; reading?: unknown }): void {
  lintStated(ctx, path, v, v.value === null ? [] : [v.value]);
  if (v.value === null && !v.note) report(ctx, [...path, 'value'], '未说明(value: null)需要 note', 'an unstated rule (value: null) needs a note');
}

/** bed_days: a choice like the others, inferred with its reasoning allowed; it goes with facility_day_cap. */
function lintBedDays(ctx: Context, path: PathSegment[], rules: SchemeRulesValue): void {
  const v = rules.bed_days!;
  if (v.inferred && v.value !== null) {
    lintStated(ctx, path, v, []);
    if (!v.reasoning) report(ctx, [...path, 'reasoning'], '由原文推算(inferred: true)需要 reasoning 说明推算过程', 'an inferred value (inferred: true) needs its reasoning');
  } else lintChoice(ctx, path, v);
  if (!rules.facility_day_cap) report(ctx, path, 'bed_days 只随 facility_day_cap 使用(床日数只用于每床日限额)', 'bed_days goes with facility_day_cap only (bed-days are used only by a cap a bed-day)', 'key');
}

const lintFlag = (ctx: Context, path: PathSegment[], v: FlagValue): void => lintChoice(ctx, path, v);
