// Every warning the engine gives, built once per rule combination (rules.ts caches them): the
// code (stable, see WARNING_CODES), how sure the sources are (kind), the parameter path, the
// full message for text and json, and one short clause an operator reads out (`say`).
import type { Bp, Warning, WarningCode, WarningKind } from './types.js';
import { formatPercent as pct } from './money.js';
import { bare, paramWords, valueWords, type Text } from './messages.js';

/** A warning; `path` only when it concerns one parameter or rule. */
export function warning(code: WarningCode, kind: WarningKind, message: Text, short: Text, path?: string): Warning {
  const w: Warning = { code, kind, message, short };
  if (path !== undefined) w.path = path;
  return w;
}

/** A value as said aloud: 800元 rather than 800.00 元, 50% as it is. */
const spokenValue = (path: string, exact: number): Text => {
  const v = valueWords(path, exact);
  return { zh: v.zh.replace(/\.00 元$/, ' 元').replace(' ', ''), en: v.en.replace(/\.00 yuan$/, ' yuan') };
};

/** The parameter alone in spoken words: 报销比例 rather than 职工医保普通门诊报销比例(1). */
function spokenParam(path: string): Text {
  const words = paramWords(path);
  const param = path.split('.')[2] ?? '';
  const names: Record<string, Text> = {
    deductible: { zh: '起付线', en: 'deductible' },
    ratio: { zh: '报销比例', en: 'ratio' },
    retiree_bonus: { zh: '退休人员比例提高', en: 'retiree uplift' },
    cap: { zh: '封顶线', en: 'cap' },
  };
  return names[param] ?? words;
}

export const warnings = {
  userValue: (path: string, exact: number): Warning =>
    warning(
      'user_value',
      'user',
      {
        zh: `${paramWords(path).zh} = ${valueWords(path, exact).zh} 由用户通过 --set ${path} 假定,未经来源核实。`,
        en: `The ${paramWords(path).en} = ${valueWords(path, exact).en} is assumed by the user (--set ${path}), not from the sources.`,
      },
      { zh: `${spokenParam(path).zh}${spokenValue(path, exact).zh}是按假定的数字算的`, en: `the ${spokenParam(path).en} of ${spokenValue(path, exact).en} is an assumed value` },
      path,
    ),
  inferred: (path: string, exact: number, reasoning: Text | undefined): Warning =>
    warning(
      'inferred_value',
      'inferred',
      {
        zh: `${paramWords(path).zh} ${valueWords(path, exact).zh} 是由来源中的实例推算的,并非明文规定${reasoning ? `:${reasoning.zh}` : '。'}`,
        en: `The ${paramWords(path).en} of ${valueWords(path, exact).en} is inferred from a worked example in the source, not stated${reasoning ? `: ${reasoning.en}` : '.'}`,
      },
      { zh: `${spokenParam(path).zh}${spokenValue(path, exact).zh}是根据公开的实例推算的`, en: `the ${spokenParam(path).en} of ${spokenValue(path, exact).en} is worked out from a published example` },
      path,
    ),
  /** `short` is the policy's own spoken clause for this reading, when it gives one. */
  reading: (path: string, reading: Text, short: Text | undefined): Warning =>
    warning(
      'reading',
      'reading',
      { zh: `${paramWords(path).zh}采用的解读:${reading.zh}`, en: `Reading taken for the ${paramWords(path).en}: ${reading.en}` },
      short
        ? { zh: `${bare(short).zh},这是对原文的理解`, en: `${bare(short).en}; this is a reading of the source` }
        : { zh: `${spokenParam(path).zh}是按对原文的理解算的`, en: `the ${spokenParam(path).en} follows a reading of the source` },
      path,
    ),
  unknownCap: (path: string, note: Text | undefined): Warning =>
    warning(
      'unknown_cap',
      'assumed',
      {
        zh: `${paramWords(path).zh}未知${note ? `(${bare(note).zh})` : ''};结果假定未达到封顶线。`,
        en: `The ${paramWords(path).en} is unknown${note ? ` (${bare(note).en})` : ''}; the result assumes the cap is not reached.`,
      },
      { zh: '政策没有写明封顶线,这里按没达到封顶线算', en: 'the policy states no cap, so this assumes the cap is not reached' },
      path,
    ),
  ratioCapped: (path: string, base: Bp, bonus: Bp): Warning =>
    warning(
      'ratio_capped',
      'assumed',
      {
        zh: `报销比例 ${pct(base)} 加退休人员提高的 ${pct(bonus).slice(0, -1)} 个百分点为 ${pct(base + bonus)},超过 100%;按 100% 计算(基金支付不超过费用本身)。`,
        en: `The ratio ${pct(base)} plus ${pct(bonus).slice(0, -1)} points for retirees is ${pct(base + bonus)}, above 100%; 100% is used (the fund never pays more than the cost).`,
      },
      { zh: '退休人员提高后的比例超过100%,按100%算', en: 'the retiree uplift would take the ratio above 100%, so 100% is used' },
      path,
    ),
  undatedVersion: (note: Text | undefined): Warning =>
    warning(
      'undated_version',
      'assumed',
      {
        zh: `所用政策版本没有生效日期${note ? `:${note.zh}` : '。'}`,
        en: `The policy version used has no effective date${note ? `: ${note.en}` : '.'}`,
      },
      { zh: '这一版政策的实施日期没有写明', en: "this policy version's start date is not stated" },
    ),
};
