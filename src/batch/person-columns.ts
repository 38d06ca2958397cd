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
