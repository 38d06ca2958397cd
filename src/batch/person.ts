// A person_id as the ledger's key, the way a clerk compares two ids: spaces around it, a BOM or
// zero-width characters pasted into it, full-width digits (４２１３…) and a lower-case x at the
// end of an ID card number do not make another person. An id that Excel turned into a number
// shown in scientific notation (4.21302E+17: an 18-digit ID number typed into a General cell,
// its last digits lost) names no one: two people would share it, so the row is an error; so is an
// id holding a control character. What Excel itself shows as the bare id is that id: a hospital
// system's ="421302…" (a text formula that keeps the leading digits) and a TAB pasted before or
// after it (an export that pads the column).

/** Ids that need no normalising: digits, upper-case letters and the usual separators (the fast path). */
const PLAIN = /^[0-9A-Z_-]+$/;
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SCIENTIFIC = /^\s*[+-]?\d+(?:\.\d+)?E[+-]?\d+\s*$/i;

/** ="…" around an id: Excel's text-formula export, which Excel shows as the text inside. */
const TEXT_FORMULA = /^\s*=\s*"([^"]*)"\s*$/;

/** The id as Excel shows it: the text of a ="…" cell, without the spaces and TABs around it. */
export function shownId(id: string): string {
  const formula = id.charCodeAt(0) === 61 || id.charCodeAt(0) <= 32 ? TEXT_FORMULA.exec(id) : null;
  return (formula ? formula[1]! : id).trim();
}

/** Whether an id needs no normalising (then it is its own ledger key and has no problem). */
export const plainId = (id: string): boolean => PLAIN.test(id);

/** The ledger key of a person id (undefined when it is blank). */
export function personKey(id: string): string | undefined {
  if (PLAIN.test(id)) return id;
  const key = shownId(id).normalize('NFKC').replace(INVISIBLE, '').trim().toUpperCase();
  return key === '' ? undefined : key;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * What makes a person id (as read) name no one: a number in scientific notation (as Excel shows an ID
 * number it has turned into a number), or a control character (a NUL of a damaged file: the id a
 * clerk sees is not the id in the file).
 */
export function idProblem(id: string): 'scientific' | 'control' | undefined {
  if (PLAIN.test(id)) return undefined;
  id = shownId(id);
  if (CONTROL.test(id)) return 'control';
  return id.length <= 40 && SCIENTIFIC.test(id) ? 'scientific' : undefined;
}
