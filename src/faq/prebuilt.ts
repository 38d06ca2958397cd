// The FAQ index as the build writes it (dist/words/faq-index.json) and reads it back: building it
// (reading every entry, minisearch's tree) costs more than `faq` may spend at start-up, so the
// build does it once and the CLI loads the result. Even loading minisearch's whole tree costs too
// much, so a query loads only the postings of its own tokens (minisearch's serialized index, cut
// to those terms): BM25 needs only the document count, the field lengths and those postings, so
// the scores are the same as with the whole index. Pure: text in, objects out.
import MiniSearch from 'minisearch';
import { lengthsOf, type Lexicon } from './lexicon.js';
import { minisearchOptions, type FaqDoc, type FaqIndex } from './search.js';
import type { Localized } from './search.js';

export interface FaqCity {
  id: string;
  name: Localized;
}

/** Every city with questions, and the index over all their entries. */
export interface FaqWorld {
  cities: FaqCity[];
  index: FaqIndex;
}

/** minisearch's serialized index (toJSON), as far as this module reads it. */
type SerializedIndex = Parameters<typeof MiniSearch.loadJS>[0];
type Postings = SerializedIndex['index'][number][1];

interface Prebuilt {
  schema: 'yibao.faq-index/1';
  cities: FaqCity[];
  /** Each entry as JSON text, read when it is shown; and its city, for ranking by city. */
  docs: string[];
  docCities: string[];
  /** [word, official form, 1 if an everyday word for it] or [word, null] for a filler word. */
  senses: Array<[string, string, 0 | 1] | [string, null]>;
  questionWords: string[];
  wordBigrams: boolean;
  /** minisearch's serialized index, each term's postings kept as JSON text until a query needs them. */
  mini: Omit<SerializedIndex, 'index'> & { index: Array<[string, string]> };
}

export function serializeFaqWorld(world: FaqWorld): string {
  const { lex, docs } = world.index;
  const serialized = JSON.parse(JSON.stringify(world.index.searchable([]))) as SerializedIndex;
  const out: Prebuilt = {
    schema: 'yibao.faq-index/1',
    cities: world.cities,
    docs: docs.map((d) => JSON.stringify(d)),
    docCities: docs.map((d) => d.city),
    senses: [...lex.senses].map(([w, s]) => (s.kind === 'stop' ? [w, null] : [w, s.as, s.syn ? 1 : 0])),
    questionWords: [...lex.questionWords],
    wordBigrams: lex.wordBigrams,
    mini: { ...serialized, index: serialized.index.map(([term, postings]) => [term, JSON.stringify(postings)]) },
  };
  return JSON.stringify(out);
}

const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Whether the parsed index has the parts every query reads (a damaged file fails here, not mid-search). */
function wellFormed(p: Prebuilt): boolean {
  const mini = p.mini as { index?: unknown } | undefined;
  return (
    Array.isArray(p.cities) &&
    strings(p.docs) &&
    strings(p.docCities) &&
    p.docs.length === p.docCities.length &&
    Array.isArray(p.senses) &&
    p.senses.every((s) => Array.isArray(s) && typeof s[0] === 'string') &&
    strings(p.questionWords) &&
    typeof mini === 'object' &&
    mini !== null &&
    Array.isArray(mini.index) &&
    mini.index.every((e) => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string')
  );
}

export function parseFaqWorld(text: string): FaqWorld {
  const p = JSON.parse(text) as Prebuilt;
  if (p.schema !== 'yibao.faq-index/1') throw new Error(`unknown FAQ index format: ${String(p.schema)}`);
  if (!wellFormed(p)) throw new Error('the FAQ index is not of the shape the build writes');
  const senses: Lexicon['senses'] = new Map();
  for (const [w, as, syn] of p.senses) senses.set(w, as === null ? { kind: 'stop' } : { kind: 'word', as, syn: syn === 1 });
  const lex: Lexicon = { senses, lengths: lengthsOf(senses.keys()), questionWords: new Set(p.questionWords), wordBigrams: p.wordBigrams };
  const options = minisearchOptions(lex);
  // a term's postings (by field, by document), looked up when a query asks for them
  let postings: Map<string, string> | undefined;
  const parsed = new Map<string, Postings>();
  const postingsOf = (token: string): Postings | undefined => {
    let e = parsed.get(token);
    if (e === undefined) {
      const text = (postings ??= new Map(p.mini.index)).get(token);
      if (text === undefined) return undefined;
      parsed.set(token, (e = JSON.parse(text) as Postings));
    }
    return e;
  };
  const searchable = (tokens: readonly string[]) => {
    const index: Array<[string, Postings]> = [];
    for (const t of new Set(tokens)) {
      const e = postingsOf(t);
      if (e) index.push([t, e]);
    }
    return MiniSearch.loadJS({ ...p.mini, index }, options);
  };
  // In how many entries a token occurs: the documents of its postings, all fields together.
  const df = {
    get: (token: string) => {
      const byField = postingsOf(token);
      return byField === undefined ? undefined : new Set(Object.values(byField).flatMap((docs) => Object.keys(docs))).size;
    },
  };
  // the entries, each parsed the first time it is looked at (a query shows a handful)
  const docs: FaqDoc[] = [];
  p.docs.forEach((text, n) => {
    Object.defineProperty(docs, n, {
      enumerable: true,
      configurable: true,
      get: () => {
        const doc = JSON.parse(text) as FaqDoc;
        Object.defineProperty(docs, n, { value: doc, enumerable: true, writable: false });
        return doc;
      },
    });
  });
  return { cities: p.cities, index: { docs, lex, searchable, df, cityOf: (n) => p.docCities[n]! } };
}
