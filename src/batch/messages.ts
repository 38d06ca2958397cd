// Every text of batch and check, in both languages: row errors (each names its column), file
// errors (exit 2) and the summary.
import type { Text } from '../domain.js';
import { excerpt, quoted } from '../excerpt.js';
import { safeLine } from '../safe-text.js';
import { MAX_RECORD_CHARS, MAX_RECORD_LINES, type RecordProblem } from './csv.js';
import type { Encoding, EncodingError } from './decode.js';

const ENCODING_NAMES: Readonly<Record<Encoding, string>> = { 'utf-8': 'UTF-8', gb18030: 'GB18030', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };
import { sheetNames } from '../xlsx/messages.js';

export type { Text };

const MIB = `${MAX_RECORD_CHARS / 1024 / 1024} MiB`;

/** Why a record could not be read (RecordProblem), as the end of a sentence. */
function unreadable(p: RecordProblem): Text {
  if (p.kind === 'too_long') return { zh: `超过 ${MIB},不予读取`, en: `is longer than ${MIB} and was not read` };
  if (p.kind === 'runaway_quote') {
    return {
      zh: `中的引号超过 ${MAX_RECORD_LINES} 行或 ${MIB} 仍未闭合(多余的引号?)`,
      en: `opens a quote still not closed after ${MAX_RECORD_LINES} lines or ${MIB} (a stray quote?)`,
    };
  }
  return { zh: '中的引号直到文件结尾都未闭合(多余的引号,或文件不完整?)', en: 'opens a quote never closed before the end of the file (a stray quote, or a file cut short?)' };
}

/** A cell, file name or flag value as quoted in a row error: one line, 40 characters and "…" at most. */
const shown = (value: string): string => quoted(value, 41);
/** A file name as typed: whole (paths are short), on one line, escaped for the terminal. */
const named = (file: string): string => safeLine(file);


export const batchMessages = {
  semicolons: (): Text => ({
    zh: '文件的列以分号(;)分隔:这是小数点为逗号的地区所存的 CSV,其中“1.200”表示一千二百,不能按本工具的格式读取。请另存为逗号分隔的 CSV(或 .xlsx),或用 --input-format csv 按逗号读取。',
    en: 'the columns are separated by semicolons (;): a CSV saved where the decimal mark is a comma, in which "1.200" means one thousand two hundred, so it is not read. Save it as a comma-separated CSV (or .xlsx), or give --input-format csv to read it by commas.',
  }),
  totalRow: (label: string): Text => ({
    zh: `${shown(label)} 行是合计行,不是一笔费用,未计算;合计行可以删除。`,
    en: `the ${shown(label)} row is a total row, not a claim, and was not computed; a total row can be deleted.`,
  }),
  scientificId: (id: string, holder = false): Text => ({
    zh: `${holder ? '共济账户持有人编号' : '人员编号'} ${shown(id)} 是科学计数法显示的数字:Excel 把编号(如18位身份证号)当成数字,只保留了前15位,不同的人会变成同一个编号。请把该列设为文本格式后重新填写编号。`,
    en: `the ${holder ? "account holder's id" : 'person id'} ${shown(id)} is a number in scientific notation: Excel took the id (an 18-digit ID number?) for a number and kept only 15 digits, so different people would share it. Format the column as text and enter the ids again.`,
  }),
  controlInId: (id: string, holder = false): Text => ({
    zh: `${holder ? '共济账户持有人编号' : '人员编号'} ${shown(id)} 含有控制字符(文件可能已损坏),看到的编号与文件中的不同,无法确定是哪个人。`,
    en: `the ${holder ? "account holder's id" : 'person id'} ${shown(id)} holds a control character (a damaged file?): the id shown is not the id in the file, so whose row it is cannot be told.`,
  }),
  longNumber: (text: string): Text => ({
    zh: `数字 ${shown(text)} 超过15位,Excel 和 JSON 数字只保留15位有效数字,后面的数字已丢失;编号(如身份证号)请存为文本。`,
    en: `the number ${shown(text)} is longer than 15 digits; an Excel or JSON number keeps only 15 significant digits, so the last ones are lost. Store ids (such as ID numbers) as text.`,
  }),
  outOfOrder: (date: string, previous: string): Text => ({
    zh: `out_of_order:日期 ${date} 早于该人员上一行的日期 ${previous};行不会被重新排序,请按日期排列该人员的行。`,
    en: `out_of_order: ${date} is before this person's previous row (${previous}); rows are never reordered, put this person's rows in date order.`,
  }),
  /** carried_unknown on an earlier row of the person's year: the burden to start from is not known. */
  burdenOpen: (): Text => ({
    zh: '该人员本年此前一行计入大病保险/大额补助的个人负担取决于政策未说明的规则(见那一行的提示),本行无法接着累计,未计算;请在 ytd_burden 列(本年累计个人负担)给出经办机构核定的数。',
    en: "an earlier row of this person's year left the personal burden counted for the second layer open (a rule the policy does not state: see that row's warning), so this row cannot continue the count and was not computed; give the office's figure in the ytd_burden column.",
  }),
  /** same_admission unknown on an earlier readmission of the person's year: this stay's number is not known. */
  admissionOpen: (): Text => ({
    zh: '该人员本年此前一次再次入院是否视同一次住院,政策未说明(见那一行的提示),本次是本年第几次住院因此无法确定,本行未计算;请在 admission 列(本年第几次住院)给出。',
    en: "whether an earlier readmission of this person's year counts as the same stay is not stated by the policy (see that row's warning), so this stay's number in the year is not known and the row was not computed; give it in the admission column.",
  }),
  runningTooLarge: (): Text => ({
    zh: '该人员本年累计的金额将超过 100,000,000 元(可输入的上限),本行未计算,也不计入累计;请检查这些行的金额。',
    en: "this person's running total for the year would pass 100,000,000 yuan (the most an input may state), so this row was not computed or counted; check the amounts of these rows.",
  }),
  rulesOfDate: (date: string, from: string | null, until: string): Text => ({
    zh: `日期 ${date} 适用${from === null ? '' : ` ${from} 起至`} ${until} 以前的规定:`,
    en: `the date ${date} falls under the rules ${from === null ? '' : `from ${from} `}before ${until}: `,
  }),
  fieldCount: (got: number, want: number): Text => ({
    zh: `本行有 ${got} 个值,表头有 ${want} 列。`,
    en: `this row has ${got} values but the header has ${want} columns.`,
  }),
  notJsonObject: (): Text => ({ zh: '本行不是 JSON 对象。', en: 'this line is not a JSON object.' }),
  // JSON.parse's message quotes the line: cut and escaped like any cell
  badJson: (detail: string): Text => ({ zh: `本行不是有效的 JSON(${excerpt(detail, 120)})。`, en: `this line is not valid JSON (${excerpt(detail, 120)}).` }),
  tooDeep: (): Text => ({ zh: '本行的 JSON 嵌套过深,无法处理。', en: 'this line nests JSON too deeply to be processed.' }),
  notText: (value: string): Text => ({ zh: `值 ${shown(value)} 不是文本或数字。`, en: `the value ${shown(value)} is not text or a number.` }),
  reportedMissing: (): Text => ({ zh: '缺少申报的基金支付额(reported_fund)。', en: 'the reported fund payment (reported_fund) is missing.' }),
  reportedInvalid: (value: string, why?: Text): Text => ({
    zh: `申报的基金支付额无效:${shown(value)};${why ? why.zh : ''}应为金额,最多两位小数。`,
    en: `invalid reported fund payment: ${shown(value)}; ${why ? `${why.en} E` : 'e'}xpected an amount in yuan with at most two decimals.`,
  }),
  otherPolicy: (city: string, id: string, file: string): Text => ({
    zh: `本次使用政策文件 ${named(file)}(${id}),本行城市为 ${shown(city)}。`,
    en: `this run uses the policy file ${named(file)} (${id}), but the row names ${shown(city)}.`,
  }),
  noReportedColumn: (): Text => ({
    zh: 'check 需要 reported_fund 列(申报的基金支付额)。',
    en: 'check needs a reported_fund column (the fund payment to compare with).',
  }),
  noHeader: (file: string): Text => ({ zh: `${named(file)}:文件为空,缺少表头行。`, en: `${named(file)}: the file is empty; a header row is needed.` }),
  duplicateColumn: (name: string): Text => ({ zh: `表头中的列 ${shown(name)} 重复。`, en: `the header names the column ${shown(name)} twice.` }),
  unreadableHeader: (file: string, p: RecordProblem): Text => {
    const why = unreadable(p);
    return { zh: `${named(file)}:表头行${why.zh};这不像是 CSV 文件(或文件不完整)。`, en: `${named(file)}: the header row ${why.en}; this does not look like a CSV file (or it is cut short).` };
  },
  longFirstLine: (file: string, line: number): Text => ({
    zh: `${named(file)}:第 ${line} 行超过 ${MIB},不予读取;这不像是 JSONL 文件。`,
    en: `${named(file)}: line ${line} is longer than ${MIB} and was not read; this does not look like a JSONL file.`,
  }),
  longLine: (line: number): Text => ({ zh: `第 ${line} 行超过 ${MIB},不予读取。`, en: `line ${line} is longer than ${MIB} and was not read.` }),
  unreadableRow: (p: RecordProblem): Text => {
    const why = unreadable(p);
    return { zh: `第 ${p.line} 行起的记录${why.zh};已从下一行继续读取。`, en: `the record beginning on line ${p.line} ${why.en}; reading went on at the next line.` };
  },
  badEncoding: (file: string, e: EncodingError): Text => {
    const bytes = [...e.bytes].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    const name = ENCODING_NAMES[e.encoding];
    const where = { zh: `第 ${e.line} 行(第 ${e.offset} 字节)的 ${bytes}`, en: `the byte${e.bytes.length === 1 ? '' : 's'} ${bytes} on line ${e.line} (byte ${e.offset})` };
    if (e.notUtf8Either) {
      return {
        zh: `${named(file)}:${where.zh}既不是有效的 UTF-8 也不是 GB18030 文本(文件损坏,或用了其他编码);请在原程序中另存为 UTF-8 的 CSV,或用 --encoding 指定编码。`,
        en: `${named(file)}: ${where.en} are neither UTF-8 nor GB18030 text (a damaged file, or another encoding); save it again as UTF-8 CSV, or name the encoding with --encoding.`,
      };
    }
    return {
      zh: `${named(file)}:${where.zh}不是有效的 ${name} 文本${e.encoding === 'utf-8' ? ';如为 Excel 导出的中文 CSV,请加 --encoding gb18030' : ''}。`,
      en: `${named(file)}: not valid ${name} text: ${where.en}${e.encoding === 'utf-8' ? '; for a CSV saved by Excel on Chinese Windows, add --encoding gb18030' : ''}.`,
    };
  },
  unreadable: (file: string, code: string): Text => {
    const why: Record<string, Text> = {
      ENOENT: { zh: '文件不存在', en: 'no such file' },
      EACCES: { zh: '没有读取权限', en: 'permission denied' },
      EPERM: { zh: '没有读取权限', en: 'permission denied' },
    };
    const w = why[code];
    return w
      ? { zh: `无法读取 ${named(file)}:${w.zh}(${code})。`, en: `cannot read ${named(file)}: ${w.en} (${code}).` }
      : { zh: `无法读取 ${named(file)}(${code})。`, en: `cannot read ${named(file)} (${code}).` };
  },
  inputIsDirectory: (file: string): Text => ({
    zh: `${named(file)} 是目录,不是可读取的文件。`,
    en: `${named(file)} is a directory, not a file to read.`,
  }),
  stdoutUnwritable: (code: string): Text => ({
    zh: `无法写入标准输出(${code}${code === 'ENOSPC' ? ':磁盘已满' : ''}),输出不完整;请检查磁盘空间,或用 --out 写入文件。`,
    en: `cannot write to standard output (${code}${code === 'ENOSPC' ? ': no space left on device' : ''}); the output is incomplete. Check the disk, or write a file with --out.`,
  }),
  outIsInput: (out: string, input: string): Text => ({
    zh: `--out ${named(out)} 就是输入文件 ${named(input)}:写入会覆盖要读取的理赔数据,未写入任何内容;请换一个输出文件名。`,
    en: `--out ${named(out)} is the input file ${named(input)} itself: writing it would replace the claims being read. Nothing was written; choose another output file.`,
  }),
  stdoutClosed: (): Text => ({
    zh: '标准输出已关闭(>&-),结果无处可写;请用 --out 文件,或重定向到文件。',
    en: 'standard output is closed (>&-), so the results would go nowhere; use --out FILE or redirect to a file.',
  }),
  badOption: (flag: string, value: string, choices: string): Text => ({
    zh: `${flag} 无效:${shown(value)};可选:${choices}。`,
    en: `invalid ${flag} ${shown(value)}; expected ${choices}.`,
  }),
  unknownFormat: (file: string): Text => ({
    zh: `无法从文件名 ${shown(file)} 判断格式;请加 --input-format xlsx、xls、ods、csv、tsv 或 jsonl。`,
    en: `cannot tell the format of ${shown(file)} from its name; add --input-format xlsx, xls, ods, csv, tsv or jsonl.`,
  }),
  jsonlEncoding: (): Text => ({
    zh: '--encoding 只用于 CSV/TSV;Excel 工作簿和 JSONL(总是 UTF-8)自带编码。',
    en: '--encoding applies to CSV and TSV only; an Excel workbook and JSONL (always UTF-8) carry their own.',
  }),
  errorCell: (error: string): Text => ({ zh: `单元格显示 Excel 错误 ${shown(error)},没有可读的值。`, en: `the cell shows the Excel error ${shown(error)}, not a value.` }),
  mergedMoney: (top: number): Text => ({
    zh: `金额单元格与上方第 ${top} 行的单元格合并,不能判断这笔金额属于哪一行;请取消合并并按行填写金额。`,
    en: `the amount cell is merged with the cell of row ${top} above it, so which row the amount belongs to cannot be told; unmerge it and give each row its amount.`,
  }),
  formulaNoValue: (): Text => ({
    zh: '单元格是公式,但文件中没有保存计算结果;请在 Excel 中打开并保存,或直接填写数值。',
    en: 'the cell holds a formula whose result was never saved in the file; open and save it in Excel, or type the value.',
  }),
  beyondHeader: (col: number, width: number): Text => ({
    zh: `第 ${col} 列有值,但表头只有 ${width} 列,这一列没有列名。`,
    en: `column ${col} has a value, but the header has only ${width} columns, so it has no name.`,
  }),
  notXlsx: (file: string, detail: string): Text => ({
    zh: `${shown(file)} 不是可读取的 Excel 工作簿(.xlsx):${shown(detail)}。旧的 .xls 请先在 Excel 中另存为 .xlsx 或 CSV。`,
    en: `${shown(file)} is not a readable Excel workbook (.xlsx): ${shown(detail)}. Save an old .xls as .xlsx or CSV in Excel first.`,
  }),
  otherSheets: (sheets: readonly string[]): Text => ({
    zh: `工作簿有 ${sheets.length} 个工作表(${sheetNames(sheets).zh}),默认读取第一个可见的;请用 --sheet 指定费用明细所在的工作表。`,
    en: `the workbook has ${sheets.length} sheets (${sheetNames(sheets).en}) and the first visible one is read by default; name the sheet of claims with --sheet.`,
  }),
  xlsxRows: (): Text => ({
    zh: '结果超过 Excel 工作表的最大行数 1,048,576,不能写成 .xlsx;请输出为 CSV(--out 结果.csv),或把输入分成几个文件。',
    en: "the results pass an Excel sheet's last row (1,048,576) and cannot be written as .xlsx; write CSV (--out results.csv), or split the input.",
  }),
  xlsxColumns: (): Text => ({
    zh: '输入列与结果列合计超过 Excel 工作表的最大列数 16,384(XFD),不能写成 .xlsx;请输出为 CSV(--out 结果.csv)。',
    en: "the input and result columns together pass an Excel sheet's last column (16,384, XFD) and cannot be written as .xlsx; write CSV (--out results.csv).",
  }),
  xlsxToTerminal: (): Text => ({
    zh: 'Excel 工作簿不能直接输出到终端;请用 --out 结果.xlsx,或 --output-format csv。',
    en: 'an Excel workbook cannot be written to a terminal; use --out results.xlsx, or --output-format csv.',
  }),
  interrupted: (file: boolean): Text =>
    file ? { zh: '已中断,未写出输出文件。', en: 'Interrupted; no output file was written.' } : { zh: '已中断,未输出任何结果。', en: 'Interrupted; nothing was written.' },
  interruptedXlsxStdout: (): Text => ({
    zh: '已中断:标准输出上已写出的不是完整的 Excel 工作簿(工作簿写到最后才完整),无法打开,其中没有可用的行;请重新运行,并用 --out 结果.xlsx 写入文件。',
    en: 'Interrupted: what went to standard output is not a complete workbook (a workbook is whole only at its end), so no row of it can be opened; run again with --out results.xlsx.',
  }),
  interruptedStdout: (rows: number): Text => ({
    zh: `已中断:标准输出上的结果不完整,只有输入的前 ${rows} 行的结果。`,
    en: `Interrupted: the output on standard output is incomplete; it holds the results of only the first ${rows} row${rows === 1 ? '' : 's'} of the input.`,
  }),
};
