// Errors that more than one layer throws (batch, the CLI, claim front ends): kept below all of
// them, so that src/batch/ is a library that never imports from src/cli/. The CLI maps them to
// exit codes (src/cli/errors.ts reportError).
import type { Text } from './domain.js';

export type Lang = 'zh' | 'en';

/** A usage or input error: bad flag or value, unknown city, unreadable or invalid file (exit 2). */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly messages: Text,
    readonly code = 'usage',
  ) {
    super(messages.en);
    this.name = 'UsageError';
  }
}
