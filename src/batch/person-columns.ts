// Typed-array columns indexed by person, for the running totals batch keeps (ledger.ts,
// carry-v2.ts). A year's file holds hundreds of thousands of people: a number in a typed array
// is 1 to 8 bytes with nothing for the garbage collector to trace or copy, where a field of an
// object per person costs the object too (a header, boxed numbers, a pointer from an old object
// to a young one on every row). A Float64Array holds any JS number exactly, so fen stay exact.

type Column = Float64Array | Int32Array | Uint16Array | Uint8Array;

/** `column` with room for index `index`: itself, or a copy twice as large (the new entries 0). */
export function withRoom<T extends Column>(column: T, index: number): T {
  if (index < column.length) return column;
  const make = column.constructor as new (length: number) => T;
  const next = new make(Math.max(1024, column.length * 2, index + 1));
  next.set(column as ArrayLike<number> & T);
  return next;
}

/** People per page of PersonRows (a power of two: a person's page and place are a shift and a mask). */
const PAGE_SHIFT = 12;
const PAGE_PEOPLE = 1 << PAGE_SHIFT;

/**
 * A row of `width` numbers per person, the rows of 4,096 people to a page. A row's numbers sit
 * side by side: a batch's rows come in date order, so each row is another person's, and their
 * totals read and written together cost one or two cache misses instead of one per column. The
 * pages are made as people arrive and never copied, so no column is ever held twice while it
 * grows, nor left with room for people the file does not have.
 */
export class PersonRows {
  private readonly pages: Float64Array[] = [];

  constructor(readonly width: number) {}

  /** The page holding the person's row (undefined: no row made on it yet); the row starts at `at(person)`. */
  find(person: number): Float64Array | undefined {
    return this.pages[person >>> PAGE_SHIFT];
  }

  /** The page holding the person's row, made (all zeros) when it is the first row on it. */
  page(person: number): Float64Array {
    const i = person >>> PAGE_SHIFT;
    while (this.pages.length <= i) this.pages.push(new Float64Array(PAGE_PEOPLE * this.width));
    return this.pages[i]!;
  }

  /** Where the person's row starts in its page. */
  at(person: number): number {
    return (person & (PAGE_PEOPLE - 1)) * this.width;
  }
}
