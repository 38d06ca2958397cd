// The kind of value a model-2 policy path holds, read from the path's shape (the places an exit 3
// names: a group's cap, a schedule, a multiple, a band's ratio, a disease group's value …), and a
// --set value parsed and checked as the file's value at that place would be: money in yuan to the
// fen, a ratio from 0 to 1, a multiple above 0, a whole count, yes/no, one of a choice's words, or a
// later-admission schedule (`none`, or the shares from the 2nd admission on: 0.5,0.3,0), or an
// assistance group (assistance.open_groups: the group an unnamed one is assisted as, or none).
import type { RuleKind, RuleOverride } from '../engine/types.js';
import { parseRatio, parseYuan } from '../money/money.js';
import { MAX_FEN } from './fields.js';
import { DISABILITY_ALIASES, lookup } from './aliases.js';
import { claimMessages as M, type Text } from './messages.js';

/** Keys of a value keyed by level, status, scheme or grade, after the name of the value. */
const KEYS = String.raw`(\.(1|2|3|community|active|retired|employee|resident|grade_[123]))*`;
const rule = (shape: string): RegExp => new RegExp(`${shape}$`);

type Shape = readonly [RegExp, RuleKind, (readonly string[])?];

const KINDS: readonly Shape[] = [
  [rule(String.raw`^facilities\.[^.]+\.levels`), 'levels'],
  [rule(String.raw`\.uplift_order`), 'order'],
  [rule(String.raw`\.uplift_ceiling\.\d+`), 'ratio'],
  [rule(String.raw`\.facility_deductible\.[^.]+\.minus`), 'money'],
  [rule(String.raw`\.facility_deductible\.[^.]+\.times`), 'multiple'],
  [rule(String.raw`\.facility_deductible\.[^.]+\.lower_level`), 'count'],
  [rule(String.raw`\.facility_deductible\.[^.]+\.at`), 'choice', ['standard', 'charged']],
  [rule(String.raw`\.facility_deductible_order`), 'choice', ['minus_first', 'times_first']],
  [rule(String.raw`\.bed_days`), 'choice', ['discharge_minus_admission', 'both_ends']],
  [rule(String.raw`\.deductible_schedule(\.(active|retired))?\.\d+`), 'ratio'],
  [rule(String.raw`\.deductible_schedule(\.(active|retired))?`), 'schedule'],
  [rule(String.raw`\.deductible_schedule(\.(active|retired))?\.floor_share`), 'ratio'],
  [rule(String.raw`\.deductible_schedule(\.(active|retired))?\.group_first`), 'flag'],
  [rule(String.raw`\.(counts\.(first_pay|deductible|above_cap)|after\.(retiree|grade|age|facility|group)|first_share\.counts_in_layers|part_two\.counts_in_burden|uplift_ceiling\.facility_cut_first|uplift_ceiling(\.\d+)?\.(filing|unreferred)_cut_first)`), 'flag'],
  [rule(String.raw`\.first_share\.order`), 'choice', ['before_deductible', 'after_deductible']],
  [rule(String.raw`^assistance\.base\.(deductible|first_pay|out_of_scope)`), 'flag'],
  [rule(String.raw`\.(no_cap|no_day_cap|no_limit|separate|after_cap_deductible)`), 'flag'],
  [rule(String.raw`\.bands\.base`), 'choice', ['total', 'after_deductible']],
  [rule(String.raw`\.bands\.per`), 'choice', ['claim', 'year']],
  [rule(String.raw`\.bands\.\d+\.plus(\.max)?`), 'ratio'],
  [rule(String.raw`\.bands\.\d+\.plus\.of`), 'choice', ['stated', 'uplifted']],
  [rule(String.raw`\.emergency_ratio_as\.(1|2|3)`), 'choice', ['1', '2', '3']],
  [rule(String.raw`^several_groups`), 'choice', ['highest']],
  [rule(String.raw`\.referral_deductible\.(up|down)`), 'choice', ['difference', 'none', 'full']],
  [rule(String.raw`\.unreferred_cut`), 'ratio'],
  [rule(String.raw`\.unreferred_cut\.levels`), 'levels'],
  [rule(String.raw`\.unreferred_cut\.emergency`), 'choice', ['exempt', 'applies']],
  [rule(String.raw`^second_layer\.(employee|resident)\.base`), 'choice', ['burden', 'above_cap', 'after_cap']],
  [rule(String.raw`^second_layer\.(employee|resident)\.part_two\.base`), 'choice', ['above_cap']],
  [rule(String.raw`\.disease_limits\.several(\.(employee|resident))?`), 'choice', ['highest', 'highest_plus', 'highest_plus_share', 'sum', 'sum_share']],
  [rule(String.raw`\.disease_limits\.several(\.(employee|resident))?\.max_times_highest`), 'multiple'],
  [rule(String.raw`\.disease_limits\.several(\.(employee|resident))?\.at_least_highest`), 'flag'],
  [rule(String.raw`\.disease_limits\.several(\.(employee|resident))?\.max_diseases`), 'count'],
  [rule(String.raw`\.disease_limits\.prorate`), 'choice', ['months_left']],
  [rule(String.raw`\.disease_limits\.prorate\.counts_certification_month`), 'flag'],
  [rule(String.raw`\.disease_limits\.several(\.(employee|resident))?\.max_diseases_counted`), 'choice', ['highest', 'first_certified']],
  [rule(String.raw`\.within_claim`), 'choice', ['after_only', 'unpaid_by_ratio']],
  [rule(String.raw`\.burden_before_group`), 'choice', ['counts', 'excluded']],
  [rule(String.raw`^assistance\.open_groups`), 'group'],
  [rule(String.raw`^((outpatient|inpatient|chronic)|second_layer)\.(employee|resident)\.open_groups`), 'group'],
  [rule(String.raw`^assistance\.uplift\.several`), 'choice', ['once', 'per_ground']],
  [rule(String.raw`^assistance\.uplift\.age_on`), 'choice', ['admission', 'discharge']],
  [rule(String.raw`^assistance\.uplift\.grounds\.[^.]+\.(below_age|min_age)`), 'count'],
  [rule(String.raw`^assistance\.uplift\.grounds\.[^.]+\.disability`), 'grades'],
  [rule(String.raw`^assistance\.uplift(\.grounds\.[^.]+)?\.cap_plus`), 'money'],
  [rule(String.raw`^assistance\.uplift\.ratio_ceiling`), 'ratio'],
  [rule(String.raw`\.age_bonus(\.\d+)?\.age_on`), 'choice', ['admission', 'discharge']],
  [rule(String.raw`\.age_cap\.age_on`), 'choice', ['visit', 'year_end', 'year_start']],
  [rule(String.raw`\.age_cap\.steps\.\d+\.(min_age|below_age)`), 'count'],
  [rule(String.raw`\.age_cap\.steps\.\d+\.cap\.grade_[123]`), 'money'],
  [rule(String.raw`\.visit_cap`), 'money'],
  [rule(String.raw`\.deductible_year_cap(\.(active|retired))?`), 'money'],
  [rule(String.raw`\.deductible_year_cap_crossing`), 'choice', ['rest', 'full']],
  [rule(String.raw`\.newborn_deductible_share`), 'ratio'],
  [rule(String.raw`\.newborn_deductible_scope`), 'choice', ['first_stay', 'birth_year']],
  [rule(String.raw`\.newborn_enrolment\.days`), 'count'],
  [rule(String.raw`\.newborn_enrolment\.day_one`), 'choice', ['day_after_birth', 'birth_day']],
  [rule(String.raw`\.readmission\.days`), 'count'],
  [rule(String.raw`\.readmission\.last_day`), 'choice', ['within', 'outside']],
  [rule(String.raw`\.readmission\.(no_deductible|same_admission|same_disease|same_facility)`), 'flag'],
  [rule(String.raw`^second_layer\.(employee|resident)\.(cap|threshold)` + KEYS), 'money'],
  // 参保激励: 满4年 (a count), 每年提高2000元 / 原封顶线的1% (money / a share), 累计不超过…20% (max / max_share)
  [rule(String.raw`^second_layer\.(employee|resident)\.cap_incentive\.continuous\.after_years`), 'count'],
  [rule(String.raw`^second_layer\.(employee|resident)\.cap_incentive(\.(continuous|zero_claim)\.per_year|\.max)`), 'money'],
  [rule(String.raw`^second_layer\.(employee|resident)\.cap_incentive(\.(continuous|zero_claim)\.per_year_share|\.max_share)`), 'ratio'],
  [rule(String.raw`^family_year_cap\.per`), 'choice', ['holder', 'relative']],
  [rule('^family_year_cap'), 'money'],
  [rule(String.raw`^status_change(\.(outpatient|inpatient|chronic|second_layer))?`), 'choice', ['carry_over']],
  [rule('^stay_version'), 'choice', ['admission', 'discharge']],
  [rule('^status_from'), 'choice', ['processed_day', 'next_month_first']],
  [rule(String.raw`\.deductible_partly_met`), 'choice', ['rest']],
  [rule(String.raw`\.filing\.emergency`), 'choice', ['filed', 'temporary', 'referral', 'unfiled', 'local']],
  [rule(String.raw`\.filing\.(filed|temporary|referral|unfiled)(\.(in_province|out_of_province))?`), 'choice', ['local', 'adjusted']],
  [rule(String.raw`\.filing\.(filed|temporary|referral|unfiled)(\.(in_province|out_of_province))?\.ratio_times_of`), 'choice', ['uplifted', 'stated']],
  [rule(String.raw`\.deductible_times`), 'multiple'],
  [rule(String.raw`\.(age_bonus(\.\d+)?\.(min_age|below_age)|several(\.(employee|resident))?\.stated_for)`), 'count'],
  [rule(String.raw`\.(cap|threshold|up_to|sum_max|added_max|step|step_max|deductible_floor|limit)`), 'money'],
  [rule(String.raw`\.facility_day_cap\.[^.]+`), 'money'],
  [rule(String.raw`\.disease_limits\.groups\.[^.]+\.deductible` + KEYS), 'money'],
  // a disease's own deductible (chronic.disease_limits.血友病.deductible, by scheme .resident where keyed)
  [rule(String.raw`\.disease_limits\.(diseases\.)?(?!groups\.)[^.]+\.deductible` + KEYS), 'money'],
  [rule(String.raw`\.(ratio|ratio_cut|ratio_times|first_share|ratio_plus|share|threshold_share|retiree_deductible_share|uplift_ceiling|age_bonus(\.\d+)?\.value)` + KEYS), 'ratio'],
  [rule(String.raw`\.(group_deductible_share|group_bonus|grade_bonus|facility_bonus|facility_cut)\.[^.]+`), 'ratio'],
  [rule(String.raw`^assistance\.filing_cut\.(filed|temporary|referral|unfiled|emergency)`), 'ratio'],
  [rule(String.raw`^first_pay\.(drugs|items)` + KEYS), 'ratio'],
  [rule(String.raw`\.disease_limits\.(?!groups$|diseases$)[^.]+`), 'money'], // a disease's limit, by its name
  // a disease's limit keyed by scheme: chronic.disease_limits.高血压.employee (.employee.retired; also …diseases.高血压.limit.employee)
  [rule(String.raw`\.disease_limits\.(diseases\.)?(?!groups\.|several\.)[^.]+(\.limit)?\.(employee(\.(active|retired))?|resident)`), 'money'],
];

/** The kind of the value at a policy path (and a choice's words); undefined where --set cannot give it. */
export function ruleKindOf(path: string): { kind: RuleKind; options?: readonly string[] } | undefined {
  for (const [shape, kind, options] of KINDS) if (shape.test(path)) return options ? { kind, options } : { kind };
  return undefined;
}

const YES = new Set(['true', 'yes', '是', '计入', '包括']);
const NO = new Set(['false', 'no', '否', '不计入', '不包括']);

/** The value as the file would hold it, or the reason it cannot be one. */
function valueOf(kind: RuleKind, options: readonly string[] | undefined, text: string): { ok: true; value: RuleOverride['value'] } | { ok: false; problem: Text } {
  switch (kind) {
    case 'money': {
      const fen = parseYuan(text);
      return fen === null || fen > MAX_FEN ? { ok: false, problem: M.overrideMoney(text) } : { ok: true, value: fen / 100 };
    }
    case 'ratio': {
      const bp = parseRatio(text);
      return bp === null || bp > 10000 ? { ok: false, problem: M.overrideRatio(text) } : { ok: true, value: bp / 10000 };
    }
    case 'multiple': {
      const bp = text.endsWith('%') ? null : parseRatio(text);
      return bp === null || bp === 0 || bp > 100000 ? { ok: false, problem: M.overrideMultiple(text) } : { ok: true, value: bp / 10000 };
    }
    case 'count':
      return /^\d{1,3}$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, problem: M.overrideCount(text) };
    case 'flag':
      return YES.has(text.toLowerCase()) ? { ok: true, value: true } : NO.has(text.toLowerCase()) ? { ok: true, value: false } : { ok: false, problem: M.overrideChoice(text, ['true', 'false']) };
    case 'choice':
      return options!.includes(text) ? { ok: true, value: text } : { ok: false, problem: M.overrideChoice(text, options!) };
    case 'grades': {
      // 重度残疾人's grades (--disability's): 1,2 or 一级,二级
      const grades = text.split(/[,，、]/).map((g) => lookup(DISABILITY_ALIASES, g.trim()));
      if (text === '' || grades.some((g) => g === undefined)) return { ok: false, problem: M.overrideGrades(text) };
      return { ok: true, value: [...new Set(grades as string[])].sort() };
    }
    case 'levels': {
      // facilities.<name>.levels: the levels a kind's rules hold at, 2,3 (二级及以上)
      const levels = text.split(/[,，、]/).map((x) => x.trim());
      if (text === '' || levels.some((x) => !['1', '2', '3'].includes(x))) return { ok: false, problem: M.overrideChoice(text, ['2,3', '3', '1,2,3']) };
      return { ok: true, value: [...new Set(levels)].sort() };
    }
    case 'order': {
      // uplift_order: the uplifts in the order they are added, age,facility
      const kinds = text.split(/[,，、]/).map((x) => x.trim());
      const ok = kinds.every((k) => ['retiree', 'grade', 'age', 'facility', 'group'].includes(k)) && new Set(kinds).size === kinds.length;
      return ok ? { ok: true, value: kinds } : { ok: false, problem: M.overrideChoice(text, ['age,facility', 'facility,age', 'retiree,grade,age,facility']) };
    }
    case 'group': // assistance.open_groups: a group of assistance.groups (checked against the file's groups), or none
      return text.trim() !== '' ? { ok: true, value: text.trim() } : { ok: false, problem: M.overrideChoice(text, ['none', '<救助对象>']) };
    case 'schedule': {
      if (text === 'none') return { ok: true, value: 'none' };
      const shares = text.split(/[,，]/).map((s) => parseRatio(s.trim()));
      if (text === '' || shares.some((s) => s === null || s > 10000)) return { ok: false, problem: M.overrideSchedule(text) };
      return { ok: true, value: shares.map((s) => s! / 10000) };
    }
  }
}

/** A --set of a model-2 value by its path: the override, or the message (exit 2). `path` is known to have a kind. */
export function parseRuleSet(path: string, valueText: string): { ok: true; override: RuleOverride } | { ok: false; problem: Text } {
  const { kind, options } = ruleKindOf(path)!;
  const v = valueOf(kind, options, valueText);
  if (!v.ok) return v;
  return { ok: true, override: { path, param: 'rule', kind, value: v.value, display: valueText } };
}
