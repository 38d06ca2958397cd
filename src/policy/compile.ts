// Build step (run by scripts/build.mjs after esbuild): validates every policies/*.yaml and writes
// dist/policies/<id>.json ({policy, sha256, file}), so `yibao calc` reads one small JSON file
// instead of loading yaml and zod; and writes schema/policy.schema.json from the zod schema.
// An invalid bundled policy fails the build, printing file:line:col: message for each problem.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';
import type { LoadedPolicy } from './bundled.js';
import { PolicyFileError, formatIssue } from './errors.js';
import { loadPolicyFile } from './load.js';
import { PolicySchema } from './schema.js';
export { compileFaqWords } from '../faq/words.js';
export { compileFaqIndex } from '../faq/world.js';

/** The JSON Schema of policy files, as committed in schema/policy.schema.json. */
export function policyJsonSchemaText(): string {
  const schema = z.toJSONSchema(PolicySchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' });
  const titled = { title: 'yibao city policy (policies/<city>.yaml)', ...schema };
  return `${JSON.stringify(titled, null, 2)}\n`;
}

/** Validates and compiles every bundled policy; throws (failing the build) if any is invalid. */
export async function compileBundledPolicies(root: string, distDir = join(root, 'dist')): Promise<string[]> {
  const files = (await readdir(join(root, 'policies'))).filter((f) => f.endsWith('.yaml')).sort();
  const out = join(distDir, 'policies');
  await mkdir(out, { recursive: true });
  const failures: string[] = [];
  for (const name of files) {
    try {
      const loaded = await loadPolicyFile(join(root, 'policies', name));
      const id = name.slice(0, -'.yaml'.length);
      if (loaded.policy.id !== id) throw new Error(`policies/${name}: id "${loaded.policy.id}" does not match the file name`);
      const compiled: LoadedPolicy = { policy: loaded.policy, sha256: loaded.sha256, file: `policies/${name}` };
      await writeFile(join(out, `${id}.json`), JSON.stringify(compiled));
    } catch (error) {
      failures.push(describeFailure(error, root));
    }
  }
  await writeSchemaIfChanged(join(root, 'schema', 'policy.schema.json'));
  if (failures.length) {
    throw new Error(`invalid bundled polic${failures.length === 1 ? 'y' : 'ies'}:\n${failures.join('\n')}`);
  }
  return files.map((f) => f.slice(0, -'.yaml'.length));
}

/** Rewrites the committed JSON Schema only when it changed, so a build leaves git clean. */
async function writeSchemaIfChanged(path: string): Promise<void> {
  const text = policyJsonSchemaText();
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

function describeFailure(error: unknown, root: string): string {
  if (error instanceof PolicyFileError && error.issues.length) {
    return error.issues.map((i) => formatIssue({ ...i, file: relative(root, i.file) })).join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}
