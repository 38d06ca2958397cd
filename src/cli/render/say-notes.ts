// The warnings of an explanation as a caller can take them in: each reading, inferred value,
// assumed (--set) value or unstated number the answer rests on, in one short clause. The
// engine's own spoken form is used where a warning carries one; otherwise a clause by code,
// naming the parameters it concerns; a warning of a kind not known here is read in full.
import type { Warning } from '../../engine/types.js';
import type { Text } from '../../domain.js';
import type { Lang } from '../errors.js';

const PARAM: Readonly<Record<string, Text>> = {
  deductible: { zh: '起付线', en: 'deductible' },
  ratio: { zh: '报销比例', en: 'ratio' },
  cap: { zh: '封顶线', en: 'cap' },
  retiree_bonus: { zh: '退休人员比例提高', en: 'retiree uplift' },
};

/** One clause for the parameters `names` (already in the user's language). */
const CLAUSE: Partial<Record<Warning['code'], (names: string, many: boolean) => Text>> = {
  inferred_value: (n, many) => ({ zh: `${n}是从公开的实例推算的,不是明文规定。`, en: `The ${n} ${many ? 'are' : 'is'} worked out from a published example, not stated.` }),
  user_value: (n, many) => ({ zh: `${n}是假定的数字,不是政策原文。`, en: `The ${n} ${many ? 'are assumed values' : 'is an assumed value'}, not from the policy.` }),
  reading: (n, many) => ({ zh: `${n}用的是对原文的一种理解。`, en: `The ${n} ${many ? 'rest' : 'rests'} on a reading of the source.` }),
};

/** Warnings that concern no parameter. */
const FIXED: Partial<Record<Warning['code'], Text>> = {
  unknown_cap: { zh: '政策没有写明封顶线,这里按没到封顶线算。', en: 'The policy states no cap, so this assumes it is not reached.' },
  ratio_capped: { zh: '退休人员提高后超过100%,按100%算。', en: 'With the retiree uplift the ratio would pass 100%, so 100% is used.' },
  undated_version: { zh: '这一版政策没有写明实施日期。', en: "This policy version's start date is not stated." },
};

/** The engine's one-clause spoken form, where the warning carries one. */
const spokenForm = (w: Warning): Text | undefined => (w as Warning & { short?: Text }).short;

const paramOf = (w: Warning): Text | undefined => PARAM[w.path?.split('.')[2] ?? ''];

/** One clause per point, in the order of the warnings; parameters with the same kind of note share one. */
export function sayNotes(warnings: Warning[], lang: Lang): string[] {
  type Slot = { text: string } | { code: Warning['code'] };
  const slots: Slot[] = [];
  const names = new Map<Warning['code'], string[]>();
  for (const w of warnings) {
    const spoken = spokenForm(w) ?? FIXED[w.code];
    const param = paramOf(w);
    if (spoken) slots.push({ text: spoken[lang] });
    else if (CLAUSE[w.code] && param) {
      if (!names.has(w.code)) slots.push({ code: w.code });
      names.set(w.code, [...(names.get(w.code) ?? []), param[lang]]);
    } else slots.push({ text: w.message[lang] });
  }
  const said = slots.map((slot) => {
    if ('text' in slot) return slot.text;
    const unique = [...new Set(names.get(slot.code))];
    return CLAUSE[slot.code]!(unique.join(lang === 'zh' ? '和' : ' and '), unique.length > 1)[lang];
  });
  return [...new Set(said)];
}
