// `--set <benefit>.<scheme>.<param>[.<key>]=<value>` (contract "calc flags"): one policy
// parameter overridden for this run. Money in yuan, ratios as 0.5 or 50%; no key sets every key.
// Any other path an exit 3 names (a model-2 value: assistance.groups.低保对象.cap,
// inpatient.resident.bands.1.ratio.3 …) is a value of its kind, checked as the file's (rule-kinds.ts).
import { BENEFITS, SCHEMES, STATUSES, TIERS, type BenefitId, type Scheme } from '../domain.js';
import { isMoneyParam, type Override, type ParamOverride } from '../engine/types.js';
import { parseRatio, parseYuan } from '../money/money.js';
import { claimMessages as M, type Text } from './messages.js';
import { halfWidth } from '../text/width.js';
import { MAX_FEN } from './fields.js';
import { parseRuleSet, ruleKindOf } from './rule-kinds.js';

export const OVERRIDE_PARAMS = ['deductible', 'ratio', 'retiree_bonus', 'cap', 'disease_limit'] as const;
const KEYS = [...STATUSES, ...TIERS] as const;

export type ParseOverrideResult = { ok: true; override: Override } | { ok: false; message: Text };

function oneOf<T extends string>(list: readonly T[], part: string): part is T {
  return (list as readonly string[]).includes(part);
}

function fail(text: string, problem: Text): ParseOverrideResult {
  return { ok: false, message: M.override(text, problem) };
}

export function parseOverride(typed: string): ParseOverrideResult {
  const text = halfWidth(typed); // ６００ as typed on a Chinese keyboard, like every claim value
  const eq = text.indexOf('=');
  const path = (eq < 0 ? text : text.slice(0, eq)).trim();
  const valueText = eq < 0 ? '' : text.slice(eq + 1).trim();
  const parts = path.split('.');
  // The path is checked part by part, so the message names the first part that is wrong.
  const [benefit, scheme, param, key] = parts as [string, string | undefined, string | undefined, string | undefined];
  // a model-2 value by its path (not a parameter of model 1's form)
  // (second_layer.employee.ratio.retired has a parameter's name in third place but is no benefit's: a model-2 path)
  const rule = !(oneOf(BENEFITS, benefit) && param !== undefined && oneOf(OVERRIDE_PARAMS, param) && parts.length <= 4) && ruleKindOf(path) !== undefined;
  if (rule) {
    if (eq < 0) return fail(text, M.overrideNoValue());
    const parsed = parseRuleSet(path, valueText);
    return parsed.ok ? parsed : fail(text, parsed.problem);
  }
  if (benefit === '') return fail(text, M.overrideMissingPart('benefit', BENEFITS));
  if (!oneOf(BENEFITS, benefit)) return fail(text, M.overridePart('benefit', benefit, BENEFITS));
  if (scheme === undefined) return fail(text, M.overrideMissingPart('scheme', SCHEMES));
  if (!oneOf(SCHEMES, scheme)) return fail(text, M.overridePart('scheme', scheme, SCHEMES));
  if (param === undefined) return fail(text, M.overrideMissingPart('param', OVERRIDE_PARAMS));
  if (!oneOf(OVERRIDE_PARAMS, param)) return fail(text, M.overridePart('param', param, OVERRIDE_PARAMS));
  if (key !== undefined && param === 'retiree_bonus') return fail(text, M.overrideBonusKey());
  if (key !== undefined && !oneOf(KEYS, key)) return fail(text, M.overridePart('key', key, KEYS));
  if (parts.length > 4) return fail(text, M.overrideTooLong(parts.length));
  if (eq < 0) return fail(text, M.overrideNoValue());

  const isMoney = isMoneyParam(param);
  const exact = isMoney ? parseYuan(valueText) : parseRatio(valueText);
  if (exact === null || exact > (isMoney ? MAX_FEN : 10000)) {
    return fail(text, isMoney ? M.overrideMoney(valueText) : M.overrideRatio(valueText));
  }
  const override: ParamOverride = {
    path,
    benefit: benefit as BenefitId,
    scheme: scheme as Scheme,
    param,
    value: isMoney ? exact / 100 : exact / 10000,
    exact,
  };
  if (key !== undefined) override.key = key;
  return { ok: true, override };
}
