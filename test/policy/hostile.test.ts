// Hostile and broken files are refused quickly, with a clear message and exit 2: alias bombs,
// oversized files, custom tags, binary content, directories, missing files, YAML syntax errors.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile, type PolicyFileError } from '../../src/policy/load.js';
import { issuesOf, policyText, positionOf, replaceOnce } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'yibao-hostile-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const failure = (path: string) => loadPolicyFile(path).then(() => undefined, (e: unknown) => e as PolicyFileError);

describe('hostile policy files', () => {
  it('refuses an alias bomb quickly, at the first alias', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const text = lines.join('\n') + '\n';
    const started = performance.now();
    const issues = issuesOf(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, col: 8 });
    expect(issues[0]!.message).toContain('alias bomb');
  });

  it('refuses a file over 1 MiB before reading it', async () => {
    const path = write('big.yaml', Buffer.alloc(2 * 1024 * 1024, '#'));
    const error = await failure(path);
    expect(error).toMatchObject({ exitCode: 2, code: 'file_too_large' });
    expect(error!.messages.en).toContain('too large');
    expect(error!.messages.zh).toContain('文件过大');
  });

  it('refuses a custom tag !foo, at the tag', () => {
    const text = replaceOnce(policyText('suizhou'), 'id: suizhou\n', 'id: !foo suizhou\n');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject(positionOf(text, '!foo'));
    expect(issues[0]!.message).toContain('custom tag');
  });

  it('refuses !!js/function, at the tag', () => {
    const text = replaceOnce(policyText('suizhou'), 'id: suizhou\n', 'id: suizhou\nx: !!js/function "function () { return 1 }"\n');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject(positionOf(text, '!!js/function'));
    expect(issues[0]!.message).toContain('custom tag');
  });

  it('refuses a binary file (NUL byte), at the byte', async () => {
    const path = write('nul.yaml', Buffer.concat([Buffer.from('schema: yibao.policy/1\nid: a'), Buffer.from([0]), Buffer.from('b\n')]));
    const error = await failure(path);
    expect(error).toMatchObject({ exitCode: 2, code: 'binary_file' });
    expect(error!.issues[0]).toMatchObject({ file: path, line: 2, col: 6 });
  });

  it('refuses invalid UTF-8, at the first bad byte', async () => {
    // "名称" in GBK is not UTF-8: the first bad byte is the 0xC3 on line 3, column 7.
    const path = write('gbk.yaml', Buffer.concat([Buffer.from('schema: yibao.policy/1\nid: a\nname: '), Buffer.from([0xc3, 0xfb, 0xb3, 0xc6]), Buffer.from('\n')]));
    const error = await failure(path);
    expect(error).toMatchObject({ exitCode: 2, code: 'binary_file' });
    expect(error!.issues[0]).toMatchObject({ line: 3, col: 7 });
  });

  it('refuses a directory', async () => {
    const path = join(dir, 'a-directory.yaml');
    mkdirSync(path);
    expect(await failure(path)).toMatchObject({ exitCode: 2, code: 'not_a_file' });
  });

  it('refuses a missing file, naming it', async () => {
    const path = join(dir, 'nowhere.yaml');
    const error = await failure(path);
    expect(error).toMatchObject({ exitCode: 2, code: 'file_not_found' });
    expect(error!.messages.zh).toContain(path);
  });

  it('reports a YAML syntax error at its position', () => {
    const text = 'schema: yibao.policy/1\nid: [unclosed\nname: x\n';
    const issues = issuesOf(text);
    expect(issues.length).toBeGreaterThanOrEqual(1);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(2);
    expect(issues[0]!.message).toMatch(/^YAML: /);
  });

  it('reports a duplicate key at the second one', () => {
    const text = replaceOnce(policyText('suizhou'), 'id: suizhou\n', 'id: suizhou\nid: suizhou\n');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(positionOf(text, 'id: suizhou').line + 1);
  });

  it('refuses absurd nesting quickly', () => {
    const text = `schema: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const started = performance.now();
    const issues = issuesOf(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issues[0]!.message).toContain('nested too deeply');
  });

  it('refuses nesting deeper than 64 levels, at the node that goes too deep', () => {
    const text = `schema: ${'['.repeat(100)}${']'.repeat(100)}\n`;
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('more than 64 levels');
    expect(issues[0]!.line).toBe(1);
  });

  it('loads a valid file given by path, with its sha256', async () => {
    const path = write('copy.yaml', policyText('suizhou'));
    const loaded = await loadPolicyFile(path);
    expect(loaded.file).toBe(path);
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.policy.id).toBe('suizhou');
  });
});
