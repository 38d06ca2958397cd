// covers_until (schema-base.ts): how far a version's sources cover. Stated, its quote holds the
// year it names (2025年度 for 2025-12-31); a reading says why; null has a note; and the span does
// not end before the version takes effect (it would say nothing). Inferred (有效期三年 from its
// start: a day the text implies by arithmetic) needs its reasoning, not the year in its quote. `open` (in force from its start,
// no end: the bureau keeps the file current) quotes the clause that puts the text in force.
import { lintSourced, report, type Context } from './lint-values.js';
import type { PathSegment } from './positions.js';
import type { PolicyVersion } from './schema.js';

export function lintCoversUntil(ctx: Context, path: PathSegment[], version: PolicyVersion): void {
  const c = version.covers_until;
  if (!c) return;
  const p = [...path, 'covers_until'];
  lintSourced(ctx, p, c, undefined);
  if (c.value === null) return;
  if (c.value === 'open') {
    if (!c.quote) report(ctx, [...p, 'quote'], 'covers_until open:请引用写明执行起始日期的原文(如“本通知自2025年1月1日起执行”)', 'covers_until open: quote the clause that puts the text in force (e.g. “本通知自2025年1月1日起执行”)');
    return;
  }
  if (version.effective !== null && c.value < version.effective) {
    report(ctx, [...p, 'value'], `covers_until ${c.value} 早于本版本生效日期 ${version.effective}`, `covers_until ${c.value} is before this version takes effect (${version.effective})`);
  }
  const year = c.value.slice(0, 4);
  if (c.quote && !c.reading && !c.inferred && !c.quote.includes(year)) {
    report(ctx, [...p, 'quote'], `covers_until ${c.value}:原文没有写到 ${year} 年(“${c.quote}”);原文没写明的请加 reading 说明`, `covers_until ${c.value}: the quote does not name ${year} ("${c.quote}"); where the text does not state it, add a reading`);
  }
}
