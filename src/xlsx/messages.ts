// The texts of reading an Excel workbook, in both languages: what a file that is not a readable
// .xlsx is (exit 2), and the problems of a sheet's rows and cells. Names and values are quoted as excerpts and
// escaped (a sheet name with escape sequences never reaches the terminal raw).
import type { Text } from '../domain.js';
import { quoted } from '../excerpt.js';
import { safeLine } from '../safe-text.js';
import { MAX_ROW_CHARS } from './limits.js';

const MIB = `${MAX_ROW_CHARS / 1024 / 1024} MiB`;
/** Markup still open after twice the text limit stops the parse (xml.ts). */
const MARKUP = `${(2 * MAX_ROW_CHARS) / 1024 / 1024} MiB`;
const shown = (value: string): string => quoted(value, 41);
const named = (file: string): string => safeLine(file);
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;
const SAVE_AS = { zh: '请在 Excel 中打开并另存为 .xlsx 或 CSV 后再试。', en: 'Open it in Excel and save it as .xlsx or CSV, then try again.' };

/** Whether the first bytes look like text (a CSV saved with the wrong extension). */
const looksLikeText = (head: Uint8Array): boolean => head.length > 0 && new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, 256)).split('').every((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff' || c === '\ufffd');

/** Sheet names as a message lists them: the first ten quoted, then how many more (a workbook may have thousands). */
export function sheetNames(names: readonly string[]): Text {
  const shownNames = names.slice(0, 10).map((n) => shown(n));
  const more = names.length - shownNames.length;
  return { zh: shownNames.join('、') + (more > 0 ? ` 等另 ${more} 个` : ''), en: shownNames.join(', ') + (more > 0 ? ` and ${more} more` : '') };
}

export const xlsxMessages = {
  noSheet: (file: string, sheet: string | undefined, names: string[]): Text => ({
    zh: sheet === undefined ? `${shown(file)} 中没有工作表。` : `${shown(file)} 中没有名为 ${shown(sheet)} 的工作表;有:${sheetNames(names).zh || '(无)'}。`,
    en: sheet === undefined ? `${shown(file)} has no worksheet.` : `${shown(file)} has no sheet named ${shown(sheet)}; it has ${sheetNames(names).en || '(none)'}.`,
  }),
  notZip: (file: string, head: Uint8Array): Text =>
    looksLikeText(head)
      ? {
          zh: `${named(file)} 不是 Excel 工作簿(.xlsx),而是文本文件;如果它是 CSV,请加 --input-format csv。`,
          en: `${named(file)} is not an Excel workbook (.xlsx) but a text file; if it is CSV, add --input-format csv.`,
        }
      : head.length === 0
        ? { zh: `${named(file)} 是空文件,不是 Excel 工作簿(.xlsx)。`, en: `${named(file)} is empty, not an Excel workbook (.xlsx).` }
        : { zh: `${named(file)} 不是 Excel 工作簿(.xlsx 是 zip 文件,此文件不是)。${SAVE_AS.zh}`, en: `${named(file)} is not an Excel workbook (an .xlsx is a zip file; this is not). ${SAVE_AS.en}` },
  oldFormat: (file: string): Text => ({
    zh: `${named(file)} 是旧格式的 Excel 文件(.xls)或其他 Office 文件,不是 .xlsx。${SAVE_AS.zh}`,
    en: `${named(file)} is an old-format Excel file (.xls) or another Office file, not an .xlsx. ${SAVE_AS.en}`,
  }),
  encrypted: (file: string): Text => ({
    zh: `${named(file)} 是设了打开密码的工作簿,无法读取;请在 Excel 中打开,在"文件 → 信息 → 保护工作簿 → 用密码进行加密"中清空密码并保存,再试。`,
    en: `${named(file)} is a password-protected workbook and cannot be read; open it in Excel, clear the password (File → Info → Protect Workbook → Encrypt with Password), save, and try again.`,
  }),
  damaged: (file: string, why: Text): Text => ({
    zh: `${named(file)} 已损坏或不完整(${why.zh}),无法读取。${SAVE_AS.zh}`,
    en: `${named(file)} is damaged or incomplete (${why.en}) and cannot be read. ${SAVE_AS.en}`,
  }),
  notWorkbook: (file: string): Text => ({
    zh: `${named(file)} 是 zip 文件,但不是 Excel 工作簿(其中没有工作簿部件 xl/workbook.xml)。`,
    en: `${named(file)} is a zip file but not an Excel workbook (it has no workbook part, xl/workbook.xml).`,
  }),
  missingPart: (file: string, part: string): Text => ({
    zh: `${named(file)} 已损坏:缺少部件 ${shown(part)}。${SAVE_AS.zh}`,
    en: `${named(file)} is damaged: the part ${shown(part)} is missing. ${SAVE_AS.en}`,
  }),
  zipBomb: (file: string, part: string, size: number, compressed: number): Text => ({
    zh: `${named(file)} 中的 ${shown(part)} 解压后有 ${mb(size)},是压缩后大小的 ${Math.round(size / Math.max(compressed, 1)).toLocaleString('en')} 倍(上限 100 倍):这不像 Excel 保存的文件(zip 炸弹?),不予读取。`,
    en: `${named(file)}: ${shown(part)} would inflate to ${mb(size)}, ${Math.round(size / Math.max(compressed, 1)).toLocaleString('en')} times its compressed size (the limit is 100): not a file Excel saves (a zip bomb?), so it is not read.`,
  }),
  tooManyEntries: (file: string, limit: number): Text => ({
    zh: `${named(file)} 中的文件超过 ${limit.toLocaleString('en')} 个,不像 Excel 工作簿,不予读取。`,
    en: `${named(file)} holds more than ${limit.toLocaleString('en')} files: not an Excel workbook, so it is not read.`,
  }),
  pipedTooLarge: (file: string, limit: number): Text => ({
    zh: `从管道读取的工作簿 ${named(file)} 超过 ${mb(limit)}(管道中的工作簿须整个读入内存);请直接给出文件路径。`,
    en: `the workbook read from ${named(file)} is larger than ${mb(limit)} (a workbook from a pipe is held in memory); give its path instead.`,
  }),
  badPart: (file: string, part: string, detail: string): Text => ({
    zh: `${named(file)} 的 ${shown(part)} 不是有效的 XML(${shown(detail)})。${SAVE_AS.zh}`,
    en: `${named(file)}: ${shown(part)} is not valid XML (${shown(detail)}). ${SAVE_AS.en}`,
  }),
  longMarkup: (file: string, part: string): Text => ({
    zh: `${named(file)} 的 ${shown(part)} 中有超过 ${MARKUP} 的标记(不是单元格的文本),这不像 Excel 保存的文件,不予读取。`,
    en: `${named(file)}: ${shown(part)} holds a piece of markup (not a cell's text) longer than ${MARKUP}: not a file Excel saves, so it is not read.`,
  }),
  doctype: (file: string, part: string): Text => ({
    zh: `${named(file)} 的 ${shown(part)} 含有 DOCTYPE 声明,Excel 工作簿中不会有,不予读取。`,
    en: `${named(file)}: ${shown(part)} has a DOCTYPE declaration, which no Excel workbook has; it is not read.`,
  }),
  notWorksheet: (file: string, sheet: string, worksheets: readonly string[]): Text => ({
    zh: `${named(file)} 的工作表 ${shown(sheet)} 是图表或对话框,不是数据表;请用 --sheet 指定费用明细所在的工作表(数据表:${sheetNames(worksheets).zh || '无'})。`,
    en: `${named(file)}: the sheet ${shown(sheet)} is a chart or dialog, not a table; name the sheet of claims with --sheet (tables: ${sheetNames(worksheets).en || 'none'}).`,
  }),
  rowBeyond: (file: string, row: number): Text => ({
    zh: `${named(file)} 的工作表有第 ${row.toLocaleString('en')} 行,超出 Excel 的最大行数 1,048,576,不是 Excel 能保存的工作簿。`,
    en: `${named(file)}: the sheet has a row ${row.toLocaleString('en')}, beyond Excel's last row (1,048,576): not a workbook Excel can save.`,
  }),
  rowOrder: (file: string, row: number, last: number): Text => ({
    zh: `${named(file)} 的工作表在第 ${last.toLocaleString('en')} 行之后又给出第 ${row.toLocaleString('en')} 行(行重复或次序颠倒),不是电子表格程序写出的文件,不予读取。`,
    en: `${named(file)}: the sheet gives row ${row.toLocaleString('en')} after row ${last.toLocaleString('en')} (a row twice, or out of order): not a file a spreadsheet program writes, so it is not read.`,
  }),
  cellOrder: (file: string, ref: string, row: number): Text => ({
    zh: `${named(file)} 的工作表第 ${row.toLocaleString('en')} 行中的单元格 ${shown(ref)} 重复、次序颠倒或属于另一行,不是电子表格程序写出的文件,不予读取。`,
    en: `${named(file)}: in row ${row.toLocaleString('en')} of the sheet, the cell ${shown(ref)} comes twice, out of order or belongs to another row: not a file a spreadsheet program writes, so it is not read.`,
  }),
  cellBeyond: (file: string, ref: string): Text => ({
    zh: `${named(file)} 的工作表有单元格 ${shown(ref)},超出 Excel 的范围(最多 16,384 列),不是 Excel 能保存的工作簿。`,
    en: `${named(file)}: the sheet has a cell ${shown(ref)}, beyond Excel's columns (16,384 at most): not a workbook Excel can save.`,
  }),
  tooManyStrings: (file: string, limit: string): Text => ({
    zh: `${named(file)} 的共享字符串表超过 ${limit},不予读取;请把工作表另存为 CSV。`,
    en: `${named(file)}: the shared strings table is larger than ${limit} and is not read; save the sheet as CSV.`,
  }),
  tooManySheets: (file: string, limit: number): Text => ({
    zh: `${named(file)} 的工作表超过 ${limit.toLocaleString('en')} 个,不像 Excel 工作簿,不予读取。`,
    en: `${named(file)} has more than ${limit.toLocaleString('en')} sheets: not an Excel workbook, so it is not read.`,
  }),
  tooManyStyles: (file: string, limit: number): Text => ({
    zh: `${named(file)} 的单元格格式超过 ${limit.toLocaleString('en')} 个,不像 Excel 工作簿,不予读取。`,
    en: `${named(file)} has more than ${limit.toLocaleString('en')} cell formats: not an Excel workbook, so it is not read.`,
  }),
  legacyTooLarge: (file: string, kind: string, limit: number): Text => ({
    zh: `${named(file)} 超过 ${mb(limit)};.${kind} 文件须整个读入内存,不予读取。请另存为 .xlsx 或 CSV 后再试。`,
    en: `${named(file)} is larger than ${mb(limit)}; an .${kind} file is read whole, so it is not read. Save it as .xlsx or CSV, then try again.`,
  }),
  notXls: (file: string): Text => ({
    zh: `${named(file)} 不是 Excel 97-2003 工作簿(.xls)(可能是网页或文本文件改了扩展名)。请在 Excel/WPS/LibreOffice 中另存为 .xlsx 或 CSV 后再试。`,
    en: `${named(file)} is not an Excel 97-2003 workbook (.xls) (a web page or text file renamed?). Save it as .xlsx or CSV in Excel, WPS or LibreOffice, then try again.`,
  }),
  notOds: (file: string): Text => ({
    zh: `${named(file)} 不是 OpenDocument 电子表格(.ods):其中没有 content.xml。请另存为 .xlsx 或 CSV 后再试。`,
    en: `${named(file)} is not an OpenDocument spreadsheet (.ods): it has no content.xml. Save it as .xlsx or CSV, then try again.`,
  }),
  longFormat: (file: string, length: number, limit: number): Text => ({
    zh: `${named(file)} 有一个长 ${length.toLocaleString('en')} 个字符的数字格式(Excel 最多 ${limit} 个),不像 Excel 保存的文件,不予读取。`,
    en: `${named(file)} has a number format ${length.toLocaleString('en')} characters long (Excel allows ${limit}): not a file Excel saves, so it is not read.`,
  }),
  tooManyFormats: (file: string, limit: number): Text => ({
    zh: `${named(file)} 的数字格式超过 ${limit.toLocaleString('en')} 个,不像 Excel 工作簿,不予读取。`,
    en: `${named(file)} has more than ${limit.toLocaleString('en')} number formats: not an Excel workbook, so it is not read.`,
  }),
  longRow: (row: number): Text => ({
    zh: `工作表第 ${row.toLocaleString('en')} 行的文本超过 ${MIB},不予读取;已从下一行继续读取。`,
    en: `row ${row.toLocaleString('en')} of the sheet holds more than ${MIB} of text and was not read; reading went on at the next row.`,
  }),
  longHeader: (file: string, row: number): Text => ({
    zh: `${named(file)}:工作表第 ${row.toLocaleString('en')} 行(表头或其上方)的文本超过 ${MIB},不予读取。`,
    en: `${named(file)}: row ${row.toLocaleString('en')} of the sheet (the header or above it) holds more than ${MIB} of text and was not read.`,
  }),
  tooManyMerges: (file: string, ranges: number, rows: number): Text => ({
    zh: `${named(file)} 的工作表跨行合并的单元格过多(超过 ${ranges.toLocaleString('en')} 处或共 ${rows.toLocaleString('en')} 行),不是可以逐行读取的费用明细;请取消合并后另存再试。`,
    en: `${named(file)}: the sheet has too many cells merged across rows (over ${ranges.toLocaleString('en')} ranges or ${rows.toLocaleString('en')} rows in all) to be a claims sheet read row by row; unmerge them, save and try again.`,
  }),
  mergedLarge: (file: string, ref: string, limit: number): Text => ({
    zh: `${named(file)} 的工作表有跨行合并的单元格(${shown(ref)}),超过 ${limit / 1024 / 1024} MiB 的工作表无法预先找出合并单元格,合并区域下方的行会被读成空值。请取消合并并填充后再试。`,
    en: `${named(file)}: the sheet has cells merged across rows (${shown(ref)}); in a sheet over ${limit / 1024 / 1024} MiB they cannot be found before the rows are read, so the rows below their top would be read as blank. Unmerge and fill them, then try again.`,
  }),
  hiddenSkipped: (hidden: readonly string[], read: string): Text => ({
    zh: `跳过隐藏的工作表 ${sheetNames(hidden).zh},读取第一个可见的工作表 ${shown(read)}(用 --sheet 可指定其他工作表)\n`,
    en: `Skipped the hidden sheet${hidden.length === 1 ? '' : 's'} ${sheetNames(hidden).en}; reading the first visible sheet, ${shown(read)} (--sheet names another)\n`,
  }),
  twice: (part: string): Text => ({ zh: `部件 ${shown(part)} 出现了两次`, en: `the part ${shown(part)} is in it twice` }),
  checksum: (part: string): Text => ({ zh: `${shown(part)} 的校验和不符`, en: `the checksum of ${shown(part)} does not match` }),
  missingString: (index: string): Text => ({
    zh: `单元格引用第 ${index} 个共享字符串,但工作簿中没有(文件已损坏?)。`,
    en: `the cell refers to shared string ${index}, which the workbook does not have (a damaged file?).`,
  }),
  badNumber: (value: string): Text => ({ zh: `数值单元格的值 ${shown(value)} 不是数字。`, en: `the number cell holds ${shown(value)}, not a number.` }),
};

/** A yauzl, zlib or decoding error as the reason a workbook is damaged. */
export function damageReason(error: Error): Text {
  const m = error.message;
  if (/end of central directory record signature not found/i.test(m)) return { zh: '文件末尾没有 zip 目录,可能被截断', en: 'no zip directory at its end: cut short?' };
  if (/unexpected EOF|too few bytes|truncated|premature/i.test(m)) return { zh: '文件在中途结束', en: 'it ends part-way' };
  if (/too many bytes|exceeds? .*size/i.test(m)) return { zh: '部件解压后的大小与目录不符', en: "a part inflates to more than its directory says" };
  if (/^Z_/.test(String((error as { code?: unknown }).code))) return { zh: '压缩数据已损坏', en: 'its compressed data is damaged' };
  if (error instanceof TypeError && /encoded data was not valid/i.test(m)) return { zh: '部件不是 UTF-8 文本', en: 'a part is not UTF-8 text' };
  return { zh: safeLine(m).slice(0, 120), en: safeLine(m).slice(0, 120) };
}
