// `yibao batch <file>` and `yibao check <file>` (contract "Batch files"): the claim flags of
// calc's options table (they fill missing columns and blank cells), plus the batch flags.
// The run itself (src/batch/) is loaded only when one of these commands runs.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { CALC_OPTIONS } from '../calc/options.js';
import { bi, examples } from '../help-text.js';
import { langOf, typedArgs } from '../calc/args.js';

const BATCH_FLAGS: readonly { flag: string; zh: string; en: string }[] = [
  { flag: '--out <file>', zh: '写入文件(先写临时文件,完成后改名)而非标准输出', en: 'write to this file (a temporary file renamed when complete) instead of stdout' },
  { flag: '--input-format <f>', zh: '输入格式:xlsx、xls、ods、csv、tsv 或 jsonl(默认按扩展名;标准输入默认 csv)', en: 'input format: xlsx, xls, ods, csv, tsv or jsonl (default: by extension; csv for stdin)' },
  { flag: '--output-format <f>', zh: '输出格式:xlsx、csv 或 jsonl(默认按 --out 的扩展名,否则与输入相同)', en: "output format: xlsx, csv or jsonl (default: by --out's extension, else as the input)" },
  { flag: '--sheet <name>', zh: '读取 Excel 工作簿中的这个工作表(默认第一个)', en: 'the sheet of an Excel workbook to read (default: the first)' },
  { flag: '--encoding <e>', zh: 'CSV/TSV 编码:utf-8、gb18030、utf-16le 或 utf-16be(默认自动识别)', en: 'CSV/TSV encoding: utf-8, gb18030, utf-16le or utf-16be (default: detected)' },
  { flag: '--bom', zh: 'CSV 输出加 UTF-8 BOM(输入来自 Excel 时默认加)', en: 'start CSV output with a UTF-8 BOM (default when the input came from Excel)' },
  { flag: '--no-bom', zh: 'CSV 输出不加 BOM', en: 'no BOM on CSV output' },
  { flag: '--raw-cells', zh: '原样写出输入单元格(不在 = + - @ 开头的单元格前加 \')', en: "echo input cells as they are (no ' before cells starting with = + - @)" },
];

const COLUMNS_NOTE = {
  zh: [
    '列名即 calc 参数的 snake_case:person_id, date, city, scheme, status, benefit, tier, amount, out_of_scope,',
    'ytd_deductible, ytd_fund, account, family, relation, contribution(check 另需 reported_fund),也认常见中文表头',
    '(人员编号、就诊日期、参保类型、人员状态、医院级别、总费用、目录外费用……,见 docs/batch.md)。缺少的列或空白单元格取同名参数的值。',
    '政策有相应规定时另读:admission(住院次数)、age(年龄)、class_b_drugs/class_b_items(乙类费用)、grade(缴费档次)、',
    'disease(病种)、filing(备案)、assistance(救助类别)及各项本年累计;未给出住院次数时按同一人本年此前的住院行计数。',
  ].join('\n'),
  en: [
    'Columns are the calc flags in snake_case (plus person_id, and reported_fund for check), or the headers Chinese',
    'offices write (人员编号, 就诊日期, 参保类型, … listed in docs/batch.md); a missing column or a blank cell takes the',
    'value of the flag of the same name. Input: .xlsx, .csv/.txt/.tsv (UTF-8, GB18030 or UTF-16) or .jsonl.',
    'Model-2 policies also read admission, age, class_b_drugs/class_b_items, grade, disease, filing, assistance and the',
    "year's ytd_* totals; without an admission column, a person's inpatient rows of the year are counted.",
  ].join('\n'),
};

const EXAMPLES = {
  batch: [
    'yibao batch claims.xlsx --out results.xlsx',
    'yibao batch claims.csv --out results.csv',
    'yibao batch claims.jsonl --scheme employee --status active --output-format csv',
    'cat claims.csv | yibao batch - --city suizhou --lang en > results.csv',
  ],
  check: ['yibao check settled.csv --out differences.csv', 'yibao check settled.csv --encoding gb18030 --lang en'],
};

function register(program: Command, io: Io, name: 'batch' | 'check'): void {
  const description =
    name === 'batch'
      ? { zh: '逐行解释 Excel/CSV/JSONL 文件中的每笔费用,按人员累计年度起付线和基金支付', en: 'explain every claim of an Excel, CSV or JSONL file, with per-person annual accumulation' }
      : { zh: 'batch,并与文件的 reported_fund 列核对基金支付,列出不符的行', en: 'batch, and compare the fund payment with the reported_fund column' };
  const cmd = program.command(`${name} <file>`).description(bi(description));
  for (const o of CALC_OPTIONS) {
    if (!o.field && o.flag !== '--policy <file>' && o.flag !== '--set <path=value>') continue;
    const text = bi(o.description);
    if (o.parse) cmd.option(o.flag, text, o.parse as (v: string, p: unknown) => unknown);
    else cmd.option(o.flag, text);
  }
  for (const f of BATCH_FLAGS) cmd.option(f.flag, bi(f));
  cmd.addHelpText('after', () => {
    const lang = langOf(typedArgs(program), io.env);
    return `\n${COLUMNS_NOTE[lang]}\n${examples({ zh: '例', en: 'Examples' }, EXAMPLES[name], undefined, lang)}\n`;
  });
  cmd.action(async (file: string, _opts: unknown, command: Command) => {
    const { runBatchCommand } = await import('./batch-run.js');
    await runBatchCommand(file, command.optsWithGlobals(), io, name === 'check');
  });
}

export function registerBatch(program: Command, io: Io): void {
  register(program, io, 'batch');
  register(program, io, 'check');
}
