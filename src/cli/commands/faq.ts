// `yibao faq [words...]`: searches the questions and answers of the bundled policies (Suizhou's
// published Q&A and what the other sources answer). The search and the policies are imported
// inside the action, so registering this command costs calc's start-up nothing.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { DEFAULT_CITY } from '../calc/options.js';
import { excerpt } from '../../excerpt.js';

interface FaqOpts {
  city?: string;
  json?: boolean;
}

export function registerFaq(program: Command, io: Io): void {
  program
    .command('faq')
    .summary('搜索医保问答 / search the questions and answers')
    .description(
      '搜索各城市政策来源中的问答,最匹配的在前;不给词语则列出全部问题。\n' +
        'Searches the questions and answers of the policies, best matches first; with no words, lists every question.',
    )
    .argument('[words...]', '搜索词,中文按子串匹配 / words to search for (Chinese matches substrings)')
    .option('--city <id>', '只搜索一个城市 / only this city (suizhou, xianning, hanzhong, jiayu, weihai)')
    .option('--json', '输出 JSON / JSON for scripts ({ schema: "yibao.faq/1", query, results })')
    .addHelpText('after', '\n例 / Examples:\n  yibao faq 共济\n  yibao faq 意外伤害 --city suizhou\n  yibao faq --lang en family\n  yibao faq 封顶 --json')
    .action(async (words: string[], opts: FaqOpts, cmd: Command) => {
      const { commandContext, withJsonErrors } = await import('../common-options.js');
      const { lang, styles: st } = commandContext(cmd, io);
      await withJsonErrors(Boolean(opts.json), io, lang, async () => {
        const [{ bundledPolicyIds, loadBundledPolicy }, search, format, { hotlineFooter }] = await Promise.all([
          import('../../policy/bundled.js'),
          import('../../faq/search.js'),
          import('../../faq/format.js'),
          import('../render/hotline-footer.js'),
        ]);
        const ids = opts.city === undefined ? homeFirst(bundledPolicyIds()) : [opts.city];
        // An unknown --city is refused here by the loader (exit 2).
        const policies = await Promise.all(ids.map((id) => loadBundledPolicy(id).then((l) => l.policy)));
        const docs = policies.flatMap(search.faqDocs);
        const hits = search.searchFaq(docs, words);
        const query = words.join(' ').trim();
        if (opts.json) {
          io.stdout.write(`${JSON.stringify(format.faqJson(hits, query, lang), null, 2)}\n`);
          return;
        }
        // the hotline offered when nothing matches and no --city narrows the search
        const home = policies.find((p) => p.id === (opts.city ?? DEFAULT_CITY)) ?? policies[0];
        const footer = home ? hotlineFooter(home, lang) : '';
        if (docs.length === 0) io.stdout.write(format.renderEmpty(home?.name[lang] ?? '', lang, footer));
        else if (!search.hasWords(words)) io.stdout.write(format.renderList(hits, lang, st));
        else if (search.queryTerms(words).length === 0) io.stdout.write(format.renderNothingToSearch(excerpt(query), lang));
        else if (hits.length === 0) io.stdout.write(format.renderNoMatch(excerpt(query), lang, footer));
        else io.stdout.write(format.renderHits(hits, excerpt(query), lang, st));
      });
    });
}

/** The default city first (the 0722 hotline's own answers), then the others in id order. */
function homeFirst(ids: string[]): string[] {
  return ids.includes(DEFAULT_CITY) ? [DEFAULT_CITY, ...ids.filter((id) => id !== DEFAULT_CITY)] : ids;
}
