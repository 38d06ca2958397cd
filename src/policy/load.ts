// Loads a policy file given by path (`--policy`, `policy validate`, `policy show <file>`), safely:
// a missing file, a directory or device, a file over 1 MiB (by stat, and by reading at most
// 1 MiB + 1 byte whatever stat says: /proc files lie), binary content (NUL bytes, invalid
// UTF-8) are refused with a clear message (exit 2) before parsing.
// yaml and zod are imported dynamically (parse.ts), so importing this module is cheap.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { LoadedPolicy } from './bundled.js';
import { dirname, isAbsolute, join } from 'node:path';
import { MAX_POLICY_BYTES, PolicyFileError, invalidPolicy } from './errors.js';
import type { PolicyDocument } from './parse.js';
import { excerpt } from '../excerpt.js';
import type { Policy } from './schema.js';

export { PolicyFileError, formatIssue, type PolicyIssue } from './errors.js';
export type { LoadedPolicy } from './bundled.js';

export interface LoadOptions {
  /** The id the file must have (a policy directory's <id>.yaml). */
  expectId?: string;
  /** Source `file:` paths are relative to the policy file's directory (a policy directory). */
  sourcesBeside?: boolean;
}

/** Reads, checks and validates a policy YAML file (merged onto the bundled policy it `extends:`); throws PolicyFileError (exit 2). */
export async function loadPolicyFile(path: string, options: LoadOptions = {}): Promise<LoadedPolicy> {
  const bytes = await readPolicyBytes(path);
  const text = decodeUtf8(bytes, path);
  // yaml and zod load on first use
  const { readPolicyDocument, extendsOf, validatePolicyDocument } = await import('./parse.js');
  const parsed = readPolicyDocument(text, path);
  const named = extendsOf(parsed);
  const base = named === undefined ? undefined : await baseOf(parsed, named);
  const policy = validatePolicyDocument(parsed, { base: base?.policy, expectId: options.expectId });
  if (options.sourcesBeside) resolveSources(policy, path, base?.policy);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (!base) return { policy, sha256, file: path };
  // the rules computed come from both files: the hash covers both
  return { policy, sha256: createHash('sha256').update(`${base.sha256}\n${sha256}`).digest('hex'), file: path, extends: base.policy.id };
}

/** The bundled policy an `extends:` names; anything else is an issue at the `extends:` line. */
async function baseOf(parsed: PolicyDocument, named: unknown): Promise<LoadedPolicy> {
  const { issueAtPath } = await import('./parse.js');
  const { bundledPolicyIds, loadBundledPolicy } = await import('./bundled.js');
  const ids = bundledPolicyIds();
  if (typeof named === 'string' && ids.includes(named)) return loadBundledPolicy(named);
  const shown = excerpt(typeof named === 'string' ? named : (JSON.stringify(named) ?? String(named)));
  throw invalidPolicy(parsed.file, [
    issueAtPath(parsed, ['extends'], {
      zh: `extends 只能写内置政策的 id(${ids.join(', ')}),不能是“${shown}”`,
      en: `extends names a bundled policy by its id (${ids.join(', ')}), not "${shown}"`,
    }),
  ]);
}

/** A directory policy's own sources (not those taken from the bundled policy) are files beside it. */
function resolveSources(policy: Policy, path: string, base: Policy | undefined): void {
  for (const [key, source] of Object.entries(policy.sources)) {
    if (base && Object.hasOwn(base.sources, key)) continue;
    if (!isAbsolute(source.file)) source.file = join(dirname(path), source.file);
  }
}

async function readPolicyBytes(path: string): Promise<Buffer> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error.code === 'ENOENT' || error.code === 'ENOTDIR' ? 'file_not_found' : 'unreadable', error.code);
  });
  if (info.isDirectory()) throw fileError(path, 'not_a_file');
  if (!info.isFile()) throw fileError(path, 'not_a_file');
  if (info.size > MAX_POLICY_BYTES) throw fileError(path, 'file_too_large', String(info.size));
  const { bytes, more } = await readAtMost(path, MAX_POLICY_BYTES).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, 'unreadable', error.code);
  });
  if (more) throw fileError(path, 'file_too_large', `> ${MAX_POLICY_BYTES}`);
  return bytes;
}

/**
 * The first `limit` bytes of a file (fewer when it is shorter), never more, whatever its size
 * claims, then whether anything follows: `more` is true when one more byte could be read (or
 * the file refused a read of one byte past them, as /proc/self/pagemap does: it is not done).
 */
export async function readAtMost(path: string, limit: number): Promise<{ bytes: Buffer; more: boolean }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let filled = 0;
    while (filled < limit) {
      // 64 KiB reads: files in /proc refuse reads that are not whole records (8 bytes for pagemap)
      const { bytesRead } = await handle.read(buffer, filled, Math.min(64 * 1024, limit - filled), null);
      if (bytesRead === 0) return { bytes: buffer.subarray(0, filled), more: false };
      filled += bytesRead;
    }
    const probe = await handle.read(Buffer.alloc(1), 0, 1, null).catch(() => ({ bytesRead: 1 }));
    return { bytes: buffer, more: probe.bytesRead > 0 };
  } finally {
    await handle.close();
  }
}

/** Text of a UTF-8 file (BOM allowed); NUL bytes or invalid UTF-8 mean it is not a policy file. */
function decodeUtf8(bytes: Buffer, path: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw binary(path, bytes, nul, 'a NUL byte');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary(path, bytes, firstInvalidUtf8(bytes), 'invalid UTF-8');
  }
}

function binary(path: string, bytes: Buffer, offset: number, what: string): PolicyFileError {
  const before = bytes.subarray(0, offset);
  const line = before.filter((b) => b === 0x0a).length + 1;
  const col = offset - (before.lastIndexOf(0x0a) + 1) + 1;
  return new PolicyFileError(
    'binary_file',
    {
      zh: `${path}:${line}:${col}: 二进制文件(${what === 'a NUL byte' ? '含 NUL 字节' : '不是有效的 UTF-8'}),不是政策文件。`,
      en: `${path}:${line}:${col}: binary file (${what}), not a policy file.`,
    },
    [{ file: path, line, col, message: `binary file (${what}), not a policy file` }],
  );
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Bisect on the longest prefix that decodes (streaming, so a character cut in half is not an error).
  const ok = (n: number, stream = true) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  // Point at the start of the broken character, not at its first bad continuation byte.
  if (!ok(lo, false)) {
    while (lo > 0 && (bytes[lo - 1]! & 0xc0) === 0x80) lo--;
    if (lo > 0 && bytes[lo - 1]! >= 0xc0) lo--;
  }
  return lo;
}

function fileError(typed: string, code: 'file_not_found' | 'not_a_file' | 'file_too_large' | 'unreadable', detail?: string): PolicyFileError {
  const limit = `${MAX_POLICY_BYTES / 1024 / 1024} MiB`;
  // the path as typed may be anything (even a file's content): one line of it, long enough for real paths
  const path = excerpt(typed, 200);
  const text = {
    file_not_found: { zh: `${path}: 文件不存在。`, en: `${path}: no such file.` },
    not_a_file: { zh: `${path}: 不是普通文件(是目录或设备)。`, en: `${path}: not a regular file (a directory or device).` },
    file_too_large: { zh: `${path}: 文件过大(${detail} 字节,上限 ${limit}),不是政策文件。`, en: `${path}: file too large (${detail} bytes, limit ${limit}); not a policy file.` },
    unreadable: { zh: `${path}: 无法读取(${detail})。`, en: `${path}: cannot read the file (${detail}).` },
  }[code];
  return new PolicyFileError(code, text, [{ file: path, line: 1, col: 1, message: text.en.slice(path.length + 2) }]);
}
