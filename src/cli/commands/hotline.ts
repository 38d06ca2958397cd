// `yibao hotline [id]`: the city's medical insurance hotline and its voice menu, with the
// source that gives them; a city whose sources give no number says so (exit 0). The policy
// is loaded inside the action, off calc's start-up path.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { bi, examples } from '../help-text.js';
import { langOf, typedArgs } from '../calc/args.js';
import { DEFAULT_CITY } from '../calc/options.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang, Styles } from '../../faq/format.js';

interface HotlineOpts {
  json?: boolean;
}

export function registerHotline(program: Command, io: Io): void {
  program
    .command('hotline')
    .summary(bi({ zh: '医保服务热线', en: 'the city\'s hotline' }))
    .description(bi({ zh: '城市医保服务热线号码和语音转接菜单,附来源。', en: "The city's medical insurance hotline and its voice menu, with the source." }))
    .argument('[id]', bi({ zh: '城市', en: 'city id (suizhou, xianning, hanzhong, jiayu, weihai)' }), DEFAULT_CITY)
    .option('--json', bi({ zh: '输出 JSON', en: 'JSON for scripts ({ schema: "yibao.hotline/1", … })' }))
    .addHelpText('after', () => examples({ zh: '例', en: 'Examples' }, ['yibao hotline', 'yibao hotline weihai --lang en', 'yibao hotline suizhou --json'], undefined, langOf(typedArgs(program), io.env)))
    .action(async (id: string, opts: HotlineOpts, cmd: Command) => {
      const { commandContext, withJsonErrors } = await import('../common-options.js');
      const { lang, styles } = commandContext(cmd, io);
      await withJsonErrors(Boolean(opts.json), io, lang, async () => {
        const [{ loadCityPolicy }, { citeSource }] = await Promise.all([
          import('../../policy/registry.js'),
          import('../../faq/source.js'),
        ]);
        const { policy } = await loadCityPolicy(id); // unknown id: exit 2
        const out = opts.json
          ? `${JSON.stringify(hotlineJson(policy, lang), null, 2)}\n`
          : renderHotline(policy, lang, styles, citeSource);
        io.stdout.write(out);
      });
    });
}

function hotlineJson(policy: Policy, lang: Lang) {
  const h = policy.hotline;
  const src = h.source ? policy.sources[h.source] : undefined;
  return {
    schema: 'yibao.hotline/1',
    city: policy.id,
    name: policy.name[lang],
    number: h.number,
    menu: (h.menu ?? []).map((m) => ({ key: m.key, label: m.label[lang] })),
    source: src && h.source ? { id: h.source, title: src.title, publisher: src.publisher, date: src.date } : null,
    quote: h.quote ?? null,
    menu_quote: h.menu_quote ?? null,
    note: h.note?.[lang] ?? null,
  };
}

type Cite = (s: { title: string; publisher: string; date: string }, lang: Lang) => string;

function renderHotline(policy: Policy, lang: Lang, st: Styles, cite: Cite): string {
  const h = policy.hotline;
  const city = policy.name[lang];
  const zh = lang === 'zh';
  const lines: string[] = [];
  if (!h.number) {
    // The policy's note says in its own words what the sources give; else a plain statement.
    const none = zh ? `来源未给出${city}的医保服务热线号码。` : `The sources give no medical insurance hotline number for ${city}.`;
    lines.push(h.note?.[lang] ?? none);
    if (policy.faq?.length) {
      lines.push(zh ? `来源回答的问题:yibao faq --city ${policy.id}` : `What the sources answer: yibao faq --city ${policy.id}`);
    }
  } else {
    lines.push(zh ? `${city}医保服务热线:${st.strong(h.number)}` : `${city} medical insurance hotline: ${st.strong(h.number)}`);
    if (h.menu?.length) {
      lines.push(zh ? '语音自助转接:' : 'Voice menu:');
      for (const m of h.menu) lines.push(`  ${st.strong(m.key)}  ${m.label[lang]}`);
    }
  }
  if (h.number && h.note) lines.push(h.note[lang]);
  const src = h.source ? policy.sources[h.source] : undefined;
  if (src) {
    lines.push(st.dim(`${zh ? '来源:' : 'Source: '}${cite(src, lang)}`));
    for (const q of [h.quote, h.menu_quote]) if (q) lines.push(st.dim(zh ? `  “${q}”` : `  "${q}"`));
  }
  return `${lines.join('\n')}\n`;
}
