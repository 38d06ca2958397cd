// Every bundled policy loads from source (YAML, validated), and an unknown id is exit 2.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPolicyIds, loadBundledPolicy } from '../../src/policy/bundled.js';

describe('bundled policies', () => {
  it('include suizhou', () => {
    expect(bundledPolicyIds()).toContain('suizhou');
  });

  for (const id of bundledPolicyIds()) {
    it(`${id} loads and validates, with the sha256 of its YAML bytes`, async () => {
      const loaded = await loadBundledPolicy(id);
      expect(loaded.policy.id).toBe(id);
      expect(loaded.file).toBe(`policies/${id}.yaml`);
      const bytes = readFileSync(new URL(`../../policies/${id}.yaml`, import.meta.url));
      expect(loaded.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    });
  }

  it('refuses an unknown id with exit 2, listing the known ids in both languages', async () => {
    const error = await loadBundledPolicy('wuhan').catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2, code: 'unknown_city' });
    const { messages } = error as { messages: { zh: string; en: string } };
    expect(messages.en).toContain('wuhan');
    expect(messages.en).toContain('suizhou');
    expect(messages.zh).toContain('suizhou');
  });
});
