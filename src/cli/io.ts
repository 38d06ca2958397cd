// The CLI's window on the world: streams, terminal flags and environment, passed in so that
// tests can run every command in-process with captured output. Also the one place that watches
// stdout and stderr for write errors (a closed pipe, a full disk), so that none of them ever
// reaches Node's default handler and its stack trace.
import type { Readable } from 'node:stream';
import type { Lang } from './errors.js';
import { stdoutWasClosed } from '../io/closed-stdout.js';

type ErrorListener = (error: Error) => void;

export interface Out {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** A terminal's width in columns. */
  columns?: number;
  /** Real streams report write errors as 'error' events. */
  on?(event: 'error', listener: ErrorListener): unknown;
}

export interface Io {
  stdout: Out;
  stderr: Out;
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Today's date as YYYY-MM-DD (the default for --date). */
  today(): string;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    today: () => localDate(new Date()),
  };
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The failure code of writes to a stdout the shell closed (they raise no error of their own). */
const CLOSED_BY_SHELL = 'closed_by_shell';

export interface OutputFailure {
  stream: 'stdout' | 'stderr';
  code: string;
}

const REASONS: Record<string, { zh: string; en: string }> = {
  ENOSPC: { zh: '磁盘已满', en: 'no space left on device' },
  EDQUOT: { zh: '超出磁盘配额', en: 'disk quota exceeded' },
  EFBIG: { zh: '文件过大', en: 'file too large' },
  EBADF: { zh: '输出已关闭', en: 'the output is closed' },
  EIO: { zh: '输入输出错误', en: 'input/output error' },
};

/**
 * Watches stdout and stderr for the whole run. The first write error is kept; `exitCode` then
 * turns it into the run's exit code: a closed pipe (EPIPE, `yibao … | head`) means the reader
 * went away on purpose, so exit 0 quietly; any other failure means the output is incomplete,
 * so one line on stderr (if stderr still works) and exit 2, never a claim of success.
 */
export class OutputGuard {
  failure: OutputFailure | undefined;
  /** Called for a failure that arrives after `exitCode` was taken (a late asynchronous write). */
  onLateFailure: ((exitCode: number) => void) | undefined;
  private lang: Lang | undefined;

  constructor(private readonly io: Pick<Io, 'stdout' | 'stderr'>) {
    for (const stream of ['stdout', 'stderr'] as const) io[stream].on?.('error', (error) => this.record(stream, error));
    if (io.stdout === process.stdout && stdoutWasClosed()) this.watchClosedStdout(process.stdout);
  }

  /**
   * stdout closed by the shell (`>&-`): writes vanish into /dev/null without an error, so the
   * first one is recorded as the failure it is (EBADF): the run does not exit 0 with its answer gone.
   */
  private watchClosedStdout(stdout: NodeJS.WriteStream): void {
    const write = stdout.write;
    stdout.write = ((...args: Parameters<typeof write>) => {
      if (args[0] !== '' && (args[0] as { length?: number }).length !== 0) this.record('stdout', Object.assign(new Error('stdout closed'), { code: CLOSED_BY_SHELL }));
      return write.apply(stdout, args);
    }) as typeof write;
  }

  private record(stream: OutputFailure['stream'], error: Error): void {
    if (this.failure) return;
    this.failure = { stream, code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
    if (this.lang) this.onLateFailure?.(this.report(this.failure, this.lang));
  }

  /** Once pending write errors are in: the exit code a write failure imposes, else undefined. */
  async settle(lang: Lang): Promise<number | undefined> {
    // Errors of the last writes are emitted on the next turns of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    this.lang = lang;
    return this.failure ? this.report(this.failure, lang) : undefined;
  }

  private report(f: OutputFailure, lang: Lang): number {
    if (f.code === 'EPIPE') return 0;
    if (f.stream === 'stdout') {
      try {
        this.io.stderr.write(`yibao: ${outputFailureMessage(f, lang)}\n`);
      } catch {
        // stderr is gone too: the exit code alone has to tell
      }
    }
    return 2;
  }
}

function outputFailureMessage(f: OutputFailure, lang: Lang): string {
  if (f.code === CLOSED_BY_SHELL) {
    return lang === 'zh' ? '标准输出已关闭(>&-),结果无处可写;请重定向到文件(> 文件名)。' : 'standard output is closed (>&-), so the answer went nowhere; redirect it to a file (> FILE).';
  }
  const reason = REASONS[f.code];
  if (lang === 'zh') {
    const name = f.stream === 'stdout' ? '标准输出' : '标准错误';
    return `无法写入${name}(${f.code}${reason ? `:${reason.zh}` : ''}),输出不完整。`;
  }
  const name = f.stream === 'stdout' ? 'standard output' : 'standard error';
  return `cannot write to ${name} (${f.code}${reason ? `: ${reason.en}` : ''}); the output is incomplete.`;
}

/** A terminal that cannot move the cursor (TERM=dumb): prompts and the desk draw plain lines. */
export const dumbTerminal = (env: NodeJS.ProcessEnv): boolean => env.TERM === 'dumb';
