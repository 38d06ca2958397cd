// The warnings of an explanation as a caller can take them in: one short sentence that says
// which numbers are not stated by the policy (unknown cap, inferred or user-given values),
// instead of the full notes the text output shows. Readings of the text are left to `text`.
import type { Warning } from '../../engine/types.js';
import type { Lang } from '../errors.js';

const PARAM = {
  deductible: { zh: '起付线', en: 'deductible' },
  ratio: { zh: '报销比例', en: 'ratio' },
  cap: { zh: '封顶线', en: 'cap' },
  retiree_bonus: { zh: '退休人员比例提高', en: 'retiree uplift' },
} as const;

function paramsOf(warnings: Warning[], code: Warning['code'], lang: Lang): { text: string; many: boolean } {
  const names = warnings
    .filter((w) => w.code === code)
    .map((w) => PARAM[(w.path?.split('.')[2] ?? '') as keyof typeof PARAM]?.[lang] ?? (lang === 'zh' ? '部分数字' : 'some values'));
  const unique = [...new Set(names)];
  return { text: unique.join(lang === 'zh' ? '和' : ' and '), many: unique.length > 1 };
}

export function sayNotes(warnings: Warning[], lang: Lang): string {
  const has = (code: Warning['code']) => warnings.some((w) => w.code === code);
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (has('unknown_cap')) parts.push(zh ? '政策没有写明封顶线,这里按没达到封顶线算' : 'the policy states no cap, so this assumes the cap is not reached');
  const inferred = paramsOf(warnings, 'inferred_value', lang);
  const user = paramsOf(warnings, 'user_value', lang);
  if (has('inferred_value')) parts.push(zh ? `${inferred.text}是根据公开的实例推算的` : `the ${inferred.text} ${inferred.many ? 'are' : 'is'} worked out from a published example`);
  if (has('user_value')) parts.push(zh ? `${user.text}是按假定的数字算的` : `the ${user.text} ${user.many ? 'are assumed values' : 'is an assumed value'}`);
  if (has('ratio_capped')) parts.push(zh ? '退休人员提高后的比例超过100%,按100%算' : "the retiree uplift would take the ratio above 100%, so 100% is used")
  if (has('undated_version')) parts.push(zh ? '这一版政策的实施日期没有写明' : "this policy version's start date is not stated");
  if (parts.length === 0) return '';
  return zh ? `请注意,${parts.join(';')},结果仅供参考。` : `Please note: ${parts.join('; ')}. Treat the result as a guide.`;
}
