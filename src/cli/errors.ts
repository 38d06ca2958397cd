// Errors the CLI turns into exit codes (contract "Exit codes"): run.ts maps them, and main.ts,
// the only module that touches process.exitCode, sets the result.
import { PolicyError } from '../engine/types.js';
import { UsageError, type Lang } from '../errors.js';

// UsageError and Lang live below both the CLI and batch (src/errors.ts); re-exported for the CLI.
export { UsageError, type Lang };

/** The user pressed Ctrl-C at a prompt (exit 130). */
export class CancelledError extends Error {
  readonly exitCode = 130;
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** A command finished but wants a non-zero exit (batch/check with bad rows: exit 1). */
export class ExitCode extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitCode';
  }
}

export interface ErrorReport {
  exitCode: number;
  code: string;
  message: string;
}

/** Maps any thrown value to an exit code and a message in the user's language; never a stack trace. */
export function reportError(error: unknown, lang: Lang): ErrorReport {
  if (error instanceof UsageError) return { exitCode: 2, code: error.code, message: error.messages[lang] };
  if (error instanceof PolicyError) return { exitCode: error.exitCode, code: error.code, message: error.messages[lang] };
  if (error instanceof CancelledError) return { exitCode: 130, code: 'cancelled', message: lang === 'zh' ? '已取消。' : 'Cancelled.' };
  if (error instanceof ExitCode) return { exitCode: error.exitCode, code: 'exit', message: '' };
  if (isCodedError(error)) return { exitCode: error.exitCode, code: error.code, message: error.messages[lang] };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    exitCode: 70,
    code: 'internal',
    message:
      lang === 'zh'
        ? `yibao 内部错误(这是程序缺陷,请报告):${detail}`
        : `yibao internal error (a bug, please report it): ${detail}`,
  };
}

/** Any error from a lower layer that carries its own exit code and both languages (e.g. policy file errors). */
interface CodedError {
  exitCode: number;
  code: string;
  messages: { zh: string; en: string };
}

function isCodedError(error: unknown): error is CodedError {
  const e = error as Partial<CodedError> | null;
  return typeof e === 'object' && e !== null && typeof e.exitCode === 'number' && typeof e.messages?.zh === 'string';
}
