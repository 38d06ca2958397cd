// The esbuild part of the build (scripts/build.mjs runs it, then compiles the policies).
//
// Start-up is what this optimizes: `yibao calc … --json` should cost little more than `node -e ""`
// (bench/startup.mjs). Two things cost most: loading packages through Node's resolver (commander
// even through the CommonJS loader), and loading many small ES modules (each file is resolved,
// read, compiled and linked on its own, about 1-1.5 ms each here). So:
//   1. commander and chalk are bundled; every other dependency stays external and is only ever
//      imported lazily (the prompt library, zod, yaml, csv, cli-progress).
//   2. The CLI is built with code splitting, so lazy parts (wizard, policy files, batch, faq…)
//      become chunks loaded on demand. esbuild then puts every module the start-up path shares
//      with a lazy part into its own small chunk; a second pass inlines all the chunks that
//      dist/cli.js loads statically into dist/cli.js itself, and turns each of those chunk files
//      into a one-line stub re-exporting the same bindings from dist/cli.js, so lazy chunks still
//      share one instance of every module (error classes stay `instanceof`-compatible).
//   3. The API (dist/index.js) and the policy compiler are built separately, so importing the API
//      never loads the CLI.
//   4. Last, the CLI's files are rewritten as CommonJS (dist/cli.cjs, dist/chunks/cli-*.cjs;
//      scripts/commonjs.mjs): Node starts a CommonJS entry sooner than an ES module. The steps
//      above still speak of dist/cli.js, the name the file has until then.
// dist/meta.json records which sources each file holds (test/cli/calc-bin.test.ts reads it).
import { build, transform } from 'esbuild';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { cjsName, cliToCommonJs } from './commonjs.mjs';

// minisearch and chinese-parseint2 (faq, ask) are small and only ever in lazy chunks: bundled, they cost no package
// resolution when `faq` starts.
const BUNDLED = ['commander', 'chalk', 'minisearch', 'chinese-parseint2'];
// commander is CommonJS: its require() of node built-ins needs a real require in an ES module.
const REQUIRE_SHIM = "import { createRequire as __yibaoRequire } from 'node:module'; const require = __yibaoRequire(import.meta.url);";

const COMPACT = { minifyWhitespace: true, minifySyntax: true, legalComments: 'inline' };

function common(root, outdir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    absWorkingDir: root,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: Object.keys(pkg.dependencies ?? {}).filter((d) => !BUNDLED.includes(d)),
    banner: { js: REQUIRE_SHIM },
    plugins: [compactLibraries()],
    sourcemap: false,
    logLevel: 'warning',
    metafile: true,
    ...COMPACT,
  };
}

/** The API and the policy compiler: dist/index.js, dist/compile-policies.js, dist/chunks/chunk-*.js. */
export async function bundleApi(root, outdir) {
  await build({
    ...common(root, outdir),
    entryPoints: { index: 'src/index.ts', 'compile-policies': 'src/policy/compile.ts' },
    chunkNames: 'chunks/chunk-[hash]',
  });
}

/** The CLI: dist/cli.js (the whole start-up path in one file) and dist/chunks/cli-*.js (lazy parts). */
export async function bundleCli(root, outdir) {
  const first = await build({ ...common(root, outdir), entryPoints: { cli: 'src/cli/main.ts' }, chunkNames: 'chunks/cli-[hash]' });
  const outputs = first.metafile.outputs;
  const abs = (p) => resolve(root, p);
  const entry = Object.keys(outputs).find((k) => abs(k) === join(outdir, 'cli.js'));

  // The files dist/cli.js loads before it runs anything.
  const eager = new Set();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop();
    if (eager.has(file)) continue;
    eager.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && !imp.external) stack.push(imp.path);
  }
  const chunks = [...eager].filter((f) => f !== entry);

  // Second pass: one module that runs the CLI and re-exports every binding the lazy chunks import
  // from the eager chunks, under names unique to the chunk.
  const split = join(outdir, 'cli-split.js');
  renameSync(abs(entry), split);
  const alias = (i, name) => `__yibao${i}_${name}`;
  const lines = chunks.map((c, i) => {
    const names = outputs[c].exports;
    const spec = `./${relative(outdir, abs(c))}`;
    return names.length === 0 ? `import ${JSON.stringify(spec)};` : `export { ${names.map((n) => `${n} as ${alias(i, n)}`).join(', ')} } from ${JSON.stringify(spec)};`;
  });
  const second = await build({
    absWorkingDir: root,
    stdin: { contents: [...lines, "import './cli-split.js';"].join('\n'), resolveDir: outdir, sourcefile: 'cli-entry.js', loader: 'js' },
    outfile: join(outdir, 'cli.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    ...COMPACT,
    logLevel: 'warning',
    metafile: true,
    plugins: [lazyChunksStayExternal(outdir)],
  });
  rmSync(split);

  // Each eager chunk becomes a stub: the same exports, now bound to dist/cli.js.
  chunks.forEach((c, i) => {
    const file = abs(c);
    const back = `./${relative(dirname(file), join(outdir, 'cli.js'))}`;
    const names = outputs[c].exports;
    const body = names.length === 0 ? `import ${JSON.stringify(back)};` : `export { ${names.map((n) => `${alias(i, n)} as ${n}`).join(', ')} } from ${JSON.stringify(back)};`;
    writeFileSync(file, `// Bundled into dist/cli.js (see scripts/bundle.mjs); re-exported for the lazy chunks.\n${body}\n`);
  });

  // Each lazy chunk then imports those bindings from dist/cli.js itself rather than through the
  // stubs: one module already loaded instead of a dozen small files to load when `faq` starts.
  const aliases = new Map(chunks.map((c, i) => [relative(outdir, abs(c)), i]));
  for (const file of Object.keys(outputs).filter((f) => f !== entry && !chunks.includes(f) && f.endsWith('.js'))) {
    const path = abs(file);
    const code = readFileSync(path, 'utf8');
    const back = `./${relative(dirname(path), join(outdir, 'cli.js'))}`;
    const rewritten = code
      .replace(/import\s*\{([^}]*)\}\s*from\s*"(\.\/[^"]+)";/g, (m, names, spec) => {
        const i = aliases.get(relative(outdir, resolve(dirname(path), spec)));
        if (i === undefined) return m;
        const bound = names
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
          .map((n) => {
            const [name, as = name] = n.split(/\s+as\s+/);
            return `${alias(i, name)} as ${as}`;
          });
        return `import { ${bound.join(', ')} } from ${JSON.stringify(back)};`;
      })
      .replace(/import\s*"(\.\/[^"]+)";/g, (m, spec) => (aliases.has(relative(outdir, resolve(dirname(path), spec))) ? `import ${JSON.stringify(back)};` : m));
    if (rewritten !== code) writeFileSync(path, rewritten);
  }

  // Last, every file of the CLI as CommonJS (scripts/commonjs.mjs says why).
  const files = ['cli.js', ...Object.keys(outputs).filter((f) => f !== entry && f.endsWith('.js')).map((f) => relative(outdir, abs(f)))];
  cliToCommonJs(outdir, files, REQUIRE_SHIM);
  return startupMeta(root, outdir, outputs, entry, chunks, second.metafile);
}

// The search libraries faq and ask bundle are written for reading (minisearch is mostly JSDoc):
// their whitespace and comments go, so the chunk that `faq` compiles at start-up is a third the size.
const COMPACTED = /[\\/]node_modules[\\/](minisearch|chinese-parseint2)[\\/].*\.m?js$/;

function compactLibraries() {
  return {
    name: 'compact-libraries',
    setup(b) {
      b.onLoad({ filter: COMPACTED }, async (args) => {
        const { code } = await transform(readFileSync(args.path, 'utf8'), { loader: 'js', minifyWhitespace: true, legalComments: 'inline' });
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/** In the second pass, a dynamic import stays a separate file, its path rewritten for dist/cli.js. */
function lazyChunksStayExternal(outdir) {
  return {
    name: 'lazy-chunks-stay-external',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== 'dynamic-import' || !args.path.startsWith('.')) return undefined;
        const target = resolve(args.resolveDir, args.path);
        return { path: `./${relative(outdir, target)}`, external: true };
      });
    },
  };
}

/** meta.json: for each file in dist, the sources it holds and what it imports (static or dynamic). */
function startupMeta(root, outdir, outputs, entry, chunks, second) {
  const key = (p) => relative(root, resolve(root, p));
  const meta = { outputs: {} };
  for (const [file, out] of Object.entries(outputs)) {
    if (file === entry || chunks.includes(file)) continue;
    meta.outputs[key(file)] = { imports: out.imports, inputs: out.inputs };
  }
  const merged = [entry, ...chunks];
  const cli = Object.values(second.outputs)[0];
  meta.outputs[key(join(outdir, 'cli.js'))] = {
    imports: cli.imports.map((i) => (i.external && i.path.startsWith('./') ? { ...i, path: key(join(outdir, i.path)), external: false } : i)),
    inputs: Object.assign({}, ...merged.map((f) => outputs[f].inputs)),
  };
  for (const c of chunks) meta.outputs[key(c)] = { imports: [{ path: key(join(outdir, 'cli.js')), kind: 'import-statement' }], inputs: {} };
  // under the names the CommonJS rewrite gave the files
  const renamed = { outputs: {} };
  for (const [file, out] of Object.entries(meta.outputs)) {
    renamed.outputs[cjsName(file)] = { ...out, imports: out.imports.map((i) => (i.external ? i : { ...i, path: cjsName(i.path) })) };
  }
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(renamed));
  return renamed;
}
