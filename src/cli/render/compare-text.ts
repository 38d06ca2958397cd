// `--compare` in text: the same claim at every tier the policy defines, as a small table an
// operator can read across ("at a tier-1 facility the fund would pay …"). When the table is
// wider than the terminal, each tier becomes one line of words instead, which wraps cleanly.
import type { ChalkInstance } from 'chalk';
import { groupedYuan, percent, tierName } from './format.js';
import { padEndWidth, padStartWidth, displayWidth } from './width.js';
import type { Line, RenderInput } from './types.js';

const L = {
  zh: { title: '同一笔费用在各级医疗机构', tier: '医疗机构', ratio: '报销比例', fund: '统筹基金支付', cash: '现金支付', unknown: '无法计算', current: '(本次)', yuan: ' 元', sep: ':', comma: ',' },
  en: { title: 'The same claim at each tier', tier: 'facility', ratio: 'ratio', fund: 'fund pays', cash: 'cash due', unknown: 'cannot compute', current: '(this claim)', yuan: '', sep: ': ', comma: ', ' },
} as const;

export function renderCompareText(input: RenderInput, c: ChalkInstance): Line[] {
  const rows = input.compare ?? [];
  const l = L[input.lang];
  const current = input.explanation.claim.tier;
  const cells = rows.map((r) => [
    tierName(input.policy, r.tier, input.lang) + (r.tier === current ? ` ${l.current}` : ''),
    r.ratio === null ? '—' : percent(r.ratio),
    r.fundPays === null ? '—' : groupedYuan(r.fundPays),
    r.cashDue === null ? '—' : groupedYuan(r.cashDue),
  ]);
  const head = [l.tier, l.ratio, l.fund, l.cash];
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...cells.map((row) => displayWidth(row[i]!))));
  const fmt = (row: string[]) =>
    '  ' + row.map((cell, i) => (i === 0 ? padEndWidth(cell, widths[i]!) : padStartWidth(cell, widths[i]!))).join('   ');
  const table = input.width === undefined || displayWidth(fmt(head)) <= input.width;
  // Too wide for the terminal: "tier-1 facility: ratio 85%, fund pays 1,300.00, cash due 1,700.00".
  const said = (row: string[]) => `  ${row[0]}${l.sep}${[1, 2, 3].map((i) => `${head[i]} ${row[i]}${i > 1 && row[i] !== '—' ? l.yuan : ''}`).join(l.comma)}`;
  const lines: Line[] = [{ text: l.title, style: c.bold }];
  if (table) lines.push({ text: fmt(head), style: c.dim }, ...cells.map((row) => ({ text: fmt(row) })));
  else lines.push(...cells.map((row) => ({ text: said(row), hang: 4 })));
  for (const r of rows) {
    if (r.reason) lines.push({ text: `  ${tierName(input.policy, r.tier, input.lang)}: ${l.unknown}: ${r.reason[input.lang]}`, style: c.dim, hang: 4 });
  }
  return lines;
}
