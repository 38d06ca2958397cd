// `--format text`: the breakdown a person reads at a terminal. Steps in order with amounts
// aligned by display width (Chinese characters take two columns), the deductible and the cap
// shown as the year's amount, what was met before and this visit's part (text-rows.ts); each
// step with its rule and a compact source; warnings in a block of their own; the fund payment
// and the cash due repeated in a closing summary; then --compare's table and the hotline
// footer. At a terminal every line is wrapped to its width where UAX #14 allows (wrap.ts).
import type { ChalkInstance } from 'chalk';
import type { Step } from '../../engine/types.js';
import type { Lang } from '../errors.js';
import { benefitName, compactSource, groupedYuan, schemeName, statusName, tierName } from './format.js';
import { renderCompareText } from './compare-text.js';
import { amountRows, type AmountRow } from './text-rows.js';
import { displayWidth, padEndWidth, padStartWidth } from './width.js';
import { wrapLine } from './wrap.js';
import type { Line, RenderInput } from './types.js';

const L = {
  zh: { yuan: '元', version: '政策版本', source: '来源', warnings: '请注意', fund: '统筹基金支付', cash: '您需现金支付' },
  en: { yuan: 'yuan', version: 'policy version', source: 'source', warnings: 'Please note', fund: 'The fund pays', cash: 'You pay in cash' },
} as const;

function header(input: RenderInput, c: ChalkInstance): Line[] {
  const { explanation: e, policy, lang } = input;
  const cl = e.claim;
  // 职工医保 退休; in English "employee insurance, retired" (not "employee insurance retired")
  const who = cl.status ? `${schemeName(cl.scheme, lang)}${lang === 'en' ? ',' : ''} ${statusName(cl.status, lang)}` : schemeName(cl.scheme, lang);
  // a facility the policy names (乡镇卫生院) is shown with the level it counts as
  // (the caller's own word for a community facility is the claim's facility too: not repeated when it is the tier's name)
  const level = tierName(policy, cl.tier, lang);
  const where = cl.facility && cl.facility !== level ? `${cl.facility}(${level})` : level;
  const parts = [e.policy.name[lang], who, benefitName(cl.benefit, lang), where, cl.date];
  return [{ text: parts.join(' · '), style: c.bold }, { text: `${L[lang].version} ${e.policy.version}`, style: c.dim }, { text: '' }];
}

interface Columns {
  title: number;
  amount: number;
}

/** Label and amount columns wide enough for every row (sub-rows are indented two columns). */
function columns(rows: AmountRow[], lang: Lang): Columns {
  const titles = rows.map((r) => (r.sub ? 2 : 0) + displayWidth(r.label)).concat(displayWidth(L[lang].fund), displayWidth(L[lang].cash));
  return { title: Math.max(...titles) + 2, amount: Math.max(...rows.map((r) => r.cell.length)) };
}

function rowLine(row: AmountRow, cols: Columns, lang: Lang, c: ChalkInstance): Line {
  const label = padEndWidth(`${row.sub ? '  ' : ''}${row.label}`, cols.title);
  const text = `  ${label}${padStartWidth(row.cell, cols.amount)}${row.money ? ` ${L[lang].yuan}` : ''}`;
  return row.strong ? { text, style: c.bold } : { text };
}

function stepLines(rows: AmountRow[], step: Step, cols: Columns, lang: Lang, c: ChalkInstance): Line[] {
  const lines = rows.map((row) => rowLine(row, cols, lang, c));
  lines.push({ text: `    ${step.explain[lang]}` });
  if (step.source) lines.push({ text: `    ${L[lang].source}: ${compactSource(step.source, lang)}`, style: c.dim });
  return lines;
}

function warningLines(input: RenderInput, c: ChalkInstance): Line[] {
  const { warnings } = input.explanation;
  if (warnings.length === 0) return [];
  const title = { text: `!! ${L[input.lang].warnings} (${warnings.length}):`, style: c.bold.yellow };
  return [{ text: '' }, title, ...warnings.map((w) => ({ text: `   ! ${w.message[input.lang]}`, style: c.yellow, hang: 5 }))];
}

function summaryLines(input: RenderInput, cols: Columns, c: ChalkInstance): Line[] {
  const { result } = input.explanation;
  const lang = input.lang;
  const width = Math.max(cols.amount, groupedYuan(result.fundPays).length, groupedYuan(result.cashDue).length);
  const row = (label: string, fen: number) => `  ${padEndWidth(label, cols.title)}${padStartWidth(groupedYuan(fen), width)} ${L[lang].yuan}`;
  const rule = { text: `  ${'='.repeat(cols.title + width + 1 + displayWidth(L[lang].yuan))}` };
  return [{ text: '' }, rule, { text: row(L[lang].fund, result.fundPays), style: c.bold.green }, { text: row(L[lang].cash, result.cashDue), style: c.bold.cyan }, rule];
}

/** Wrapped to the terminal's width (when there is one), then coloured line by line. */
function print(lines: Line[], width: number | undefined): string {
  return lines
    .flatMap((line) => {
      const parts = width === undefined ? [line.text] : wrapLine(line.text, width, line.hang);
      return parts.map((p) => (line.style && p !== '' ? line.style(p) : p));
    })
    .join('\n');
}

export function renderText(input: RenderInput, c: ChalkInstance): string {
  const e = input.explanation;
  const rows = e.steps.map((step) => amountRows(e, step, input.lang));
  const cols = columns(rows.flat(), input.lang);
  const lines = header(input, c);
  e.steps.forEach((step, i) => lines.push(...stepLines(rows[i]!, step, cols, input.lang, c)));
  lines.push(...warningLines(input, c));
  lines.push(...summaryLines(input, cols, c));
  if (input.compare) lines.push({ text: '' }, ...renderCompareText(input, c));
  if (input.footer) lines.push({ text: '' }, { text: input.footer });
  return `${print(lines, input.width)}\n`;
}
