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
// esbuild's CommonJS exports are getters (two of them deep, for live bindings), and a getter call on
// every use of an imported function cost batch 0.6 s a million rows. A file's static imports from
// the other files of the CLI are taken as plain values instead: they are required only once their
// module has finished loading (dist/cli.cjs loads the chunks lazily; chunks import no chunk that
// imports them back), and no export is ever reassigned (the sources export no \`let\` or \`var\`).
const PLAIN = 'function __yibaoPlain(m){const o={};for(const k of Object.keys(m))o[k]=m[k];return o}';
const STATIC_LOCAL = /(\bvar\s+[\w$]+\s*=\s*|,\s*[\w$]+\s*=\s*)require\(("\.{1,2}\/[^"]+\.cjs")\)/g;

/** Rewrites `files` (paths under outdir, ending in .js) as .cjs files; `shim` is the ESM require banner to drop. */
export function cliToCommonJs(outdir, files, shim) {
  const converted = new Set(files.map((f) => resolve(outdir, f)));
  const staticRequires = new Map();
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
    const needs = [];
    const plain = out.replace(STATIC_LOCAL, (m, lhs, spec) => {
      needs.push(resolve(dirname(path), JSON.parse(spec)));
      return `${lhs}__yibaoPlain(require(${spec}))`;
    });
    staticRequires.set(path.replace(/\.js$/, '.cjs'), needs);
    writeFileSync(path.replace(/\.js$/, '.cjs'), plain === out ? out : `${PLAIN}${plain}`);
    rmSync(path);
  }
  assertNoCycle(staticRequires);
}

/** Plain values need every module required statically to have finished loading: no cycles. */
function assertNoCycle(graph) {
  const done = new Set();
  const visit = (file, path) => {
    if (path.includes(file)) throw new Error(`static requires in a cycle: ${[...path, file].join(' → ')}`);
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file, []);
}

/** The same rename in the build's metafile record (dist/meta.json). */
export function cjsName(file) {
  return file.replace(/\.js$/, '.cjs');
}
