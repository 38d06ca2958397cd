// The small parts of a workbook a sheet needs: the relationships (which part is which), the
// workbook (the sheets in tab order, the 1904 date system), the styles (which cell formats are
// dates) and the shared strings. The shared strings are kept compactly: their UTF-8 bytes in
// 4 MiB blocks and two numbers per string, so the table costs about its text's size plus 8 bytes
// a string (a JavaScript string costs 20 bytes or more beyond its text, and every garbage
// collection would walk each one). A string longer than the cell limit is kept as "too long".
import { posix } from 'node:path';
import { UsageError } from '../errors.js';
import { MAX_ROW_CHARS } from './limits.js';
import type { Package } from './zip.js';
import { parseXml, type XmlHandlers } from './xml.js';
import { xlsxMessages as X } from './messages.js';

export interface Relationship {
  type: string; // the last segment of the relationship type: worksheet, chartsheet, styles, sharedStrings, officeDocument…
  target: string; // the part's name in the zip
}

/** Handlers that see only opening tags. */
const onOpen = (open: XmlHandlers['open']): XmlHandlers => ({ open, close() {}, text() {}, long() {} });

/** The relationships of `part` (from its _rels/ file) by id; empty when it has none. */
export async function readRels(pkg: Package, part: string): Promise<Map<string, Relationship>> {
  const dir = posix.dirname(part);
  const file = posix.join(dir, '_rels', `${posix.basename(part)}.rels`).replace(/^\.\//, '');
  const rels = new Map<string, Relationship>();
  if (!pkg.has(file)) return rels;
  await parseXml(
    pkg.text(file),
    onOpen((name, a) => {
      if (name !== 'Relationship' || a.Id === undefined || a.Target === undefined || a.TargetMode === 'External') return;
      const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.normalize(posix.join(dir === '.' ? '' : dir, a.Target));
      rels.set(a.Id, { type: (a.Type ?? '').split('/').pop() ?? '', target });
    }),
    MAX_ROW_CHARS,
  );
  return rels;
}

export interface SheetRef {
  name: string;
  rid: string;
  /** Hidden (or very hidden) in Excel: not what a person sees as the first sheet. */
  hidden: boolean;
}

/** The sheets in tab order, and whether dates count from 1904 (old Excel for Mac). */
export async function readWorkbook(pkg: Package, part: string): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await parseXml(
    pkg.text(part),
    onOpen((name, a) => {
      if (name === 'sheet') {
        if (sheets.length >= MAX_SHEETS) throw new UsageError(X.tooManySheets(pkg.name, MAX_SHEETS), 'bad_xlsx');
        sheets.push({ name: a.name ?? '', rid: a['r:id'] ?? a.id ?? '', hidden: a.state === 'hidden' || a.state === 'veryHidden' });
      }
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    }),
    MAX_ROW_CHARS,
  );
  return { sheets, date1904 };
}

const MAX_SHEETS = 10_000;
/** Cell formats (Excel allows about 64,000). */
export const MAX_STYLES = 1 << 20;

/** Excel's built-in number formats that show a date or a time (ids 14-22, 45-47, and the Chinese 27-36, 50-58). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Excel's longest number format code. */
export const MAX_FORMAT_CHARS = 255;
/** Custom number formats in one workbook (Excel holds about 250). */
export const MAX_NUMBER_FORMATS = 65_536;

/**
 * A format code without its literal text: quoted strings, escaped characters, [colours] and [$-804]
 * locales; in one pass (a regular expression per kind took quadratic time on a code of '[' alone).
 */
function formatSymbols(code: string): string {
  let out = '';
  let closes = { '"': true, '[': true }; // whether a closing " or ] may still follow
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '\\') i++;
    else if ((c === '"' || c === '[') && closes[c]) {
      const end = code.indexOf(c === '"' ? '"' : ']', i + 1);
      if (end >= 0) i = end;
      else {
        closes = { ...closes, [c]: false }; // none later either: an opener alone is kept
        out += c;
      }
    } else out += c;
  }
  return out;
}

/** Whether a format code shows a date or time: y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/i.test(formatSymbols(code).replace(/General/gi, '').replace(/E[+-]/gi, ''));
}

/** What a cell format shows: a plain number, a date, or a percentage (the value times 100 and "%"). */
export const Shown = { Number: 0, Date: 1, Percent: 2 } as const;
export type Shown = (typeof Shown)[keyof typeof Shown];

/** Excel's built-in percentage formats (0%, 0.00%). */
const BUILTIN_PERCENT = new Set([9, 10]);

export function shownBy(code: string): Shown {
  if (isDateFormat(code)) return Shown.Date;
  return formatSymbols(code).includes('%') ? Shown.Percent : Shown.Number;
}

/** For each cell format (the s attribute of a cell), what it shows (Shown). */
export async function readDateStyles(pkg: Package, part: string | undefined): Promise<Uint8Array> {
  if (part === undefined || !pkg.has(part)) return new Uint8Array(0);
  const custom = new Map<number, Shown>();
  const ids: number[] = [];
  let inCellXfs = false;
  await parseXml(
    pkg.text(part),
    {
      open(name, a) {
        if (name === 'numFmt') {
          const code = a.formatCode ?? '';
          if (code.length > MAX_FORMAT_CHARS) throw new UsageError(X.longFormat(pkg.name, code.length, MAX_FORMAT_CHARS), 'bad_xlsx');
          if (custom.size >= MAX_NUMBER_FORMATS) throw new UsageError(X.tooManyFormats(pkg.name, MAX_NUMBER_FORMATS), 'bad_xlsx');
          custom.set(Number(a.numFmtId), shownBy(code));
        }
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          if (ids.length >= MAX_STYLES) throw new UsageError(X.tooManyStyles(pkg.name, MAX_STYLES), 'bad_xlsx');
          ids.push(Number(a.numFmtId ?? 0));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
      long() {},
    },
    MAX_ROW_CHARS,
  );
  return Uint8Array.from(ids, (id) => custom.get(id) ?? (BUILTIN_DATES.has(id) ? Shown.Date : BUILTIN_PERCENT.has(id) ? Shown.Percent : Shown.Number));
}

/** Excel's escapes of characters XML cannot hold: _x000D_ is a carriage return, _x005F_ an underscore. */
export const unescapeXstring = (text: string): string =>
  text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;

const BLOCK = 4 * 1024 * 1024;
/** The shared strings table: at most this much text, and this many strings. */
export const MAX_STRING_BYTES = 128 * 1024 * 1024;
export const MAX_STRINGS = 8 * 1024 * 1024;
const TOO_LONG = 0xffffffff;
/** A shared string longer than the cell limit: the cells that use it are row errors. */
export const LONG_STRING = Symbol('too long');

export class SharedStrings {
  private blocks: Buffer[] = [];
  private used = BLOCK; // bytes used in the last block (none yet: the next string opens one)
  private where = new Uint32Array(2 * 1024); // per string: block << 22 | offset, byte length
  private bytes = 0;
  count = 0;

  constructor(private readonly file: string) {}

  add(text: string | typeof LONG_STRING): void {
    if (this.count >= MAX_STRINGS) throw new UsageError(X.tooManyStrings(this.file, `${MAX_STRINGS.toLocaleString('en')} strings`), 'too_large');
    if (2 * this.count + 2 > this.where.length) {
      const grown = new Uint32Array(this.where.length * 2);
      grown.set(this.where);
      this.where = grown;
    }
    const i = 2 * this.count++;
    if (text === LONG_STRING) {
      this.where[i + 1] = TOO_LONG;
      return;
    }
    const size = Buffer.byteLength(text);
    this.bytes += size;
    if (this.bytes > MAX_STRING_BYTES) throw new UsageError(X.tooManyStrings(this.file, `${MAX_STRING_BYTES / 1024 / 1024} MiB`), 'too_large');
    if (this.blocks.length === 0 || this.used + size > BLOCK) {
      this.blocks.push(Buffer.allocUnsafe(BLOCK));
      this.used = 0;
    }
    const block = this.blocks.length - 1;
    this.blocks[block]!.write(text, this.used, 'utf8');
    this.where[i] = (block << 22) | this.used;
    this.where[i + 1] = size;
    this.used += size;
  }

  /** String `index`; LONG_STRING; undefined when the table has no such string. */
  get(index: number): string | typeof LONG_STRING | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const size = this.where[2 * index + 1]!;
    if (size === TOO_LONG) return LONG_STRING;
    const at = this.where[2 * index]!;
    const offset = at & (BLOCK - 1);
    return this.blocks[at >>> 22]!.toString('utf8', offset, offset + size);
  }
}

/** The shared strings: each <si>'s text runs joined (phonetic guides left out). */
export async function readSharedStrings(pkg: Package, part: string | undefined, signal?: AbortSignal): Promise<SharedStrings> {
  const table = new SharedStrings(pkg.name);
  if (part === undefined || !pkg.has(part)) return table;
  let text = '';
  let long = false;
  let inT = false;
  let phonetic = 0;
  await parseXml(
    pkg.text(part),
    {
      open(name) {
        if (name === 'si') {
          text = '';
          long = false;
        } else if (name === 't') inT = phonetic === 0;
        else if (name === 'rPh') phonetic++;
      },
      close(name) {
        if (name === 't') inT = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') {
          table.add(long ? LONG_STRING : unescapeXstring(text));
          text = '';
        }
      },
      text(t) {
        if (!inT || long) return;
        if (text.length + t.length > MAX_ROW_CHARS) {
          long = true;
          text = '';
        } else text += t;
      },
      long() {
        if (inT) {
          long = true;
          text = '';
        }
      },
    },
    MAX_ROW_CHARS,
    signal,
  );
  return table;
}
