// The ledger's person numbers by person key (ledger.ts). A key of up to 18 characters of
// [0-9A-Z_-] (an ID card number, an insurance number: nearly every key) is two whole numbers,
// nine characters each in base 39, kept with its person's number in one open-addressing table of
// doubles: a look-up reads one slot of a typed array. A Map of a few hundred thousand string keys
// cost three cache misses a row (its bucket, its entry, the key's characters) and a string and an
// entry per person for the garbage collector. Any other key is kept in a Map. Either way one key
// is one person, and every key keeps the number it was first given.

/** The characters a packed key may hold, each a digit 1 to 38 in base 39 (0: no character). */
const DIGIT = new Int8Array(128).fill(-1);
for (let c = 48; c <= 57; c++) DIGIT[c] = c - 47; // 0-9: 1-10
for (let c = 65; c <= 90; c++) DIGIT[c] = c - 54; // A-Z: 11-36
DIGIT[95] = 37; // _
DIGIT[45] = 38; // -

/** Characters per number: 39^9 < 2^53, so each half is exact. */
const HALF = 9;
/** Numbers per slot: the key's first half, its second half, the person's number (-1: an empty slot). */
const SLOT = 3;

export class PersonIds {
  private table = new Float64Array(SLOT * 1024).fill(-1);
  private mask = 1023;
  private packed = 0;
  private readonly other = new Map<string, number>();
  /** The key's two halves, set by pack(). */
  private lo = 0;
  private hi = 0;

  /** The person's number, or -1. */
  get(key: string): number {
    if (!this.pack(key)) return this.other.get(key) ?? -1;
    const t = this.table;
    for (let i = this.slot(); ; i = (i + 1) & this.mask) {
      const at = i * SLOT;
      const n = t[at + 2]!;
      if (n < 0) return -1;
      if (t[at] === this.lo && t[at + 1] === this.hi) return n;
    }
  }

  /** Gives `key` (not yet held) the number `n`. */
  set(key: string, n: number): void {
    if (!this.pack(key)) {
      this.other.set(key, n);
      return;
    }
    const { lo, hi } = this; // grow() moves every key through lo and hi
    if ((this.packed + 1) * 4 > (this.mask + 1) * 3) this.grow();
    this.put(lo, hi, n);
    this.packed++;
  }

  get size(): number {
    return this.packed + this.other.size;
  }

  /** Sets lo and hi from the key; false when it cannot be packed (too long, another character). */
  private pack(key: string): boolean {
    const n = key.length;
    if (n === 0 || n > 2 * HALF) return false;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < HALF; i++) {
      const d = i < n ? digit(key.charCodeAt(i)) : 0;
      if (d < 0) return false;
      lo = lo * 39 + d;
    }
    for (let i = HALF; i < 2 * HALF; i++) {
      const d = i < n ? digit(key.charCodeAt(i)) : 0;
      if (d < 0) return false;
      hi = hi * 39 + d;
    }
    this.lo = lo;
    this.hi = hi;
    return true;
  }

  /** The first slot to look at for lo and hi. */
  private slot(): number {
    const lo = this.lo;
    const hi = this.hi;
    let h = Math.imul((lo >>> 0) ^ Math.imul((lo / 4294967296) | 0, 0x85ebca6b), 0xcc9e2d51);
    h = Math.imul(h ^ (hi >>> 0) ^ Math.imul((hi / 4294967296) | 0, 0x27d4eb2f), 0x1b873593);
    h ^= h >>> 15;
    return h & this.mask;
  }

  private put(lo: number, hi: number, n: number): void {
    this.lo = lo;
    this.hi = hi;
    const t = this.table;
    let i = this.slot();
    while (t[i * SLOT + 2]! >= 0) i = (i + 1) & this.mask;
    t[i * SLOT] = lo;
    t[i * SLOT + 1] = hi;
    t[i * SLOT + 2] = n;
  }

  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    this.table = new Float64Array(SLOT * (this.mask + 1)).fill(-1);
    for (let at = 0; at < old.length; at += SLOT) if (old[at + 2]! >= 0) this.put(old[at]!, old[at + 1]!, old[at + 2]!);
  }
}

const digit = (code: number): number => (code < 128 ? DIGIT[code]! : -1);
