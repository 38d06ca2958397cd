// The last line of every explanation (text and say): where the caller can ask, i.e. the
// city's hotline and its voice menu from the policy file, or a plain statement that the
// sources give none. No colour here: the caller styles the line. Type-only import, so this
// costs nothing on calc's start-up path.
import type { Policy } from '../../policy/schema.js';

/** e.g. 咨询:随州市医保服务热线 0722-3235698(1 市本级 2 曾都区 3 广水 4 随县) */
export function hotlineFooter(policy: Policy, lang: 'zh' | 'en'): string {
  const { number, menu = [] } = policy.hotline;
  const city = policy.name[lang];
  if (lang === 'zh') {
    if (!number) return `咨询:来源未给出${city}的医保服务热线号码。`;
    const keys = menu.map((m) => `${m.key} ${m.label.zh}`).join(' ');
    return `咨询:${city}医保服务热线 ${number}${keys ? `(${keys})` : ''}`;
  }
  if (!number) return `Questions: the sources give no medical insurance hotline number for ${city}.`;
  const keys = menu.map((m) => `${m.key} ${m.label.en}`).join(', ');
  return `Questions: ${city} medical insurance hotline ${number}${keys ? ` (menu: ${keys})` : ''}`;
}
