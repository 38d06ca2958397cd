// What an error message needs before commander has finished parsing: the language and whether
// JSON was asked for, read from the raw arguments (an error may come before the action runs).
import type { Command } from 'commander';
import type { Lang } from '../errors.js';

/** The arguments as typed: commander keeps them on the root program. */
export function typedArgs(cmd: Command): string[] {
  let root = cmd;
  while (root.parent) root = root.parent;
  return (root as unknown as { rawArgs?: string[] }).rawArgs ?? [];
}

function valueOf(args: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === flag) value = args[i + 1];
    else if (a.startsWith(`${flag}=`)) value = a.slice(flag.length + 1);
  }
  return value;
}

/** --lang (the last one, as commander takes it) if it is zh or en, else YIBAO_LANG=en, else zh. */
export function langOf(args: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const v = valueOf(args, '--lang');
  if (v === 'zh' || v === 'en') return v;
  return env.YIBAO_LANG === 'en' ? 'en' : 'zh';
}

export function wantsJson(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  const head = end < 0 ? args : args.slice(0, end);
  return head.includes('--json') || valueOf(head, '--format')?.trim().toLowerCase() === 'json';
}
