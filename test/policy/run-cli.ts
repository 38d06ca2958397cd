// Runs the yibao program in-process as src/cli/main.ts does (test/helpers/cli.ts), with captured
// stdout and stderr; plus a check that a value is printed with its quote.
import { runYibao, type CliRun } from '../helpers/cli.js';

export function runCli(args: string[]): Promise<CliRun> {
  return runYibao(args);
}

/** Asserts that `valueLine` is printed and the next line is its quote, verbatim. */
export function expectQuoted(out: string, valueLine: string, quote: string, lang: 'zh' | 'en' = 'zh'): void {
  const lines = out.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l, i) => l === valueLine && lines[i + 1] === (lang === 'zh' ? `原文[1]:“${quote}”` : `Quote[1]: “${quote}”`));
  if (at < 0) throw new Error(`"${valueLine}" followed by the quote "${quote}" not found in:\n${out}`);
}
