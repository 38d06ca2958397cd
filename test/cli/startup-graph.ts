// The modules `node dist/cli.cjs` loads before it runs a command: the static-import closure of
// dist/cli.cjs in esbuild's metafile (dist/meta.json, written by scripts/build.mjs).
import { readFileSync } from 'node:fs';

interface Meta {
  outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }>;
}

export interface StartupGraph {
  /** Output files loaded at start-up (dist/…). */
  files: string[];
  /** Source modules bundled into them (src/…, node_modules/…). */
  inputs: string[];
  /** Packages imported from node_modules at start-up (not bundled). */
  externals: string[];
}

export function startupGraph(metaFile: string): StartupGraph {
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
  const entry = Object.keys(meta.outputs).find((k) => /(^|\/)cli\.cjs$/.test(k));
  if (!entry) throw new Error(`no cli.cjs in ${metaFile}`);
  const files = new Set<string>();
  const externals = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const imp of meta.outputs[file]!.imports) {
      if (imp.kind !== 'import-statement') continue; // dynamic import() is lazy
      if (imp.external) externals.add(imp.path);
      else stack.push(imp.path);
    }
  }
  const inputs = [...files].flatMap((f) => Object.keys(meta.outputs[f]!.inputs));
  return { files: [...files], inputs, externals: [...externals] };
}
