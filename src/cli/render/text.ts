// `--format text`: the breakdown a person reads at a terminal. Steps in order with amounts
// aligned by display width (Chinese characters take two columns), each with its rule and a
// compact source; warnings in a block of their own; the fund payment and the cash due repeated
// in a closing summary; then --compare's table and the hotline footer.
import type { ChalkInstance } from 'chalk';
import type { Bp, Step } from '../../engine/types.js';
import type { Lang } from '../errors.js';
import { benefitName, compactSource, groupedYuan, percent, schemeName, statusName, tierName } from './format.js';
import { renderCompareText } from './compare-text.js';
import { displayWidth, padEndWidth, padStartWidth } from './width.js';
import type { RenderInput } from './types.js';

const L = {
  zh: { yuan: '元', version: '政策版本', source: '来源', warnings: '请注意', fund: '统筹基金支付', cash: '您需现金支付' },
  en: { yuan: 'yuan', version: 'policy version', source: 'source', warnings: 'Please note', fund: 'The fund pays', cash: 'You pay in cash' },
} as const;

function header(input: RenderInput, c: ChalkInstance): string {
  const { explanation: e, policy, lang } = input;
  const cl = e.claim;
  const who = cl.status ? `${schemeName(cl.scheme, lang)} ${statusName(cl.status, lang)}` : schemeName(cl.scheme, lang);
  const parts = [e.policy.name[lang], who, benefitName(cl.benefit, lang), tierName(policy, cl.tier, lang), cl.date];
  const version = `${L[lang].version} ${e.policy.version}`;
  return `${c.bold(parts.join(' · '))}\n${c.dim(version)}\n`;
}

/** Title and amount columns wide enough for every row. */
function columns(steps: Step[], lang: Lang) {
  const titles = steps.map((s) => s.title[lang]).concat(L[lang].fund, L[lang].cash);
  return {
    title: Math.max(...titles.map(displayWidth)) + 2,
    amount: Math.max(...steps.map((s) => groupedYuan(s.amount).length)),
  };
}

/** The ratio step shows the ratio itself: its money (the fund before the cap) is in its rule. */
const amountCell = (step: Step, ratio: Bp | null): string => (step.key === 'ratio' && ratio !== null ? percent(ratio) : groupedYuan(step.amount));

function stepLines(step: Step, ratio: Bp | null, cols: { title: number; amount: number }, lang: Lang, c: ChalkInstance): string[] {
  const strong = step.key === 'fund' || step.key === 'cash';
  const title = padEndWidth(step.title[lang], cols.title);
  const amount = `${padStartWidth(amountCell(step, ratio), cols.amount)}${step.key === 'ratio' && ratio !== null ? '' : ` ${L[lang].yuan}`}`;
  const head = `  ${title}${amount}`;
  const lines = [strong ? c.bold(head) : head, `    ${step.explain[lang]}`];
  if (step.source) lines.push(c.dim(`    ${L[lang].source}: ${compactSource(step.source, lang)}`));
  return lines;
}

function warningLines(input: RenderInput, c: ChalkInstance): string[] {
  const { warnings } = input.explanation;
  if (warnings.length === 0) return [];
  const title = c.bold.yellow(`!! ${L[input.lang].warnings} (${warnings.length}):`);
  return ['', title, ...warnings.map((w) => c.yellow(`   ! ${w.message[input.lang]}`))];
}

function summaryLines(input: RenderInput, cols: { title: number; amount: number }, c: ChalkInstance): string[] {
  const { result } = input.explanation;
  const lang = input.lang;
  const width = Math.max(cols.amount, groupedYuan(result.fundPays).length, groupedYuan(result.cashDue).length);
  const row = (label: string, fen: number) => `  ${padEndWidth(label, cols.title)}${padStartWidth(groupedYuan(fen), width)} ${L[lang].yuan}`;
  const rule = `  ${'='.repeat(cols.title + width + 1 + displayWidth(L[lang].yuan))}`;
  return ['', rule, c.bold.green(row(L[lang].fund, result.fundPays)), c.bold.cyan(row(L[lang].cash, result.cashDue)), rule];
}

export function renderText(input: RenderInput, c: ChalkInstance): string {
  const { steps } = input.explanation;
  const cols = columns(steps, input.lang);
  const lines = [header(input, c)];
  for (const step of steps) lines.push(...stepLines(step, input.explanation.result.ratio, cols, input.lang, c));
  lines.push(...warningLines(input, c));
  lines.push(...summaryLines(input, cols, c));
  if (input.compare) lines.push('', ...renderCompareText(input, c));
  if (input.footer) lines.push('', input.footer);
  return `${lines.join('\n')}\n`;
}
