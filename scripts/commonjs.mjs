// The built CLI as CommonJS. Node starts a CommonJS entry about 5 ms sooner than an ES module
// (its ES module loader is never set up): a twelfth of `node -e ""`, measured with
// bench/startup.mjs. esbuild splits code into lazy chunks only for ES modules, so bundle.mjs
// builds the CLI as ES modules and this step rewrites each of its files as CommonJS: `import`
// becomes `require()`, `import()` a `require()` when it runs (so lazy chunks stay lazy),
// relative specifiers `.js` → `.cjs`, and `import.meta.url` the file's own URL.
import { transformSync } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const FILE_URL = 'const __yibaoUrl=require("node:url").pathToFileURL(__filename).href;';

/** Rewrites `files` (paths under outdir, ending in .js) as .cjs files; `shim` is the ESM require banner to drop. */
export function cliToCommonJs(outdir, files, shim) {
  const converted = new Set(files.map((f) => resolve(outdir, f)));
  for (const file of files) {
    const path = resolve(outdir, file);
    const code = readFileSync(path, 'utf8')
      .replace(shim, '')
      .replace(/(["'])(\.{1,2}\/[^"']*?)\.js\1/g, (m, q, spec) => (converted.has(resolve(dirname(path), `${spec}.js`)) ? `${q}${spec}.cjs${q}` : m));
    const out = transformSync(code, {
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      supported: { 'dynamic-import': false },
      define: { 'import.meta.url': '__yibaoUrl' },
      banner: code.includes('import.meta') ? FILE_URL : '',
      minifyWhitespace: true,
      minifySyntax: true,
      legalComments: 'inline',
    }).code;
    if (/\bimport\.meta\b|\bimport\(/.test(out)) throw new Error(`${file}: ES module syntax left after the CommonJS rewrite`);
    writeFileSync(path.replace(/\.js$/, '.cjs'), out);
    rmSync(path);
  }
}

/** The same rename in the build's metafile record (dist/meta.json). */
export function cjsName(file) {
  return file.replace(/\.js$/, '.cjs');
}
