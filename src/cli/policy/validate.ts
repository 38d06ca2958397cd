// `yibao policy validate <file...>`: each file checked in turn; a line per valid file on stdout,
// every problem of an invalid one on stderr as file:line:col: message. Exit 2 if any is invalid.
// A directory is checked as a policy directory is opened (--policy-dir): every <id>.yaml in it,
// its id the file's name.
import type { Io } from '../io.js';
import type { Lang } from './words.js';
import { stat } from 'node:fs/promises';
import { PolicyFileError, formatIssue, loadPolicyFile, type LoadedPolicy } from '../../policy/load.js';
import { safeLine, safeText } from '../../safe-text.js';

export async function validateFiles(files: string[], io: Io, lang: Lang): Promise<boolean> {
  const zh = lang === 'zh';
  let allValid = true;
  for (const file of files) {
    try {
      const loaded = await loadTarget(file);
      if (loaded.length === 0) {
        allValid = false;
        io.stderr.write(zh ? `${safeLine(file)}: 目录中没有政策文件(<id>.yaml)。\n` : `${safeLine(file)}: no policy files (<id>.yaml) in the directory.\n`);
      }
      for (const { policy, file: name } of loaded) {
        const n = policy.versions.length;
        const shown = safeLine(name);
        io.stdout.write(zh ? `${shown}: 有效(${policy.id},${n} 个版本)\n` : `${shown}: valid (${policy.id}, ${n} version${n === 1 ? '' : 's'})\n`);
      }
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

/** A file, or every policy of a directory (as --policy-dir reads them). */
async function loadTarget(path: string): Promise<LoadedPolicy[]> {
  const isDir = await stat(path).then((i) => i.isDirectory(), () => false);
  if (!isDir) return [await loadPolicyFile(path)];
  const { loadPolicyDirectory } = await import('../../policy/directory.js');
  return [...(await loadPolicyDirectory(path)).policies.values()];
}
