// The words `policy list` and `policy show` use for the closed vocabularies and for numbers:
// benefit, scheme, status and tier names in zh and en, money and ratios written for people.
import type { BenefitId, Scheme } from '../../domain.js';
import { BENEFIT_NAMES, STATUS_NAMES } from '../../engine/messages.js';
import type { Lang } from '../errors.js';

export type { Lang };
type Words = Record<string, { zh: string; en: string }>;

export const BENEFIT_WORDS: Words = BENEFIT_NAMES;

export const SCHEME_WORDS: Words = {
  employee: { zh: '职工', en: 'employees' },
  resident: { zh: '居民', en: 'residents' },
};

export const KEY_WORDS: Words = {
  ...STATUS_NAMES,
  '1': { zh: '一级', en: 'tier 1' },
  '2': { zh: '二级', en: 'tier 2' },
  '3': { zh: '三级', en: 'tier 3' },
  community: { zh: '社区', en: 'community' },
  grade_1: { zh: '一档', en: 'grade 1' },
  grade_2: { zh: '二档', en: 'grade 2' },
  grade_3: { zh: '三档', en: 'grade 3' },
};

export const PARAM_WORDS: Words = {
  deductible: { zh: '起付线', en: 'deductible' },
  ratio: { zh: '报销比例', en: 'ratio' },
  retiree_bonus: { zh: '退休人员支付比例提高', en: 'retiree uplift' },
  cap: { zh: '封顶线', en: 'cap' },
  min_contribution: { zh: '最低缴费水平', en: 'minimum contribution level' },
};

export const RELATION_WORDS: Words = {
  spouse: { zh: '配偶', en: 'spouse' },
  parent: { zh: '父母', en: 'parents' },
  child: { zh: '子女', en: 'children' },
  sibling: { zh: '兄弟姐妹', en: 'siblings' },
  grandparent: { zh: '(外)祖父母', en: 'grandparents' },
  grandchild: { zh: '(外)孙子女', en: 'grandchildren' },
};

export function word(table: Words, key: string, lang: Lang): string {
  return table[key]?.[lang] ?? key;
}

export function benefitScheme(benefit: BenefitId | string, scheme: Scheme | string, lang: Lang): string {
  return lang === 'zh' ? `${word(BENEFIT_WORDS, benefit, lang)}·${word(SCHEME_WORDS, scheme, lang)}` : `${word(BENEFIT_WORDS, benefit, lang)}, ${word(SCHEME_WORDS, scheme, lang)}`;
}

/** 200000 -> "200,000"; 0.5 -> "0.50" (yuan as people read them). */
export function yuan(value: number, lang: Lang): string {
  const [int, frac] = value.toFixed(2).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = frac === '00' ? grouped : `${grouped}.${frac}`;
  return lang === 'zh' ? `${text} 元` : `${text} yuan`;
}

/** 0.8 -> "80%", 0.065 -> "6.5%": through integer parts per 10,000, never float noise. */
export function percent(value: number): string {
  const bp = Math.round(value * 10000);
  return `${bp / 100}%`;
}

/** Percentage points: 0.05 -> "5 个百分点" / "5 points". */
export function points(value: number, lang: Lang): string {
  const bp = Math.round(value * 10000);
  return lang === 'zh' ? `${bp / 100} 个百分点` : `${bp / 100} percentage points`;
}

/** "2024-01-01 起" / "from 2024-01-01"; an undated first version says so. */
export function versionLabel(effective: string | null, next: string | null | undefined, lang: Lang): string {
  const until = next ? (lang === 'zh' ? `至 ${dayBefore(next)}` : `until ${dayBefore(next)}`) : '';
  if (effective === null) return lang === 'zh' ? `起始日期未载明${until ? `,${until}` : ''}` : `start not stated${until ? `, ${until}` : ''}`;
  return lang === 'zh' ? `${effective} 起${until ? `${until}` : ''}` : `from ${effective}${until ? ` ${until}` : ''}`;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
