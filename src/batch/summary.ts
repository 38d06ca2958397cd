// What a batch run tells the person at the terminal, on stderr: the summary (rows, ok,
// errors, mismatches, total fund paid, time, rows per second), the policy warnings that
// applied to some rows (once each, with a count), what the output could not hold (input
// columns named like result columns, JSONL keys outside the CSV header), and a progress bar
// while stderr is a terminal.
import type { Warning } from '../engine/types.js';
import { ExactSum } from './exact-sum.js';
import type { Lang, RowOutcome } from './row.js';
import { quoted } from '../excerpt.js';

/** The distinct warning objects the tally keeps before folding them by their words. */
const FOLD_AT = 1000;

/** The keys a note names at most; the others are counted. */
const NAMED_KEYS = 5;

/** Names from the input (keys, columns) as a note lists them: each a short quoted excerpt. */
const names = (list: Iterable<string>): string => [...list].map((k) => quoted(k, 40)).join(', ');

export class Tally {
  rows = 0;
  ok = 0;
  errors = 0;
  mismatches = 0;
  /** Records with every cell empty (Excel's trailing rows of commas): not claims, not in the output. */
  blank = 0;
  /** Rows refused as total rows (合计, 小计, …): errors too. */
  totalRows = 0;
  /** The fund paid, as computed, over every row that settled. */
  readonly fund = new ExactSum();
  /** check: the reported fund and reported − computed, over the rows compared (ok and mismatch). */
  readonly reported = new ExactSum();
  readonly difference = new ExactSum();
  compared = 0;
  /** Input columns not written because a result column has the same name (fund_pays, error, …). */
  shadowed = new Set<string>();
  /** Workbook cells cut to Excel's 32,767 characters. */
  cellsCut = 0;
  /**
   * JSONL to CSV: rows with keys outside the CSV header (whose values the CSV cannot hold); the
   * first such row's first keys (NAMED_KEYS at most) and how many more it had.
   */
  outside: { rows: number; firstRow: number; keys: string[]; more: number } | undefined;
  /** CSV output: cells of 12 digits or more per column (a spreadsheet turns them into 4.2E+17), and the .xlsx to suggest. */
  readonly longDigits = new Map<string, number>();
  xlsxInstead: string | undefined;
  /**
   * Rows per warning object: the engine shares one object per rule, so identity is cheap. A
   * warning built per claim (its amounts in its words) is a new object on each row: past
   * FOLD_AT objects they are folded into `byText`, so a million rows never keep a million.
   */
  private readonly seen = new Map<Warning, number>();
  /** The rows of each distinct warning (code and words) folded from `seen`, in the order first seen. */
  private readonly byText = new Map<string, { warning: Warning; rows: number }>();

  add(o: RowOutcome): void {
    this.rows++;
    if (o.status === 'error') this.errors++;
    else if (o.status === 'mismatch') this.mismatches++;
    else this.ok++;
    if (o.settlement) this.fund.add(o.settlement.fundPays);
    if (o.total) this.totalRows++;
    if (o.difference !== undefined && o.settlement) {
      this.compared++;
      this.reported.add(o.settlement.fundPays + o.difference);
      this.difference.add(o.difference);
    }
    if (o.warnings) for (const w of o.warnings) this.note(w);
  }

  noteLongDigits(column: string): void {
    this.longDigits.set(column, (this.longDigits.get(column) ?? 0) + 1);
  }

  noteOutside(row: number, keys: string[]): void {
    if (this.outside) this.outside.rows++;
    else this.outside = { rows: 1, firstRow: row, keys: keys.slice(0, NAMED_KEYS), more: Math.max(0, keys.length - NAMED_KEYS) };
  }

  private note(w: Warning): void {
    const rows = this.seen.get(w);
    if (rows !== undefined) this.seen.set(w, rows + 1);
    else {
      if (this.seen.size >= FOLD_AT) this.fold();
      this.seen.set(w, 1);
    }
  }

  /** Moves the counts of `seen` into `byText`. */
  private fold(): void {
    for (const [warning, rows] of this.seen) {
      const key = `${warning.code}|${warning.message.en}`;
      const entry = this.byText.get(key);
      if (entry) entry.rows += rows;
      else this.byText.set(key, { warning, rows });
    }
    this.seen.clear();
  }

  /** Each distinct warning once, with the number of rows it applied to. */
  get warnings(): { warning: Warning; rows: number }[] {
    this.fold();
    return [...this.byText.values()].map((e) => ({ ...e }));
  }
}

/** The columns of the CSV with long digit strings, and what a spreadsheet does to them. */
function longDigitsNote(t: Tally, lang: Lang): string {
  const cells = [...t.longDigits.values()].reduce((a, b) => a + b, 0);
  const columns = names([...t.longDigits.keys()].slice(0, NAMED_KEYS));
  const more = t.longDigits.size > NAMED_KEYS ? (lang === 'zh' ? ` 等 ${t.longDigits.size} 列` : ` and ${t.longDigits.size - NAMED_KEYS} more`) : '';
  const out = `--out ${t.xlsxInstead ?? 'results.xlsx'}`;
  return lang === 'zh'
    ? `注意:CSV 中列 ${columns}${more} 有 ${cells} 个 12 位以上的数字(如身份证号);Excel、WPS 和 LibreOffice 打开 CSV 时会显示为 4.2130219550312E+17,只保留 15 位,再保存就无法恢复。要在表格软件中打开,请改用 ${out}(编号写为文本)。`
    : `Note: in the CSV, ${columns}${more} hold${t.longDigits.size === 1 ? 's' : ''} ${cells} cell${cells === 1 ? '' : 's'} of 12 digits or more (ID numbers?); Excel, WPS and LibreOffice open them as 4.2130219550312E+17, keeping 15 digits, and saving the file loses the rest for good. To open the results in a spreadsheet, use ${out} (ids written as text).`;
}

/** check's totals, each named: computed, reported, and reported − computed. */
function checkTotals(t: Tally, lang: Lang): string {
  const over = t.compared === t.rows ? '' : lang === 'zh' ? `(申报与差额按比对的 ${t.compared} 行)` : ` (reported and difference over the ${t.compared} rows compared)`;
  return lang === 'zh'
    ? `计算的统筹基金支付合计 ${t.fund.yuan()} 元;申报的统筹基金支付合计 ${t.reported.yuan()} 元;差额(申报 − 计算)${t.difference.yuan()} 元${over}`
    : `computed fund payment ${t.fund.yuan()} yuan in total; reported ${t.reported.yuan()} yuan; difference (reported − computed) ${t.difference.yuan()} yuan${over}`;
}

/** `check`: the summary names the computed total, the reported total and the difference. */
export function summaryText(t: Tally, seconds: number, lang: Lang, check = false): string {
  const rate = seconds > 0 ? Math.round(t.rows / seconds) : t.rows;
  const time = seconds.toFixed(2);
  const lines: string[] = [];
  if (lang === 'zh') {
    const blank = t.blank > 0 ? `;另有空行 ${t.blank} 行(各单元格均为空,已跳过)` : '';
    const totals = t.totalRows > 0 ? `(其中 ${t.totalRows} 行是合计行,未计算)` : '';
    const fund = check ? checkTotals(t, lang) : `统筹基金支付合计 ${t.fund.yuan()} 元`;
    lines.push(`共 ${t.rows} 行:成功 ${t.ok},错误 ${t.errors}${totals},不符 ${t.mismatches}${blank};${fund};用时 ${time} 秒,每秒 ${rate} 行。`);
    for (const { warning, rows } of t.warnings) lines.push(`注意(${rows} 行):${warning.message.zh}`);
    if (t.cellsCut > 0) lines.push(`注意:${t.cellsCut} 个单元格超过 Excel 单元格的上限 32,767 个字符,已截断(这些行的 warnings 列有 cell_cut);要保留全文,请输出为 CSV 或 JSONL。`);
    if (t.shadowed.size > 0) lines.push(`注意:输入列 ${names(t.shadowed)} 与结果列同名,输出中只有计算结果,这些输入值未写出。`);
    if (t.longDigits.size > 0) lines.push(longDigitsNote(t, 'zh'));
    const o = t.outside;
    if (o) lines.push(`注意:${o.rows} 行有 CSV 表头以外的键(首次在第 ${o.firstRow} 行:${names(o.keys)}${o.more > 0 ? ` 等另外 ${o.more} 个` : ''}),这些值未写入 CSV;要保留全部键,请用 --output-format jsonl。`);
  } else {
    const mism = `, ${t.mismatches} mismatch${t.mismatches === 1 ? '' : 'es'}`;
    const blank = t.blank > 0 ? `, ${t.blank} blank (every cell empty, skipped)` : '';
    const totals = t.totalRows > 0 ? ` (${t.totalRows} of them total row${t.totalRows === 1 ? '' : 's'}, not computed)` : '';
    const fund = check ? checkTotals(t, lang) : `fund paid ${t.fund.yuan()} yuan in total`;
    lines.push(`${t.rows} row${t.rows === 1 ? '' : 's'}: ${t.ok} ok, ${t.errors} error${t.errors === 1 ? '' : 's'}${totals}${mism}${blank}; ${fund}; ${time} s, ${rate} rows/s.`);
    for (const { warning, rows } of t.warnings) lines.push(`Note (${rows} row${rows === 1 ? '' : 's'}): ${warning.message.en}`);
    if (t.cellsCut > 0) lines.push(`Note: ${t.cellsCut} cell${t.cellsCut === 1 ? '' : 's'} held more than an Excel cell's 32,767 characters and ${t.cellsCut === 1 ? 'was' : 'were'} cut there (cell_cut in those rows' warnings); to keep the whole text, write CSV or JSONL.`);
    const n = t.shadowed.size;
    if (n > 0) {
      const which = n === 1 ? 'input column' : 'input columns';
      const have = n === 1 ? 'has the name of a result column' : 'have the names of result columns';
      lines.push(`Note: the ${which} ${names(t.shadowed)} ${have}; the output holds the computed values only, not these inputs.`);
    }
    if (t.longDigits.size > 0) lines.push(longDigitsNote(t, 'en'));
    const o = t.outside;
    if (o) {
      const rows = `${o.rows} row${o.rows === 1 ? ' has' : 's have'}`;
      lines.push(`Note: ${rows} keys outside the CSV header (first at row ${o.firstRow}: ${names(o.keys)}${o.more > 0 ? ` and ${o.more} more` : ''}); those values are not in the CSV. To keep every key, use --output-format jsonl.`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export interface Progress {
  /** bytes: read so far. */
  update(bytes: number, rows: number): void;
  stop(): void;
}

const NO_PROGRESS: Progress = { update() {}, stop() {} };

/**
 * A bar is for a person watching a run whose rows go elsewhere: stderr is a terminal and the rows
 * are not written to it too (rows on the terminal are their own progress, and a bar redrawn on the
 * same screen would draw over them).
 */
export function wantsProgressBar(stderr: { isTTY?: boolean }, stdout: { isTTY?: boolean }, out: string | undefined): boolean {
  return stderr.isTTY === true && !(out === undefined && stdout.isTTY === true);
}

/** A progress bar by bytes (a file) or a row counter (stdin), when wanted (wantsProgressBar). */
export async function progressBar(wanted: boolean, stderr: { isTTY?: boolean }, total: number | undefined, lang: Lang): Promise<Progress> {
  if (!wanted) return NO_PROGRESS;
  const { SingleBar } = await import('cli-progress');
  const rowsWord = lang === 'zh' ? '行' : 'rows';
  const format = total ? `{bar} {percentage}% | {rows} ${rowsWord} | ETA {eta_formatted}` : `{rows} ${rowsWord}`;
  const bar = new SingleBar({ format, stream: stderr as NodeJS.WritableStream, hideCursor: true, clearOnComplete: true, fps: 5 });
  bar.start(total ?? 0, 0, { rows: 0 });
  return {
    update(bytes, rows) {
      bar.update(total ? bytes : 0, { rows });
    },
    stop() {
      bar.stop();
    },
  };
}
