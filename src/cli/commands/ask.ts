// `yibao ask [question...]`: the hotline desk's one command. A question that describes a claim is
// explained as `calc` would, after one line saying what was understood; any other question is
// answered from the FAQ. With no question at a terminal, it asks again and again (desk mode).
// Everything is imported inside the action: registering costs calc's start-up nothing.
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { bi, examples } from '../help-text.js';
import { langOf, typedArgs } from '../calc/args.js';
// already on the start-up path (a dynamic import of them would load one more file)
import { UsageError } from '../errors.js';
import { withJsonErrors } from '../render/json.js';
import { parseFormatValue } from '../calc/options.js';
import { faqContext } from '../faq/context.js';
import { parseLimit } from './faq.js';

interface AskOpts {
  city?: string;
  date?: string;
  format?: string;
  json?: boolean;
  allCities?: boolean;
  limit: string;
}

export function registerAsk(program: Command, io: Io): void {
  program
    .command('ask')
    .summary(bi({ zh: '接线员按原话提问:算报销或查问答', en: 'the operator types the caller\'s question' }))
    .description(
      bi({
        zh:
          '按来电人的原话提问。描述一笔费用的(如“退休 二级医院 门诊 1000元 能报多少”)按 yibao calc 计算,先显示“理解为:…”;\n' +
          '其他问题按 yibao faq 回答。不给问题且在终端上时,进入问答台:一问一答,空行、Ctrl-D 或 Ctrl-C 退出。',
        en:
          'Takes a question as the caller says it: a claim is explained as yibao calc would, after a line saying what was ' +
          'understood; anything else is answered from the FAQ. With no question at a terminal, asks again and again.',
      }),
    )
    .argument('[question...]', bi({ zh: '问题', en: 'the question' }))
    .option('--city <id>', bi({ zh: '当前城市,默认 suizhou', en: 'the city in use (default suizhou)' }))
    .option('--date <YYYY-MM-DD>', bi({ zh: '就诊日期,默认今天', en: 'date of the visit (default today)' }))
    .addOption(new Option('--format <f>', bi({ zh: '输出格式:text、json 或 say(接线员口述稿)', en: 'text | json | say' })).default('text'))
    .option('--json', bi({ zh: '等同于 --format json', en: 'the same as --format json' }))
    .option('--all-cities', bi({ zh: '问答:所有城市同等排序', en: 'FAQ answers: every city on equal terms' }))
    .addOption(new Option('--limit <n>', bi({ zh: '问答最多显示几条(1-50)', en: 'at most n FAQ answers (1-50)' })).default('5'))
    .addHelpText('after', () =>
      examples(
        { zh: '例', en: 'Examples' },
        ['yibao ask 我退休了，在二级医院看门诊花了1000元，能报多少？', 'yibao ask 在职 社区卫生服务站 2000块 --format say', 'yibao ask 三级医院 一千二百元', 'yibao ask 家庭共济怎么办理'],
        { zh: 'yibao ask            (问答台)', en: 'yibao ask            (desk mode)' },
        langOf(typedArgs(program), io.env),
      ),
    )
    .action(async (words: string[], opts: AskOpts, cmd: Command) => {
      const { lang, color, styles } = faqContext(cmd, io);
      const json = Boolean(opts.json) || opts.format?.trim().toLowerCase() === 'json';
      await withJsonErrors(json, io, lang, async () => {
        const limit = parseLimit(opts.limit);
        if (Number.isNaN(limit)) throw new UsageError({ zh: '--limit: 应为 1 到 50 的整数', en: '--limit: expected a whole number from 1 to 50' }, 'invalid_value');
        const format = opts.json ? 'json' : parseFormatValue(opts.format ?? 'text');
        const askOpts = { city: opts.city, date: opts.date, format, allCities: Boolean(opts.allCities), limit, lang, color, styles };
        const question = words.join(' ').trim();
        const { answerQuestion } = await import('../ask/run.js');
        if (question !== '') return void (await answerQuestion(question, askOpts, io));
        if (io.stdin.isTTY && io.stdout.isTTY) {
          const { runDesk } = await import('../ask/desk.js');
          return runDesk(askOpts, io);
        }
        throw new UsageError(
          {
            zh: 'ask 需要一个问题,例如:yibao ask 退休 二级医院 门诊 1000元(只有在终端上不给问题时才进入问答台)',
            en: 'ask needs a question, e.g. yibao ask retired tier 2 outpatient 1000 yuan (desk mode is for a terminal)',
          },
          'missing_question',
        );
      });
    });
}
