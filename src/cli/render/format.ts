// Small formatting helpers shared by the renderers: grouped money, percentages, money as a
// listener hears it (元角分), the names of schemes, statuses, benefits and tiers, compact sources.
import { formatBp, formatFen } from '../../engine/money.js';
import type { Bp, Fen, Step } from '../../engine/types.js';
import type { BenefitId, Relation, Scheme, Status, Tier } from '../../domain.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../errors.js';

/** 200000000 -> "2,000,000.00": digit groups for reading at a glance. */
export function groupedYuan(fen: Fen): string {
  const [whole, cents] = formatFen(fen).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** 8000 -> "80%", 8550 -> "85.5%". Exact: Bp are hundredths of a percent. */
export function percent(bp: Bp): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return `${whole}%`;
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

/** Money as an operator says it: 200000 -> "2000元", 123456 -> "1234元5角6分", 50 -> "5角". */
export function spokenYuan(fen: Fen): string {
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor((fen % 100) / 10);
  const fenPart = fen % 10;
  let s = yuan > 0 || (jiao === 0 && fenPart === 0) ? `${yuan}元` : '';
  if (jiao > 0) s += `${jiao}角`;
  else if (fenPart > 0 && yuan > 0) s += '零';
  if (fenPart > 0) s += `${fenPart}分`;
  return s;
}

/** Money as an English speaker says it: 200000 -> "2,000 yuan", 123456 -> "1,234.56 yuan". */
export function spokenYuanEn(fen: Fen): string {
  const s = groupedYuan(fen);
  return `${s.endsWith('.00') ? s.slice(0, -3) : s} yuan`;
}

export { formatBp, formatFen };

const SCHEME: Record<Scheme, { zh: string; en: string }> = {
  employee: { zh: '职工医保', en: 'employee insurance' },
  resident: { zh: '居民医保', en: 'resident insurance' },
};
const STATUS: Record<Status, { zh: string; en: string }> = {
  active: { zh: '在职', en: 'active' },
  retired: { zh: '退休', en: 'retired' },
};
const BENEFIT: Record<BenefitId, { zh: string; en: string; short: string }> = {
  outpatient: { zh: '普通门诊', en: 'general outpatient', short: '门诊' },
  inpatient: { zh: '住院', en: 'inpatient', short: '住院' },
  chronic: { zh: '门诊慢特病', en: 'chronic-disease outpatient', short: '慢特病门诊' },
};
const RELATION: Record<Relation, { zh: string; en: string }> = {
  spouse: { zh: '配偶', en: 'spouse' },
  parent: { zh: '父母', en: 'parent' },
  child: { zh: '子女', en: 'child' },
  sibling: { zh: '兄弟姐妹', en: 'sibling' },
  grandparent: { zh: '(外)祖父母', en: 'grandparent' },
  grandchild: { zh: '(外)孙子女', en: 'grandchild' },
};

export const schemeName = (s: Scheme, lang: Lang): string => SCHEME[s][lang];
export const statusName = (s: Status, lang: Lang): string => STATUS[s][lang];
export const benefitName = (b: BenefitId, lang: Lang): string => BENEFIT[b][lang];
/** The word a caller uses for the visit: 门诊, 住院. */
export const benefitShortZh = (b: BenefitId): string => BENEFIT[b].short;
export const relationName = (r: Relation, lang: Lang): string => RELATION[r][lang];

export function tierName(policy: Policy, tier: Tier, lang: Lang): string {
  const t = policy.tiers[tier];
  if (t) return t.name[lang];
  return lang === 'zh' ? `${tier}级` : `tier ${tier}`;
}

/** "随州日报 2024 “起付线。在职人员500元,退休人员400元。”": enough to find the passage. */
export function compactSource(source: NonNullable<Step['source']>, lang: Lang): string {
  const date = source.date && source.date !== 'unknown' ? ` ${source.date}` : '';
  const quote = lang === 'zh' ? `“${source.quote}”` : `"${source.quote}"`;
  return `${source.publisher}${date} ${quote}`;
}

/** The full citation for JSON: title, publisher, date and quote. */
export function fullSource(source: NonNullable<Step['source']>): string {
  const date = source.date && source.date !== 'unknown' ? `, ${source.date}` : '';
  return `《${source.title}》(${source.publisher}${date}):“${source.quote}”`;
}
