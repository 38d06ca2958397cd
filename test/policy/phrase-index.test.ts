// docs/rulebook-phrases.md, the index a newcomer encodes a rulebook from, cannot rot: each YAML
// snippet is written into a small valid policy (test/fixtures/phrases/base.yaml) at the place its
// `# 写在:` line names and must pass `policy validate`; every snippet is linked from a row and every
// row's link reaches a snippet; every 「section」 a row points to is found in the doc it names; and
// every key of the policy schema is named by the index (a structure added without its line fails here).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runYibao } from '../helpers/cli.js';

type Map = Record<string, unknown>;

const DOC = 'docs/rulebook-phrases.md';
const doc = readFileSync(DOC, 'utf8');
const base = readFileSync('test/fixtures/phrases/base.yaml', 'utf8');

/** The snippets: `<a id="pN"></a>**PN** <label>` then a yaml block. */
const snippets = [...doc.matchAll(/<a id="(p\d+)"><\/a>\*\*P\d+\*\*[^\n]*\n```yaml\n([\s\S]*?)```/g)].map((m) => ({ id: m[1]!, body: m[2]! }));

/** A snippet's parts: each `# 写在: <place>` (optionally `(代替 <key>)`) and the YAML under it. */
function parts(body: string): { place: string; drop?: string; yaml: string }[] {
  const out: { place: string; drop?: string; yaml: string }[] = [];
  for (const line of body.split('\n')) {
    const head = /^# 写在: ([^\s(]+)(?:\(代替 ([\w.]+)\))?/.exec(line);
    if (head) out.push({ place: head[1]!, ...(head[2] ? { drop: head[2] } : {}), yaml: '' });
    else if (out.length) out[out.length - 1]!.yaml += `${line}\n`;
  }
  return out;
}

const BENEFITS = ['outpatient', 'inpatient', 'chronic'];

/** The mapping a place names, created on the way where missing. */
function target(policy: Map, place: string): Map {
  const version = (policy.versions as Map[])[0]!;
  if (place === '顶层') return policy;
  if (place === '版本') return version;
  const path = place.split('.');
  let at: Map = path[0] === 'facilities' ? policy : BENEFITS.includes(path[0]!) ? (version.benefits as Map) : version;
  for (const key of path) at = (at[key] ??= {}) as Map;
  return at;
}

function withSnippet(body: string): string {
  const policy = parse(base) as Map;
  for (const part of parts(body)) {
    const at = target(policy, part.place);
    if (part.drop) delete at[part.drop];
    Object.assign(at, parse(part.yaml, { merge: true }) as Map);
  }
  return stringify(policy);
}

describe('docs/rulebook-phrases.md', () => {
  it('has its snippets, each with a place and an id of its own', () => {
    expect(snippets.length).toBeGreaterThan(50);
    const ids = snippets.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice: give the later snippet the next free number').toEqual([]);
    for (const s of snippets) expect(parts(s.body).length, s.id).toBeGreaterThan(0);
  });

  it.each(snippets.map((s) => [s.id, s.body] as const))('snippet %s validates where it says it goes', async (id, body) => {
    const file = join(mkdtempSync(join(tmpdir(), 'yibao-phrase-')), 'phrases.yaml');
    writeFileSync(file, withSnippet(body));
    const r = await runYibao(['policy', 'validate', file]);
    expect(r.stderr, `${id}:\n${body}`).toBe('');
    expect(r.code).toBe(0);
  });

  it('P68: a 一级中医医院 of its own wins over the rated 中医医院, so only level 2 and above get the +3', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yibao-phrase-')), 'phrases.yaml');
    writeFileSync(file, withSnippet(snippets.find((s) => s.id === 'p68')!.body));
    const ratio = async (tier: string) => {
      const r = await runYibao(['calc', '--policy', file, '--date', '2025-03-01', '--scheme', 'employee', '--status', 'active', '--benefit', 'inpatient', '--tier', tier, '--amount', '10000', '--json']);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout).result.ratio;
    };
    expect(await ratio('一级中医医院')).toBe('0.90'); // 一级 90%, no uplift
    expect(await ratio('二级中医医院')).toBe('0.88'); // 二级 85% + 3 points
  });

  it('every snippet is linked from a row, and every link reaches a snippet', () => {
    const links = new Set([...doc.matchAll(/\]\(#(p\d+)\)/g)].map((m) => m[1]!));
    const ids = new Set(snippets.map((s) => s.id));
    for (const id of ids) expect(links, `${id} is linked from no row`).toContain(id);
    for (const link of links) expect(ids, `#${link} names no snippet`).toContain(link);
  });

  it('every 「section」 a row points to is in the doc it names', () => {
    const refs = [...doc.matchAll(/(policies|policy-format-v2)\.md「([^」]+)」/g)];
    expect(refs.length).toBeGreaterThan(40);
    for (const [, file, title] of refs) expect(readFileSync(`docs/${file}.md`, 'utf8'), `${file}.md「${title}」`).toContain(title!.replace(/^#+ /, ''));
  });

  it('its links, and those of the guide\'s first screen, reach a heading, an anchor or a file', () => {
    // GitHub's heading ids: lower case, punctuation (ASCII and full-width) dropped, spaces to hyphens
    const slug = (h: string) => h.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const idsOf = (file: string) => {
      const text = readFileSync(file, 'utf8');
      return new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!)).concat([...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!)));
    };
    for (const file of [DOC, 'docs/policies.md']) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^https?:/.test(target!)) continue;
        const [path, hash] = target!.split('#');
        const into = path ? join('docs', path) : file;
        expect(existsSync(into), `${file}: ${target}`).toBe(true);
        if (hash) expect(idsOf(into), `${file}: ${target}`).toContain(hash);
      }
    }
  });

  it('names every key of the policy schema (a new structure needs its line here)', () => {
    const names = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'properties' && x && typeof x === 'object') Object.keys(x).forEach((n) => names.add(n));
          walk(x);
        }
    };
    walk(JSON.parse(readFileSync('schema/policy.schema.json', 'utf8')));
    // the plumbing every file has (how a value is cited, names, sources, the faq and hotline's fields)
    const plumbing = new Set(['value', 'values', 'source', 'quote', 'reading', 'reading_short', 'note', 'inferred', 'reasoning', 'zh', 'en', 'name', 'title', 'publisher', 'date', 'date_note', 'file', 'id', 'schema', 'region', 'sources', 'versions', 'benefits', 'employee', 'resident', 'outpatient', 'inpatient', 'chronic', 'active', 'retired', 'more_quotes', 'key', 'unit', 'mode', 'number', 'menu', 'menu_quote', 'label', 'question', 'answer', 'keywords', 'asked_as', 'faq_words', 'question_words', 'stop_words', 'synonyms', 'keep', 'min_contribution', 'lower_band_top', 'lowest_band', 'years_rule', 'required_for', 'rule', 'extends']);
    const named = (k: string) => new RegExp(`\`[^\`\\n]*\\b${k}\\b[^\`\\n]*\`|(^|[\\s{,])${k}:`, 'm').test(doc);
    const missing = [...names].filter((k) => !plumbing.has(k) && !named(k));
    expect(missing, `${DOC} names no ${missing.join(', ')} (keys of schema/policy.schema.json): add a row for the wording that needs it (the key, a snippet, what to do when the text is silent)`).toEqual([]);
  });
});
