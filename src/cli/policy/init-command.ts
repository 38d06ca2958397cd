// Writes `policy init`'s skeleton: to stdout, or to --out FILE (refusing to overwrite without
// --force; src/io/out-file.ts: a temporary file renamed into place, a device or FIFO written
// in place, a symlink followed, a directory refused).
import { existsSync } from 'node:fs';
import { outFileError, outTarget, writeOutFile } from '../../io/out-file.js';
import { dirname, join, relative, resolve } from 'node:path';
import { packageRoot } from '../../policy/bundled.js';
import { UsageError } from '../errors.js';
import { excerpt } from '../../excerpt.js';
import type { Io } from '../io.js';
import { skeletonPolicy } from './init.js';
import type { Lang } from './words.js';

export async function writeSkeleton(id: string, opts: { out?: string; force?: boolean }, io: Io, lang: Lang): Promise<void> {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) {
    const shown = excerpt(id); // the typed id may be anything, even a file's content
    throw new UsageError({ zh: `城市 id“${shown}”无效:只能用小写字母、数字和连字符,以字母开头(例如 wuhan)。`, en: `invalid city id "${shown}": lowercase letters, digits and hyphens, starting with a letter (e.g. wuhan).` }, 'bad_id');
  }
  const schemaFile = join(packageRoot(), 'schema', 'policy.schema.json');
  if (!opts.out) return void io.stdout.write(skeletonPolicy(id, '../schema/policy.schema.json'));
  const out = resolve(opts.out);
  // A directory is refused before "already exists" would suggest --force.
  const target = await outTarget(opts.out).catch((error: unknown) => {
    throw new UsageError(outFileError(opts.out!, error).messages, 'unwritable');
  });
  if (existsSync(out) && !opts.force) {
    throw new UsageError({ zh: `${opts.out} 已存在;要覆盖请加 --force。`, en: `${opts.out} already exists; add --force to overwrite it.` }, 'file_exists');
  }
  // The schema path is relative to where the file really lands (behind a symlink).
  const schemaRef = relative(dirname(target.real), schemaFile).split('\\').join('/');
  await writeOutFile(opts.out, skeletonPolicy(id, schemaRef)).catch((error: unknown) => {
    throw new UsageError(outFileError(opts.out!, error).messages, 'unwritable');
  });
  io.stderr.write(lang === 'zh' ? `已写入 ${opts.out}。填写后检查:yibao policy validate ${opts.out}\n` : `Wrote ${opts.out}. Fill it in, then check it: yibao policy validate ${opts.out}\n`);
}
