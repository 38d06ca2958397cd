// Where the FAQ search gets its entries and words: from the build, the prebuilt index
// (dist/words/faq-index.json, one read and no tokenizing at start-up); from source (tests), built
// from the policies and policies/words/faq.yaml as they are now. compileFaqIndex writes the file.
// With a policy directory (--policy-dir) the index is built live, at each run, from the policies in
// use: a directory policy's `faq:` entries (and `faq_words:`) are searched like the bundled ones.
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FaqWordsValue, Policy } from '../policy/schema.js';
import { bundledPolicyIds, loadBundledPolicy, packageRoot } from '../policy/bundled.js';
import { loadCityPolicy, policyDirectory, policyIds } from '../policy/registry.js';
import { buildLexicon } from './lexicon.js';
import { buildFaqIndex, faqDocs } from './search.js';
import { parseFaqWorld, serializeFaqWorld, type FaqWorld } from './prebuilt.js';
import { WORDS_JSON, loadSharedFaqWords } from './words.js';
import { UsageError } from '../errors.js';

export type { FaqCity, FaqWorld } from './prebuilt.js';

const fromSource = import.meta.url.endsWith('.ts');
const INDEX_JSON = join('words', 'faq-index.json');

/** The world of the given policies and words: every city's entries, read by the shared and the cities' words. */
export function buildFaqWorld(policies: readonly Policy[], shared: FaqWordsValue): FaqWorld {
  const keywords = policies.flatMap((p) => (p.faq ?? []).flatMap((e) => e.keywords ?? []));
  const lex = buildLexicon([shared, ...policies.flatMap((p) => (p.faq_words ? [p.faq_words] : []))], keywords);
  return {
    cities: policies.map((p) => ({ id: p.id, name: p.name })),
    index: buildFaqIndex(policies.flatMap(faqDocs), lex),
  };
}

/** The bundled policies' world, read by `shared` words (the current ones by default). */
async function buildBundledWorld(shared?: FaqWordsValue): Promise<FaqWorld> {
  const [policies, words] = await Promise.all([
    Promise.all(bundledPolicyIds().map(async (id) => (await loadBundledPolicy(id)).policy)),
    shared ?? loadSharedFaqWords(),
  ]);
  return buildFaqWorld(policies, words);
}

let world: Promise<FaqWorld> | undefined;

/**
 * The index the build wrote, or an installation error (exit 2) naming the file and the build step:
 * a missing or damaged dist/ is not a bug of the program but a package not built (or cut short).
 */
function prebuiltWorld(): FaqWorld {
  const file = join('dist', INDEX_JSON);
  try {
    return parseFaqWorld(readFileSync(join(packageRoot(), file), 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? { zh: '缺失', en: 'is missing' } : { zh: '已损坏', en: 'is damaged' };
    throw new UsageError(
      { zh: `安装不完整:问答索引 ${file} ${why.zh};请在 yibao 目录中运行 npm run build(或重新安装)。`, en: `incomplete installation: the FAQ index ${file} ${why.en}; run npm run build in the yibao directory (or reinstall).` },
      'broken_install',
    );
  }
}

/** The world of the policies in use: the bundled world (once per process), or with a policy directory one built for it. */
export function loadFaqWorld(): Promise<FaqWorld> {
  const dir = policyDirectory();
  if (dir) return dirWorld(dir);
  world ??= fromSource ? buildBundledWorld() : new Promise((resolve) => resolve(prebuiltWorld()));
  return world;
}

const dirWorlds = new WeakMap<object, Promise<FaqWorld>>();

/** The world of the bundled policies with the directory's in place of or beside them. */
function dirWorld(dir: object): Promise<FaqWorld> {
  let built = dirWorlds.get(dir);
  if (!built) {
    built = (async () => {
      const [policies, words] = await Promise.all([Promise.all(policyIds().map(async (id) => (await loadCityPolicy(id)).policy)), loadSharedFaqWords()]);
      return buildFaqWorld(policies, words);
    })();
    dirWorlds.set(dir, built);
  }
  return built;
}

/** Build step, after the policies and the words are compiled into `distDir`: writes the prebuilt index. */
export async function compileFaqIndex(distDir: string): Promise<void> {
  const shared = JSON.parse(await readFile(join(distDir, WORDS_JSON), 'utf8')) as FaqWordsValue;
  await writeFile(join(distDir, INDEX_JSON), serializeFaqWorld(await buildBundledWorld(shared)));
}
