// Build: bundles the CLI and the API with esbuild (code splitting keeps the prompt library,
// zod and the YAML parser out of the start-up path), then compiles the bundled policies.
import { build } from 'esbuild';
import { rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'compile-policies': 'src/policy/compile.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
});

// Validate every bundled policy and write dist/policies/<id>.json (and the JSON Schema).
if (existsSync(join(dist, 'compile-policies.js'))) {
  const { compileBundledPolicies } = await import(join(dist, 'compile-policies.js'));
  await compileBundledPolicies(root);
}
