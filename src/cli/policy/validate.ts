// `yibao policy validate <file...>`: each file checked in turn; a line per valid file on stdout,
// every problem of an invalid one on stderr as file:line:col: message. Exit 2 if any is invalid.
import type { Io } from '../io.js';
import type { Lang } from './words.js';
import { PolicyFileError, formatIssue, loadPolicyFile } from '../../policy/load.js';
import { safeLine, safeText } from '../../safe-text.js';

export async function validateFiles(files: string[], io: Io, lang: Lang): Promise<boolean> {
  const zh = lang === 'zh';
  let allValid = true;
  for (const file of files) {
    try {
      const { policy } = await loadPolicyFile(file);
      const n = policy.versions.length;
      const name = safeLine(file);
      io.stdout.write(zh ? `${name}: 有效(${policy.id},${n} 个版本)\n` : `${name}: valid (${policy.id}, ${n} version${n === 1 ? '' : 's'})\n`);
    } catch (error) {
      if (!(error instanceof PolicyFileError)) throw error;
      allValid = false;
      // A file that could not be read has one message (in the user's language); an invalid one a line per issue.
      if (error.code === 'invalid_policy') for (const issue of error.issues) io.stderr.write(`${formatIssue(issue, lang)}\n`);
      else io.stderr.write(`${safeText(error.messages[lang])}\n`);
    }
  }
  return allValid;
}
