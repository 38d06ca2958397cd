// runCli (src/cli/run.ts), the path main.ts and every in-process test take: exit codes and the
// language of the error message. Expected texts are those of src/cli/errors.ts callers, by hand.
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';
import { EXAMPLE } from './calc-helpers.js';

describe('runCli', () => {
  it('an invalid --lang value falls back to YIBAO_LANG=en for the message, exit 2', async () => {
    const r = await runYibao([...EXAMPLE, '--lang', 'fr'], { env: { YIBAO_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('yibao: --lang must be zh or en, not "fr".\n');
  });

  it('an invalid --lang value without YIBAO_LANG gives the zh message', async () => {
    const r = await runYibao(['policy', 'show', 'suizhou', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('yibao: --lang 只能是 zh 或 en,而不是“fr”。\n');
  });

  it('the last valid --lang counts, as in commander, over YIBAO_LANG', async () => {
    const r = await runYibao([...EXAMPLE, '--city', 'nowhere', '--lang', 'zh', '--lang=en'], { env: { YIBAO_LANG: 'zh' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^yibao: unknown city "nowhere"/);
  });

  it('--version exits 0; an unknown option exits 2', async () => {
    expect((await runYibao(['--version'])).code).toBe(0);
    expect((await runYibao(['--no-such-flag'])).code).toBe(2);
  });
});
