// Build: bundles the CLI and the API with esbuild (code splitting keeps the prompt library,
// zod and the YAML parser out of the start-up path), then compiles the bundled policies.
// Everything is built into a private directory and moved into dist/ at the end, so that two
// builds running at once (several `npm test` in one checkout) never see each other's half-built
// files; an invalid bundled policy fails the build with file:line:col: message.
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const staging = join(root, `.dist-build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });

// commander and chalk are on `yibao calc`'s start-up path: bundled into dist they cost one file
// read instead of a package resolution (and, for commander, the CommonJS loader); measured with
// bench/startup.mjs. Every other dependency is loaded lazily and stays external.
const BUNDLED = ['commander', 'chalk'];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED.includes(d));
// commander is CommonJS: its require() of node built-ins needs a real require in an ES module.
const requireShim = "import { createRequire as __yibaoRequire } from 'node:module'; const require = __yibaoRequire(import.meta.url);";

try {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', 'compile-policies': 'src/policy/compile.ts' },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    banner: { js: requireShim },
    sourcemap: false,
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  // Which modules each output file holds: `dist/meta.json` (esbuild metafile), for checking
  // what `yibao calc --json` loads (test/cli/startup-graph.test.ts).
  writeFileSync(join(staging, 'meta.json'), JSON.stringify(result.metafile));

  // Validate every bundled policy and write <staging>/policies/<id>.json (and the JSON Schema).
  const { compileBundledPolicies } = await import(pathToFileURL(join(staging, 'compile-policies.js')).href);
  await compileBundledPolicies(root, staging);
  publish();
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  // esbuild has already printed its own errors; a policy error carries file:line:col lines.
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

/** Replaces dist/ with the staging directory; retries if another build publishes meanwhile. */
function publish() {
  for (let attempt = 0; ; attempt++) {
    rmSync(dist, { recursive: true, force: true });
    try {
      renameSync(staging, dist);
      return;
    } catch (error) {
      if (attempt >= 5 || !existsSync(staging)) throw error;
    }
  }
}
