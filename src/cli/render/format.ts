// Small formatting helpers shared by the renderers: grouped money, percentages, money as a
// listener hears it (元角分), the names of schemes, statuses, benefits and tiers, compact sources.
import { formatFen } from '../../money/money.js';
import type { Bp, Fen, Step } from '../../engine/types.js';
import type { BenefitId, Scheme, Status, Tier } from '../../domain.js';
import { BENEFIT_NAMES, SCHEME_NAMES, STATUS_NAMES } from '../../engine/messages.js';
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

// The engine's names, plus the short word the spoken script uses.
const BENEFIT: Record<BenefitId, { zh: string; en: string; short: string }> = {
  outpatient: { ...BENEFIT_NAMES.outpatient, short: '门诊' },
  inpatient: { ...BENEFIT_NAMES.inpatient, short: '住院' },
  chronic: { ...BENEFIT_NAMES.chronic, short: '慢特病门诊' },
};

export const schemeName = (s: Scheme, lang: Lang): string => SCHEME_NAMES[s][lang];
export const statusName = (s: Status, lang: Lang): string => STATUS_NAMES[s][lang];
export const benefitName = (b: BenefitId, lang: Lang): string => BENEFIT[b][lang];
/** The word a caller uses for the visit: 门诊, 住院. */
export const benefitShortZh = (b: BenefitId): string => BENEFIT[b].short;

export function tierName(policy: Policy, tier: Tier, lang: Lang): string {
  const t = policy.tiers[tier];
  if (t) return t.name[lang];
  return lang === 'zh' ? `${tier}级` : `tier ${tier}`;
}

/** Each passage in its own quotation marks: two separate passages never read as one. */
function quoted(source: NonNullable<Step['source']>, lang: Lang): string {
  const passages = source.quotes.length > 0 ? source.quotes : [source.quote];
  return passages.map((q) => (lang === 'zh' ? `“${q}”` : `"${q}"`)).join(' ');
}

/** "随州日报 2024 “起付线。在职人员500元,退休人员400元。”": enough to find the passage. */
export function compactSource(source: NonNullable<Step['source']>, lang: Lang): string {
  const date = source.date && source.date !== 'unknown' ? ` ${source.date}` : '';
  return `${source.publisher}${date} ${quoted(source, lang)}`;
}

/** The full citation for JSON: title, publisher, date and quote(s). */
export function fullSource(source: NonNullable<Step['source']>): string {
  const date = source.date && source.date !== 'unknown' ? `, ${source.date}` : '';
  return `《${source.title}》(${source.publisher}${date}):${quoted(source, 'zh')}`;
}
