// Issue 13, row 7: `policy validate /proc/self/pagemap` read 7.5 GB and never ended: the size
// check trusted stat, and /proc files claim sizes they do not have (or 0 for files that go on).
// Now a policy file is read 1 MiB + 1 byte at most, whatever stat says: exit 2 within seconds.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAtMost } from '../../src/policy/load.js';
import { MAX_POLICY_BYTES } from '../../src/policy/errors.js';
import { built, run, yibao } from './helpers.js';

const PAGEMAP = '/proc/self/pagemap';

describe.skipIf(!existsSync(PAGEMAP))('a policy file whose size stat does not tell', () => {
  it('readAtMost stops at the limit: 1 MiB of /proc/self/pagemap, and a probe of 1 byte says there is more', async () => {
    const { bytes, more } = await readAtMost(PAGEMAP, MAX_POLICY_BYTES);
    expect(bytes.length).toBe(MAX_POLICY_BYTES);
    expect(more).toBe(true);
    const short = await readAtMost('/proc/self/stat', MAX_POLICY_BYTES); // stat says 0 bytes; it has a line
    expect(short.more).toBe(false);
    expect(short.bytes.toString()).toMatch(/^\d+ \(/);
  });

  it('policy validate, policy show and calc --policy: exit 2, "file too large", in seconds', async () => {
    for (const args of [['policy', 'validate', PAGEMAP], ['policy', 'show', PAGEMAP], ['calc', '--policy', PAGEMAP, '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '100']]) {
      const started = performance.now();
      const r = await yibao([...args, '--lang', 'en']);
      expect(r.code).toBe(2);
      const prefix = args[1] === 'validate' ? '' : 'yibao: ';
      expect(r.stderr.split('\n')[0]).toBe(`${prefix}${PAGEMAP}: file too large (> 1048576 bytes, limit 1 MiB); not a policy file.`);
      expect(performance.now() - started).toBeLessThan(10_000); // generous: it takes milliseconds
    }
  });

  it.skipIf(!built)('the built CLI, with a 64 MB heap (7.5 GB would never fit)', async () => {
    const r = await run(['policy', 'validate', PAGEMAP, '/proc/self/environ', '--lang', 'en'], { nodeArgs: ['--max-old-space-size=64'], killAfterMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`${PAGEMAP}: file too large (> 1048576 bytes, limit 1 MiB); not a policy file.`);
    expect(r.ms).toBeLessThan(20_000);
  });
});
