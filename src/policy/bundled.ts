// The bundled policies by id. From the build (dist/), a policy is the precompiled, already
// validated dist/policies/<id>.json: one file read and JSON.parse, no yaml or zod, because this
// is on `yibao calc`'s start-up path. From source (vitest, tsx) it parses and validates
// policies/<id>.yaml, so tests always see the current YAML.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyFileError } from './errors.js';
import { excerpt } from '../excerpt.js';
import { cityId } from '../cities.js';
import type { Policy } from './schema.js';

export interface LoadedPolicy {
  policy: Policy;
  /** sha256 (hex) of the policy YAML file's bytes. */
  sha256: string;
  /** The YAML file, e.g. policies/suizhou.yaml for a bundled policy. */
  file: string;
  /** The bundled policy the file extends (its `extends:`), if any; `sha256` then covers both files. */
  extends?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
// Source modules end in .ts; the build puts this code in dist/*.js or dist/chunks/*.js.
const fromSource = import.meta.url.endsWith('.ts');
const distDir = basename(here) === 'chunks' ? dirname(here) : here;
const rootDir = fromSource ? join(here, '..', '..') : dirname(distDir);

let idsCache: string[] | undefined;

/** The ids of the bundled policies, sorted. */
export function bundledPolicyIds(): string[] {
  if (!idsCache) {
    const dir = fromSource ? join(rootDir, 'policies') : join(distDir, 'policies');
    const ext = fromSource ? '.yaml' : '.json';
    idsCache = readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .map((f) => f.slice(0, -ext.length))
      .sort();
  }
  return idsCache;
}

/** The bundled policy `id` (or the city's name: 随州, Suizhou); an unknown one is a PolicyFileError 'unknown_city' (exit 2). */
export async function loadBundledPolicy(city: string): Promise<LoadedPolicy> {
  const id = cityId(city) ?? city;
  // The id pattern keeps a path (../x) from ever reaching the file system.
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw unknownCity(id, bundledPolicyIds());
  if (fromSource) {
    if (!bundledPolicyIds().includes(id)) throw unknownCity(id, bundledPolicyIds());
    const { loadPolicyFile } = await import('./load.js');
    const loaded = await loadPolicyFile(join(rootDir, 'policies', `${id}.yaml`));
    return { ...loaded, file: `policies/${id}.yaml` };
  }
  // One synchronous read of a ~20 KiB file: cheaper at start-up than node:fs/promises.
  let text: string;
  try {
    text = readFileSync(join(distDir, 'policies', `${id}.json`), 'utf8');
  } catch {
    throw unknownCity(id, bundledPolicyIds());
  }
  return JSON.parse(text) as LoadedPolicy;
}

/** The error for a city no policy has, listing the `ids` there are. */
export function unknownCity(typed: string, ids: string[]): PolicyFileError {
  const list = ids.join(', ');
  const id = excerpt(typed);
  return new PolicyFileError('unknown_city', {
    zh: `未知城市“${id}”。可用的城市:${list}。`,
    en: `unknown city "${id}". Known cities: ${list}.`,
  });
}

/** The package's root directory (holds policies/, schema/, dist/). */
export function packageRoot(): string {
  return rootDir;
}
