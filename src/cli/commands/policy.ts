// `yibao policy list|show|validate|init`: the bundled policies and policy files. Each action
// loads its implementation lazily, so registering these commands costs calc's start-up nothing.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { bi } from '../help-text.js';
import { ExitCode } from '../errors.js';

interface JsonOpt {
  json?: boolean;
}

async function context(cmd: Command, io: Io) {
  const { commandContext, withJsonErrors } = await import('../common-options.js');
  return { ...commandContext(cmd, io), withJsonErrors };
}

export function registerPolicy(program: Command, io: Io): void {
  const policy = program
    .command('policy')
    .summary(bi({ zh: '城市政策文件', en: 'the city policies' }))
    .description(bi({ zh: '查看、检查和新建城市政策文件。', en: 'List, show, validate and create city policy files.' }));

  policy
    .command('list')
    .description(bi({ zh: '城市政策(内置的和 --policy-dir 目录中的):出处、版本和可计算的待遇', en: 'the policies in use (bundled and --policy-dir): where each comes from, its versions and what each can compute' }))
    .option('--json', bi({ zh: '输出 JSON', en: 'JSON for scripts' }))
    .action(async (opts: JsonOpt, cmd: Command) => {
      const { lang, styles, withJsonErrors } = await context(cmd, io);
      await withJsonErrors(Boolean(opts.json), io, lang, async () => {
        const [{ policyIds, loadCityPolicy, policyOrigin }, { listEntry, listJson, renderList }] = await Promise.all([import('../../policy/registry.js'), import('../policy/list.js')]);
        const entries = await Promise.all(policyIds().map(async (id) => listEntry((await loadCityPolicy(id)).policy, policyOrigin(id), lang)));
        io.stdout.write(opts.json ? `${JSON.stringify(listJson(entries), null, 2)}\n` : renderList(entries, lang, styles.strong));
      });
    });

  policy
    .command('show')
    .description(bi({ zh: '逐条列出政策规定、来源原文和未知项', en: 'every rule in plain words, with its source, and what is unknown' }))
    .argument('<id|file>', bi({ zh: '城市 (suizhou …) 或政策文件', en: 'a bundled city id or a policy YAML file' }))
    .option('--json', bi({ zh: '输出 JSON', en: 'JSON for scripts' }))
    .action(async (target: string, opts: JsonOpt, cmd: Command) => {
      const { lang, styles, withJsonErrors } = await context(cmd, io);
      await withJsonErrors(Boolean(opts.json), io, lang, async () => {
        const loaded = await loadTarget(target);
        const { renderShow } = await import('../policy/show.js');
        const { safeDeep, safeLine } = await import('../../safe-text.js');
        // the policy's words and the file name, escaped for the terminal (--json keeps the data)
        const shown = renderShow(safeDeep(loaded.policy), { ...loaded, file: safeLine(loaded.file) }, lang, styles.strong, styles.dim);
        if (!opts.json) return void io.stdout.write(shown.text);
        const doc = { schema: 'yibao.policy-show/1', id: loaded.policy.id, file: loaded.file, extends: loaded.extends ?? null, sha256: loaded.sha256, unknowns: shown.unknowns, readings: shown.readings, policy: loaded.policy };
        io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      });
    });

  policy
    .command('validate')
    .description(bi({ zh: '检查政策文件,错误以 文件:行:列: 信息 列出', en: 'check policy files; errors as file:line:col: message' }))
    .argument('<file...>', bi({ zh: '政策文件', en: 'policy YAML files' }))
    .action(async (files: string[], _opts: unknown, cmd: Command) => {
      const { lang } = await context(cmd, io);
      const { validateFiles } = await import('../policy/validate.js');
      if (!(await validateFiles(files, io, lang))) throw new ExitCode(2);
    });

  policy
    .command('init')
    .description(bi({ zh: '新城市的政策文件骨架(全部参数为未知,可直接通过 validate)', en: 'a skeleton policy for a new city' }))
    .argument('<id>', bi({ zh: '新城市的 id,小写字母开头', en: 'the new city id, e.g. wuhan' }))
    .option('--out <file>', bi({ zh: '写入文件(默认输出到标准输出)', en: 'write to FILE instead of stdout' }))
    .option('--force', bi({ zh: '覆盖已有文件', en: 'overwrite FILE if it exists' }))
    .action(async (id: string, opts: { out?: string; force?: boolean }, cmd: Command) => {
      const { lang } = await context(cmd, io);
      const { writeSkeleton } = await import('../policy/init-command.js');
      await writeSkeleton(id, opts, io, lang);
    });
}

/** A path (has a slash or a .yaml/.yml ending) is a file; anything else a city (the policy directory's, else bundled). */
async function loadTarget(target: string) {
  if (/[\\/]/.test(target) || /\.ya?ml$/i.test(target)) {
    const { loadPolicyFile } = await import('../../policy/load.js');
    return loadPolicyFile(target);
  }
  const { loadCityPolicy } = await import('../../policy/registry.js');
  return loadCityPolicy(target);
}
