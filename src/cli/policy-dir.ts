// --policy-dir <dir> (or YIBAO_POLICY_DIR): the policy directory of this run, opened before any
// command's action (program.ts) so that every command sees its cities. Read from the arguments as
// typed, like --lang: the flag may come before the command or after it.
import type { Io } from './io.js';
import { usePolicyDirectory } from '../policy/registry.js';

/** The directory asked for: the last --policy-dir, else YIBAO_POLICY_DIR (when not empty), else none. */
export function policyDirOf(args: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '--policy-dir') value = args[i + 1] ?? '';
    else if (a.startsWith('--policy-dir=')) value = a.slice('--policy-dir='.length);
  }
  if (value !== undefined) return value;
  const env_ = env.YIBAO_POLICY_DIR;
  return env_ === undefined || env_ === '' ? undefined : env_;
}

/** Opens the directory asked for (every file validated) and makes it the run's; throws PolicyFileError (exit 2). */
export async function openPolicyDir(args: readonly string[], io: Io): Promise<void> {
  const dir = policyDirOf(args, io.env);
  if (dir === undefined) return usePolicyDirectory(undefined);
  const { loadPolicyDirectory } = await import('../policy/directory.js');
  usePolicyDirectory(await loadPolicyDirectory(dir));
}
