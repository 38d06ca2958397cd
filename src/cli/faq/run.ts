// One FAQ question answered, for `yibao faq` and `yibao ask`: loads the index of every city's
// entries (src/faq/world.ts), picks the city in use (a city the question names, else --city, else
// the default), loads that city's policy (for its hotline) and prints the answer as text or
// yibao.faq/1 JSON.
import type { Io } from '../io.js';
import type { Lang } from '../errors.js';
import { DEFAULT_CITY } from '../calc/options.js';
import { excerpt } from '../../excerpt.js';
import { safeJson } from '../../safe-text.js';
import { loadCityPolicy } from '../../policy/registry.js';
import { loadFaqWorld, type FaqCity } from '../../faq/world.js';
import { answerFaq, hasWords, queryTokens, type FaqHit } from '../../faq/search.js';
import { faqJson, renderEmpty, renderHits, renderList, renderNoMatch, renderNothingToSearch, type Styles } from '../../faq/format.js';
import { hotlineFooter } from '../render/hotline-footer.js';
import { outputWidth } from '../render/width.js';

export interface FaqRequest {
  words: string[];
  /** --city as typed (an id or a Chinese name), if given. */
  city?: string;
  allCities: boolean;
  json: boolean;
  limit: number;
  lang: Lang;
  /** Loaded only for text output (see context.ts). */
  styles: () => Promise<Styles>;
  /** Asked at the desk (yibao ask with no question): --all-cities is given when the desk starts. */
  desk?: boolean;
}

/** The names a city goes by: 随州市 and 随州 (the name without 市/县/区). */
function namesOf(p: FaqCity): string[] {
  const zh = p.name.zh;
  const short = zh.replace(/[市县区]$/u, '');
  return short.length >= 2 && short !== zh ? [zh, short] : [zh];
}

/** The policy of an id or a Chinese name (随州, 随州市); undefined when none. */
export function cityNamed(cities: readonly FaqCity[], typed: string): FaqCity | undefined {
  const t = typed.trim();
  return cities.find((p) => p.id === t.toLowerCase() || namesOf(p).includes(t));
}

/** The one city a question names (咸宁的门诊比例), or undefined when it names none or several. */
export function cityInQuestion(cities: readonly FaqCity[], text: string): FaqCity | undefined {
  const named = cities.filter((p) => namesOf(p).some((n) => text.includes(n)));
  return named.length === 1 ? named[0] : undefined;
}

/** The city in use: one the question names, else --city (refused with exit 2 when unknown), else the default. */
/** The city in use: one the question names, else --city, else the default. An unknown --city is the loader's unknown_city error (exit 2). */
async function homeOf(req: FaqRequest, cities: readonly FaqCity[]): Promise<FaqCity> {
  const named = cityInQuestion(cities, req.words.join(' ')) ?? cityNamed(cities, req.city ?? DEFAULT_CITY);
  if (named) return named;
  const { policy } = await loadCityPolicy(req.city ?? DEFAULT_CITY); // throws for an unknown city
  return { id: policy.id, name: policy.name };
}

/** The last line of a text answer: the city's hotline (its policy is read only for text output). */
async function footerOf(home: FaqCity, lang: Lang): Promise<string> {
  return hotlineFooter((await loadCityPolicy(home.id)).policy, lang);
}

export async function runFaq(req: FaqRequest, io: Io): Promise<void> {
  const { cities, index } = await loadFaqWorld();
  const home = await homeOf(req, cities);
  const { lang } = req;
  const query = req.words.join(' ').trim();
  const write = (s: string) => io.stdout.write(s);

  if (!hasWords(req.words)) {
    const shown: FaqHit[] = [];
    for (let n = 0; n < index.docs.length; n++) {
      const city = index.cityOf(n);
      if (req.allCities || city === home.id) shown.push({ doc: index.docs[n]!, city, score: 0, coverage: 0 });
    }
    if (req.json) return void write(`${safeJson(faqJson(shown, query, lang), 2)}\n`);
    if (shown.length === 0) return void write(renderEmpty(home.name[lang], lang, await footerOf(home, lang)));
    return void write(renderList(shown, lang, await req.styles(), req.allCities ? undefined : home.name[lang]));
  }
  const tokens = queryTokens(req.words, index.lex);
  const answer = answerFaq(index, tokens, home.id, req.allCities, req.limit);
  if (req.json) return void write(`${safeJson(faqJson(answer.hits, query, lang, answer.nearest), 2)}\n`);
  if (tokens.length === 0) return void write(renderNothingToSearch(excerpt(query), lang));
  if (answer.hits.length === 0) return void write(renderNoMatch(excerpt(query), answer.nearest, lang, await footerOf(home, lang)));
  const width = outputWidth(io.stdout, io.env);
  // the line breaker is loaded only for a terminal (or $COLUMNS): a script's pipe gets whole lines
  const wrap = width === undefined ? undefined : ((await import('../render/wrap.js')).wrapLine as (l: string, w: number, h: number) => string[]);
  const context = { query: excerpt(query), home: home.name, lang, elsewhere: answer.elsewhere, homeNearest: answer.nearest, desk: req.desk ?? false, ...(wrap ? { wrap: (l: string, hang: number) => wrap(l, width!, hang) } : {}) };
  write(renderHits(answer.hits, answer.scope, context, await req.styles()));
}
