// Errors of policy loading and validation. No dependencies, so the fast path (bundled.ts)
// can throw them without loading yaml or zod. The CLI maps {exitCode, code, messages} to exit 2.
import { safeLine } from '../safe-text.js';

/** Policy files larger than this are refused before reading (policies are ~20 KiB). */
export const MAX_POLICY_BYTES = 1024 * 1024;

/** One problem in a policy file, with its 1-based position in the YAML text. */
export interface PolicyIssue {
  file: string;
  line: number;
  col: number;
  /** The message in English (as `messages.en`). */
  message: string;
  messages?: { zh: string; en: string };
}

export type PolicyErrorCode =
  | 'unknown_city'
  | 'file_not_found'
  | 'not_a_file'
  | 'file_too_large'
  | 'unreadable'
  | 'binary_file'
  | 'yaml_syntax'
  | 'invalid_policy'
  | 'bad_policy_dir';

/** A policy file that cannot be read or is invalid (exit 2); `issues` lists every problem. */
export class PolicyFileError extends Error {
  readonly exitCode = 2;
  constructor(
    readonly code: PolicyErrorCode,
    readonly messages: { zh: string; en: string },
    readonly issues: PolicyIssue[] = [],
  ) {
    super(messages.en);
    this.name = 'PolicyFileError';
  }
}

export function formatIssue(issue: PolicyIssue, lang: 'zh' | 'en' = 'en'): string {
  // one line, whatever the file name or a key quoted in the message holds
  return safeLine(`${issue.file}:${issue.line}:${issue.col}: ${issue.messages?.[lang] ?? issue.message}`);
}

/** An error whose messages list every issue as file:line:col: message (English issue texts). */
export function invalidPolicy(file: string, issues: PolicyIssue[]): PolicyFileError {
  const lines = (lang: 'zh' | 'en') => issues.map((i) => formatIssue(i, lang)).join('\n');
  return new PolicyFileError(
    'invalid_policy',
    {
      zh: `政策文件无效(${issues.length} 处错误):\n${lines('zh')}`,
      en: `invalid policy file (${issues.length} error${issues.length === 1 ? '' : 's'}):\n${lines('en')}`,
    },
    issues,
  );
}
