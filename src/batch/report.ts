// What batch says about the input's columns before the first row (contract "Batch files"):
// which column was read as which field, which columns were not used (and why, when another
// column gives the same field), that rows without a person_id column stand alone; and, for a
// file with no column for a required field that no flag fills, the message that refuses it.
import { FIELD_LABELS, flagName } from '../claim/index.js';
import type { Lang } from '../errors.js';
import type { Text } from '../domain.js';
import { excerpt } from '../excerpt.js';
import { HEADER_ALIASES, type ColumnField, type ColumnMap } from './columns.js';

const col = (name: string) => excerpt(name, 41);

/** The unused columns named at most (a sheet may have thousands): the rest are counted. */
const NAMED_UNUSED = 10;

const LABELS: Readonly<Record<ColumnField, Text>> = {
  ...FIELD_LABELS,
  person_id: { zh: '人员编号', en: 'person id' },
  account_holder: { zh: '家庭共济账户持有人编号', en: "family account holder's id" },
  reported_fund: { zh: '申报的基金支付额', en: 'reported fund payment' },
};

/** An unused column, and why where another column explains it. */
function ignoredWords(i: ColumnMap['ignored'][number], zh: boolean): string {
  if (i.beside !== undefined)
    return zh
      ? `${col(i.column)}(文件只有结算日期 ${col(i.beside)},没有入院日期:不能由此计算住院天数或判断住院跨越的版本;需要时请加入院日期列或住院天数列)`
      : `${col(i.column)} (no admission date, and ${col(i.beside)} is a settlement date: a stay's bed-days or version cannot be counted from them; add an admission date or a days column where needed)`;
  if (i.instead !== undefined) return zh ? `${col(i.column)}(已读取 ${col(i.instead)})` : `${col(i.column)} (${col(i.instead)} is read instead)`;
  return col(i.column);
}

/** The lines (each ending in a newline) that describe the columns, in the user's language. */
export function columnsReport(map: ColumnMap, lang: Lang): string {
  const zh = lang === 'zh';
  const read = map.read.map((r) => `${col(r.column)} → ${r.field}`).join(zh ? '、' : ', ');
  const lines = [zh ? `读取的列:${read || '(无)'}` : `Columns read: ${read || '(none)'}`];
  if (map.ignored.length > 0) {
    const ignored = map.ignored
      .slice(0, NAMED_UNUSED)
      .map((i) => ignoredWords(i, zh))
      .join(zh ? '、' : ', ');
    const more = map.ignored.length - NAMED_UNUSED;
    const rest = more > 0 ? (zh ? ` 等另 ${more} 列` : ` and ${more} more`) : '';
    lines.push(zh ? `未使用的列:${ignored}${rest}` : `Columns not used: ${ignored}${rest}`);
  }
  if (map.index.person_id < 0) {
    lines.push(
      zh
        ? '注意:没有人员编号列(person_id、人员编号、身份证号……),每行单独计算,同一人的起付线和基金支付不会逐行累计。'
        : 'Note: no person id column (person_id, 人员编号, 身份证号, …): each row stands alone; no deductible or fund paid carries from one row of a person to the next.',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The records above the header that were skipped (a sheet's title). */
export function aboveHeaderReport(records: readonly (readonly string[])[], lang: Lang): string {
  const shown = records.map((r) => `"${col(r.filter((c) => c.trim() !== '').join(' '))}"`).join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh'
    ? `表头之前的 ${records.length} 行不是表头,已跳过:${shown}\n`
    : `Skipped ${records.length} row${records.length === 1 ? '' : 's'} above the header: ${shown}\n`;
}

/** The file is refused: no column gives these required fields and no flag fills them. */
export function missingColumns(file: string, fields: readonly ColumnField[], map: ColumnMap): Text {
  const each = (lang: Lang) =>
    fields
      .map((f) => {
        const names = [f, ...HEADER_ALIASES[f].slice(0, 3)].join(lang === 'zh' ? '、' : ', ');
        const flag = f === 'person_id' || f === 'account_holder' || f === 'reported_fund' ? '' : lang === 'zh' ? `,也没有 ${flagName(f)} 参数` : `, and no ${flagName(f)} flag`;
        return lang === 'zh' ? `${LABELS[f].zh}(${names}……)${flag}` : `the ${LABELS[f].en} (${names}, …)${flag}`;
      })
      .join(lang === 'zh' ? ';' : '; ');
  return {
    zh: `${col(file)}:没有找到这些必需的列:${each('zh')}。\n${columnsReport(map, 'zh').trimEnd()}`,
    en: `${col(file)}: no column gives ${each('en')}.\n${columnsReport(map, 'en').trimEnd()}`,
  };
}
