// A person_id as the ledger's key, the way a clerk compares two ids: spaces around it, a BOM or
// zero-width characters pasted into it, full-width digits (４２１３…) and a lower-case x at the
// end of an ID card number do not make another person. An id that Excel turned into a number
// shown in scientific notation (4.21302E+17: an 18-digit ID number typed into a General cell,
// its last digits lost) names no one: two people would share it, so the row is an error.

/** Ids that need no normalising: digits, upper-case letters and the usual separators (the fast path). */
const PLAIN = /^[0-9A-Z_-]+$/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E[+-]?\d+$/;

/** The ledger key of a person id (undefined when it is blank). */
export function personKey(id: string): string | undefined {
  if (PLAIN.test(id)) return id;
  const key = id.normalize('NFKC').replace(INVISIBLE, '').trim().toUpperCase();
  return key === '' ? undefined : key;
}

/** Whether a person key is a number in scientific notation, as Excel shows an ID number it has turned into a number. */
export const scientificId = (key: string): boolean => key.length <= 32 && key.includes('E') && SCIENTIFIC.test(key);
