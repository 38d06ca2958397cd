// Build: bundles the CLI and the API with esbuild (code splitting keeps the prompt library,
// zod and the YAML parser out of the start-up path), then compiles the bundled policies.
// Everything is built into a private directory and moved into dist/ at the end, so that two
// builds running at once (several `npm test` in one checkout) never see each other's half-built
// files; an invalid bundled policy fails the build with file:line:col: message.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { bundleApi, bundleCli } from './bundle.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const staging = join(root, `.dist-build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });

try {
  // esbuild: the CLI (start-up path in one file, lazy parts as chunks) and the API; see scripts/bundle.mjs.
  await bundleCli(root, staging);
  await bundleApi(root, staging);

  // Validate every bundled policy and write <staging>/policies/<id>.json (and the JSON Schema).
  const { compileBundledPolicies, compileFaqWords, compileFaqIndex } = await import(pathToFileURL(join(staging, 'compile-policies.js')).href);
  await compileBundledPolicies(root, staging);
  // and the FAQ search: its words (policies/words/faq.yaml -> <staging>/words/faq.json), then the
  // index over every city's entries (<staging>/words/faq-index.json), so `faq` starts fast
  await compileFaqWords(root, staging);
  await compileFaqIndex(staging);
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
