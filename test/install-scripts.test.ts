// Issue 20: `npm ci` printed four lines about esbuild's install script "not covered by
// allowScripts", and a newcomer could not tell whether it mattered. package.json's allowScripts
// (npm 11) settles every dependency that has an install script: esbuild's is denied, because the
// binary comes in its platform package (@esbuild/linux-x64, an optional dependency) and its
// postinstall only checks or re-fetches it. A dependency that adds an install script fails here
// until someone decides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('install scripts', () => {
  it('every locked package with an install script has an allowScripts entry', () => {
    const lock = read('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const allow = (read('package.json').allowScripts ?? {}) as Record<string, boolean>;
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts).toContain('esbuild');
    for (const name of withScripts) expect(Object.keys(allow).some((k) => k === name || k.startsWith(`${name}@`)), name).toBe(true);
  });

  it('esbuild runs without its postinstall: its binary is the platform package', () => {
    const lock = read('package-lock.json') as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).some((p) => p.startsWith('node_modules/@esbuild/'))).toBe(true);
  });
});
