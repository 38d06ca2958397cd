// The words of the wizard's stop screen: what the sources do not state (or the engine's own
// refusal), that yibao will not guess, where to ask (the city's hotline), and for operators
// the --set flags that would supply the values. Pure: text in, text out.
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../errors.js';
import { hotlineFooter } from '../render/hotline-footer.js';
import type { Blocked } from './unanswerable.js';
import { STOP, TIER_TEXT, type Text } from './text.js';

function joined(parts: Text[]): Text {
  const en = parts.length <= 1 ? (parts[0]?.en ?? '') : `${parts.slice(0, -1).map((p) => p.en).join(', ')} and ${parts.at(-1)!.en}`;
  return { zh: parts.map((p) => p.zh).join('、'), en };
}

/** The reason in one paragraph (also the JSON error's message). */
export function stopReason(blocked: Blocked, policy: Policy, lang: Lang): string {
  if (blocked.kind === 'refused') return blocked.error.messages[lang];
  const what = joined(blocked.unknowns.map((u) => ({ zh: u.label.zh, en: `the ${u.label.en}` })));
  const where = blocked.tier === undefined ? undefined : STOP.atTier(TIER_TEXT[blocked.tier].name);
  return STOP.unknown(policy.name, what, where)[lang];
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
