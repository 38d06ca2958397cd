// The shared FAQ search words (policies/words/faq.yaml). From the build they are the compiled
// dist/words/faq.json (one read, no YAML parser at start-up); from source (tests) the
// YAML itself, validated, so tests always see the current file. compileFaqWords writes the JSON.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FaqWordsValue } from '../policy/schema.js';
import { packageRoot } from '../policy/bundled.js';

const fromSource = import.meta.url.endsWith('.ts');
export const WORDS_YAML = join('policies', 'words', 'faq.yaml');
export const WORDS_JSON = join('words', 'faq.json');

/** Parses and validates the words file's text; throws with the first problem. */
export async function parseFaqWords(text: string, file: string): Promise<FaqWordsValue> {
  const [{ parse }, { FaqWords }] = await Promise.all([import('yaml'), import('../policy/schema.js')]);
  const result = FaqWords.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** The shared words: the compiled JSON from the build, the YAML from source. */
export async function loadSharedFaqWords(): Promise<FaqWordsValue> {
  const root = packageRoot();
  if (fromSource) return parseFaqWords(await readFile(join(root, WORDS_YAML), 'utf8'), WORDS_YAML);
  return JSON.parse(readFileSync(join(root, 'dist', WORDS_JSON), 'utf8')) as FaqWordsValue;
}

/** Build step: validates policies/words/faq.yaml and writes <dist>/words/faq.json. */
export async function compileFaqWords(root: string, distDir: string): Promise<void> {
  const words = await parseFaqWords(await readFile(join(root, WORDS_YAML), 'utf8'), WORDS_YAML);
  await mkdir(join(distDir, 'words'), { recursive: true });
  await writeFile(join(distDir, WORDS_JSON), JSON.stringify(words));
}
