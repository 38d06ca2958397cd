// `--compare` in text: the same claim at every tier the policy defines, as a small table an
// operator can read across ("at a tier-1 facility the fund would pay …").
import type { ChalkInstance } from 'chalk';
import { groupedYuan, percent, tierName } from './format.js';
import { padEndWidth, padStartWidth, displayWidth } from './width.js';
import type { RenderInput } from './types.js';

const L = {
  zh: { title: '同一笔费用在各级医疗机构', tier: '医疗机构', ratio: '报销比例', fund: '统筹基金支付', cash: '现金支付', unknown: '无法计算', current: '(本次)' },
  en: { title: 'The same claim at each tier', tier: 'facility', ratio: 'ratio', fund: 'fund pays', cash: 'cash due', unknown: 'cannot compute', current: '(this claim)' },
} as const;

export function renderCompareText(input: RenderInput, c: ChalkInstance): string[] {
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
  const lines = [c.bold(l.title), c.dim(fmt(head)), ...cells.map(fmt)];
  for (const r of rows) {
    if (r.reason) lines.push(c.dim(`  ${tierName(input.policy, r.tier, input.lang)}: ${l.unknown}: ${r.reason[input.lang]}`));
  }
  return lines;
}
