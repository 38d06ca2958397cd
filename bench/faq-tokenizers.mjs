// Bundles bench/faq-tokenizers.ts with esbuild (a dev dependency) and runs it from dist/, where the
// built policies are: `npm run build && node bench/faq-tokenizers.mjs`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bench-faq-tokenizers.mjs`;
await build({
  entryPoints: [`${root}bench/faq-tokenizers.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  packages: 'external',
  logLevel: 'warning',
});
try {
  spawnSync(process.execPath, [out], { stdio: 'inherit' });
} finally {
  rmSync(out, { force: true });
}
