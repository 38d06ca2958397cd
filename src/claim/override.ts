// `--set <benefit>.<scheme>.<param>[.<key>]=<value>` (contract "calc flags"): one policy
// parameter overridden for this run. Money in yuan, ratios as 0.5 or 50%; no key sets every key.
import { BENEFITS, SCHEMES, STATUSES, TIERS, type BenefitId, type Scheme } from '../domain.js';
import type { Override } from '../engine/types.js';
import { parseRatio, parseYuan } from '../engine/money.js';
import { claimMessages as M, type Text } from './messages.js';

export const OVERRIDE_PARAMS = ['deductible', 'ratio', 'retiree_bonus', 'cap'] as const;
const KEYS = [...STATUSES, ...TIERS] as const;
const MAX_FEN = 100_000_000 * 100;

export type ParseOverrideResult = { ok: true; override: Override } | { ok: false; message: Text };

function oneOf<T extends string>(list: readonly T[], part: string): part is T {
  return (list as readonly string[]).includes(part);
}

function fail(text: string, problem: Text): ParseOverrideResult {
  return { ok: false, message: M.override(text, problem) };
}

export function parseOverride(text: string): ParseOverrideResult {
  const eq = text.indexOf('=');
  const path = (eq < 0 ? text : text.slice(0, eq)).trim();
  const valueText = eq < 0 ? '' : text.slice(eq + 1).trim();
  const parts = path.split('.');
  if (eq < 0 || parts.length < 3 || parts.length > 4) return fail(text, M.overrideShape());
  const [benefit, scheme, param, key] = parts as [string, string, string, string | undefined];
  if (!oneOf(BENEFITS, benefit)) return fail(text, M.overridePart(benefit, BENEFITS.join(', ')));
  if (!oneOf(SCHEMES, scheme)) return fail(text, M.overridePart(scheme, SCHEMES.join(', ')));
  if (!oneOf(OVERRIDE_PARAMS, param)) return fail(text, M.overridePart(param, OVERRIDE_PARAMS.join(', ')));
  if (key !== undefined && !oneOf(KEYS, key)) return fail(text, M.overridePart(key, KEYS.join(', ')));
  if (key !== undefined && param === 'retiree_bonus') return fail(text, M.overrideBonusKey());

  const isMoney = param === 'deductible' || param === 'cap';
  const exact = isMoney ? parseYuan(valueText) : parseRatio(valueText);
  if (exact === null || exact > (isMoney ? MAX_FEN : 10000)) {
    return fail(text, isMoney ? M.overrideMoney(valueText) : M.overrideRatio(valueText));
  }
  const override: Override = {
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
