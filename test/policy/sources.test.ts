// Every quote in every bundled policy is a verbatim substring of the source file its `source`
// names, and every source file exists. Parsed with the `yaml` package directly, not the loader,
// so a loader bug cannot hide a misquote. Quotes copy the sources exactly: full-width and ASCII
// punctuation as printed, traditional characters and the reprints' "醫(yī)" annotations included.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const policyFiles = readdirSync(join(root, 'policies')).filter((f) => f.endsWith('.yaml')).sort();

interface FoundQuote {
  path: string;
  source: string | undefined;
  quote: string;
}

/**
 * Every `quote`, `menu_quote` and FAQ `more_quotes` passage in a parsed policy, with the source key that governs it: the
 * object's own `source`, else the nearest enclosing one (a hotline's menu_quote uses hotline.source).
 */
function collectQuotes(node: unknown, path = '', inherited?: string): FoundQuote[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => collectQuotes(item, `${path}[${i}]`, inherited));
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  const source = typeof obj.source === 'string' ? obj.source : inherited;
  const found: FoundQuote[] = [];
  for (const key of ['quote', 'menu_quote']) {
    const q = obj[key];
    if (q !== undefined) found.push({ path: `${path}.${key}`, source, quote: String(q) });
  }
  // an FAQ entry's further passages, each from the entry's source
  if (Array.isArray(obj.more_quotes)) obj.more_quotes.forEach((q, i) => found.push({ path: `${path}.more_quotes[${i}]`, source, quote: String(q) }));
  for (const [key, child] of Object.entries(obj)) {
    if (key !== 'sources' && key !== 'more_quotes') found.push(...collectQuotes(child, `${path}.${key}`, source));
  }
  return found;
}

interface SourceEntry {
  file?: unknown;
}

describe('collectQuotes', () => {
  it('finds nested quotes with their own or inherited source, and skips the sources map', () => {
    const doc = {
      sources: { a: { file: 'x.txt', quote: 'not a quote of the law' } },
      versions: [{ benefits: { outpatient: { employee: { cap: { value: 1, source: 'a', quote: 'q1' } } } } }],
      hotline: { number: '1', source: 'b', quote: 'q2', menu_quote: 'q3' },
      faq: [{ id: 'x', source: 'c', quote: 'q4', more_quotes: ['q5'] }],
    };
    expect(collectQuotes(doc)).toEqual([
      { path: '.versions[0].benefits.outpatient.employee.cap.quote', source: 'a', quote: 'q1' },
      { path: '.hotline.quote', source: 'b', quote: 'q2' },
      { path: '.hotline.menu_quote', source: 'b', quote: 'q3' },
      { path: '.faq[0].quote', source: 'c', quote: 'q4' },
      { path: '.faq[0].more_quotes[0]', source: 'c', quote: 'q5' },
    ]);
  });
});

describe('bundled policies', () => {
  it('are the five cities', () => {
    expect(policyFiles).toEqual(['hanzhong.yaml', 'jiayu.yaml', 'suizhou.yaml', 'weihai.yaml', 'xianning.yaml']);
  });

  it('cite every source text in sources/', () => {
    const cited = new Set<string>();
    for (const f of policyFiles) {
      const doc = parse(readFileSync(join(root, 'policies', f), 'utf8')) as { sources: Record<string, SourceEntry> };
      for (const s of Object.values(doc.sources)) cited.add(String(s.file));
    }
    const texts = readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => `sources/${f}`);
    expect([...cited].sort()).toEqual(texts.sort());
  });
});

for (const file of policyFiles) {
  describe(`policies/${file}`, () => {
    const doc = parse(readFileSync(join(root, 'policies', file), 'utf8')) as { sources?: Record<string, SourceEntry> };
    const sources = doc.sources ?? {};
    const quotes = collectQuotes(doc);

    it('names at least one source, and every source file exists', () => {
      expect(Object.keys(sources).length).toBeGreaterThan(0);
      for (const [key, s] of Object.entries(sources)) {
        expect(typeof s.file, `sources.${key}.file`).toBe('string');
        expect(existsSync(join(root, String(s.file))), `sources.${key}.file ${String(s.file)}`).toBe(true);
      }
    });

    it('has quotes to check', () => {
      expect(quotes.length).toBeGreaterThan(0);
    });

    it.each(quotes.map((q) => [q.path, q] as const))('%s is verbatim in its source', (_path, q) => {
      expect(q.source, 'a quote needs a source').toBeDefined();
      const entry = sources[q.source!];
      expect(entry, `source "${q.source}" is a key of sources`).toBeDefined();
      const text = readFileSync(join(root, String(entry!.file)), 'utf8');
      expect(q.quote.trim().length, 'a quote is not blank').toBeGreaterThan(0);
      expect(text.includes(q.quote), `not found verbatim in ${String(entry!.file)}: ${q.quote}`).toBe(true);
    });
  });
}
