// The labelled amounts of the text breakdown, one step at a time. The cap, and the deductible
// where the policy counts it over the year, are yearly: their rows show the year's amount, what was met (paid) before this visit and this
// visit's part, so that a glance down the amount column never reads this visit's part of the
// deductible as the deductible itself.
import type { Explanation, Step } from '../../engine/types.js';
import type { Lang } from '../errors.js';
import { groupedYuan, percent } from './format.js';

/** One line of the amount column: a label, the amount (or a ratio), indented when it details the row above. */
export interface AmountRow {
  label: string;
  cell: string;
  /** Money (followed by 元/yuan); false for the ratio. */
  money: boolean;
  sub: boolean;
  strong: boolean;
}

const L = {
  zh: {
    deductible: '起付线(全年)', admission: '起付线(每次住院)', unstated: '起付线(周期未说明)', metBefore: '此前已付', thisVisit: '本次付', toGo: '付后还差',
    cap: '封顶线(全年)', fundBefore: '此前已报', capLeft: '本次最多可报',
  },
  en: {
    deductible: 'Deductible (year)', admission: 'Deductible (per admission)', unstated: 'Deductible (period not stated)', metBefore: 'met before', thisVisit: 'this visit', toGo: 'still to go',
    cap: 'Cap (year)', fundBefore: 'fund paid before', capLeft: 'left this visit',
  },
} as const;

const money = (label: string, fen: number, sub = false, strong = false): AmountRow => ({ label, cell: groupedYuan(fen), money: true, sub, strong });

function deductibleRows(e: Explanation, step: Step, lang: Lang): AmountRow[] {
  const annual = e.result.deductible;
  // No deductible (0): one row says it all.
  if (annual === null || annual === 0) return [money(step.title[lang], step.amount)];
  const l = L[lang];
  // Not yearly: nothing met before counts, so this visit's part is the whole story.
  if (e.deductiblePeriod !== 'year') return [money(e.deductiblePeriod === 'admission' ? l.admission : l.unstated, annual), money(l.thisVisit, e.result.deductibleApplied, true)];
  const before = e.result.deductibleMetBefore;
  const toGo = Math.max(0, annual - before) - e.result.deductibleApplied;
  return [money(l.deductible, annual), money(l.metBefore, before, true), money(l.thisVisit, e.result.deductibleApplied, true), money(l.toGo, toGo, true)];
}

function capRows(e: Explanation, step: Step, lang: Lang): AmountRow[] {
  const cap = e.result.cap;
  if (cap === null) return [money(step.title[lang], step.amount)];
  const l = L[lang];
  return [money(l.cap, cap), money(l.fundBefore, e.claim.ytdFund, true), money(l.capLeft, step.amount, true)];
}

function bandRows(e: Explanation, step: Step, lang: Lang): AmountRow[] {
  const rows = [money(step.title[lang], step.amount)];
  for (const b of e.result.bands!) {
    if (b.base === 0) continue;
    const span = `${groupedYuan(b.from)}–${b.to === null ? '' : groupedYuan(b.to)}`;
    rows.push(money(`${span} × ${percent(b.ratio)}`, b.pays, true));
  }
  return rows;
}

/** The amount rows of one step. */
export function amountRows(e: Explanation, step: Step, lang: Lang): AmountRow[] {
  if (step.key === 'deductible') return deductibleRows(e, step, lang);
  if (step.key === 'cap') return capRows(e, step, lang);
  // Banded (policy model 2): each band's part and what it pays, under the fund before the cap.
  if (step.key === 'ratio' && e.result.bands) return bandRows(e, step, lang);
  // The ratio step shows the ratio itself: its money (the fund before the cap) is in its rule.
  if (step.key === 'ratio' && e.result.ratio !== null) return [{ label: step.title[lang], cell: percent(e.result.ratio), money: false, sub: false, strong: false }];
  return [money(step.title[lang], step.amount, false, step.key === 'fund' || step.key === 'cash')];
}
