// `yibao faq [words...]`: answers a question as a caller puts it from the questions and answers of
// the bundled policies (src/faq: known words + CJK bigrams, BM25). The city in use comes first.
// The search and the policies are imported inside the action, so registering this command costs
// calc's start-up nothing; the small modules it imports statically are on that path already.
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { bi, examples } from '../help-text.js';
import { langOf, typedArgs } from '../calc/args.js';
// already on the start-up path (a dynamic import of them would load one more file)
import { UsageError } from '../errors.js';
import { withJsonErrors } from '../render/json.js';
import { faqContext } from '../faq/context.js';

interface FaqOpts {
  city?: string;
  allCities?: boolean;
  json?: boolean;
  limit: string;
}

/** --limit: a whole number from 1 to 50. */
export function parseLimit(value: string): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : NaN;
}

export function registerFaq(program: Command, io: Io): void {
  program
    .command('faq')
    .summary(bi({ zh: '回答来电人的医保问题', en: 'answer a caller\'s question from the questions and answers' }))
    .description(
      bi({
        zh:
          '按来电人的原话(整句、带标点和“请问”“怎么”等虚词、口语说法都可以)查找政策来源中的问答,最匹配的在前;\n' +
          '先给当前城市(--city,默认随州)的答案,当前城市没有时才给其他城市的(并标明);不给词语则列出全部问题。',
        en:
          'Answers a question as a caller puts it (a whole sentence, everyday words) from the questions and answers of the ' +
          'policies, best first; the city in use first, another city only when it has none (and marked); no words lists every question.',
      }),
    )
    .argument('[words...]', bi({ zh: '问题或词语', en: 'the question, or words' }))
    .option('--city <id>', bi({ zh: '当前城市,默认 suizhou', en: 'the city in use (suizhou, xianning, hanzhong, jiayu, weihai; or 随州…)' }))
    .option('--all-cities', bi({ zh: '所有城市同等排序', en: 'every city on equal terms' }))
    .addOption(new Option('--limit <n>', bi({ zh: '最多显示几条(1-50)', en: 'at most n answers (1-50)' })).default('5'))
    .option('--json', bi({ zh: '输出 JSON', en: 'JSON for scripts ({ schema: "yibao.faq/1", query, results })' }))
    .addHelpText('after', () =>
      examples(
        { zh: '例', en: 'Examples' },
        ['yibao faq 家庭共济怎么办理', 'yibao faq 我爸退休了，看门诊能报多少？', 'yibao faq 异地就医 --all-cities', 'yibao faq --lang en family', 'yibao faq 封顶线 --json'],
        undefined,
        langOf(typedArgs(program), io.env),
      ),
    )
    .action(async (words: string[], opts: FaqOpts, cmd: Command) => {
      const { lang, styles } = faqContext(cmd, io);
      await withJsonErrors(Boolean(opts.json), io, lang, async () => {
        const limit = parseLimit(opts.limit);
        if (Number.isNaN(limit)) throw new UsageError({ zh: `--limit: 应为 1 到 50 的整数`, en: `--limit: expected a whole number from 1 to 50` }, 'invalid_value');
        const { runFaq } = await import('../faq/run.js');
        await runFaq({ words, city: opts.city, allCities: Boolean(opts.allCities), json: Boolean(opts.json), limit, lang, styles }, io);
      });
    });
}
