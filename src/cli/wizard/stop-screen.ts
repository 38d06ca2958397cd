// The words of the wizard's stop screen: what the sources do not state (or the engine's own
// refusal), that yibao will not guess, where to ask (the city's hotline), and for operators
// the --set flags that would supply the values. Pure: text in, text out.
import { BENEFIT_NAMES, SCHEME_NAMES } from '../../engine/index.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../errors.js';
import { hotlineFooter } from '../render/hotline-footer.js';
import type { Blocked } from './unanswerable.js';
import { STOP, TIER_TEXT, type Text } from './text.js';

/** ["起付线", "报销比例", …] -> 起付线、…和报销比例; the same with commas and "and" in English. */
function list(words: string[], comma: string, and: string): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(comma)}${and}${words.at(-1)}`;
}

/** The reason in one sentence (also the JSON error's message). */
export function stopReason(blocked: Blocked, policy: Policy, lang: Lang): string {
  if (blocked.kind === 'refused') return blocked.error.messages[lang];
  const names = blocked.unknowns.map((u) => u.name);
  const scheme = SCHEME_NAMES[blocked.scheme];
  const benefit = BENEFIT_NAMES[blocked.benefit];
  const what: Text = {
    zh: `${scheme.zh}${benefit.zh}的${list(names.map((n) => n.zh), '、', '和')}`,
    en: `the ${benefit.en} ${list(names.map((n) => n.en), ', ', ' and ')} of ${scheme.en}`,
  };
  const where = blocked.tier === undefined ? undefined : STOP.atTier(TIER_TEXT[blocked.tier].name);
  return STOP.unknown(policy.name, what, where, names.length > 1)[lang];
}

/** The whole screen, one line per point. */
export function stopScreen(blocked: Blocked, policy: Policy, lang: Lang): string {
  const lines = [STOP.title[lang], stopReason(blocked, policy, lang), hotlineFooter(policy, lang)];
  if (blocked.kind === 'unknown') {
    const sets = { zh: blocked.unknowns.map((u) => u.set.zh).join(' '), en: blocked.unknowns.map((u) => u.set.en).join(' ') };
    lines.push(STOP.operators(sets)[lang]);
  }
  return `${lines.join('\n')}\n`;
}
