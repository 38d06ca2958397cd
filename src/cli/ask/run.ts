// One question of `yibao ask`: a claim is explained exactly as `yibao calc` would (its run path,
// the wizard for what is missing at a terminal, else exit 2 naming it), after one line saying what
// was understood; anything else is answered from the FAQ as `yibao faq` would.
import type { Io } from '../io.js';
import { UsageError, type Lang } from '../errors.js';
import { readQuestion, type ClaimQuestion } from '../../ask/parse.js';
import { formatFen, parseYuan } from '../../engine/money.js';
import { loadBundledPolicy } from '../../policy/bundled.js';
import type { Policy } from '../../policy/schema.js';
import { cityId } from '../../claim/aliases.js';
import { missingFields } from '../../claim/index.js';
import { excerpt } from '../../excerpt.js';
import { DEFAULT_CITY, type Format } from '../calc/options.js';
import { runCalc } from '../calc/run.js';
import type { ColorLevel } from '../color.js';
import type { Styles } from '../../faq/format.js';

export interface AskOptions {
  city?: string;
  date?: string;
  format: Format;
  allCities: boolean;
  limit: number;
  lang: Lang;
  color: ColorLevel;
  styles: () => Promise<Styles>;
}

const SCHEME = { employee: { zh: '职工', en: 'employee' }, resident: { zh: '居民', en: 'resident' } } as const;
const STATUS = { active: { zh: '在职', en: 'active' }, retired: { zh: '退休', en: 'retired' } } as const;
const BENEFIT = { outpatient: { zh: '门诊', en: 'outpatient' }, inpatient: { zh: '住院', en: 'inpatient' }, chronic: { zh: '门诊慢特病', en: 'chronic outpatient' } } as const;
const FIELD = {
  scheme: { zh: '参保类型', en: 'scheme' },
  status: { zh: '人员状态', en: 'status' },
  tier: { zh: '医疗机构级别', en: 'tier' },
  benefit: { zh: '待遇类型', en: 'benefit' },
  amount: { zh: '金额', en: 'amount' },
} as const;

function name<T extends string>(table: Record<T, { zh: string; en: string }>, id: string | undefined, lang: Lang): string | undefined {
  return id !== undefined && Object.hasOwn(table, id) ? table[id as T][lang] : undefined;
}

/** 理解为:职工 退休 · 二级医疗机构 · 门诊 · 1000.00 元 — a part the question leaves out is "?". */
export function understoodLine(claim: ClaimQuestion, policy: Policy | undefined, lang: Lang): string {
  const { raw } = claim;
  const unknown = '?';
  const scheme = name(SCHEME, raw.scheme, lang) ?? unknown;
  const status = raw.scheme === 'resident' ? '' : ` ${name(STATUS, raw.status, lang) ?? unknown}`;
  const tierDef = raw.tier === undefined ? undefined : policy?.tiers[raw.tier as keyof Policy['tiers']];
  const tier = tierDef?.name[lang] ?? (raw.tier === undefined ? unknown : lang === 'zh' ? `${raw.tier}级` : `tier ${raw.tier}`);
  const benefit = name(BENEFIT, raw.benefit, lang) ?? `${BENEFIT.outpatient[lang]}${lang === 'zh' ? '(未说明,按门诊)' : ' (not said: outpatient)'}`;
  const fen = raw.amount === undefined ? null : parseYuan(raw.amount);
  const amount = raw.amount === undefined ? unknown : fen === null ? excerpt(raw.amount) : `${formatFen(fen)} ${lang === 'zh' ? '元' : 'yuan'}`;
  const parts = [`${scheme}${status}`, tier, benefit, amount];
  // the city and the date only when the question says them
  if (policy && claim.words.city !== undefined) parts.push(policy.name[lang]);
  if (claim.words.date !== undefined && raw.date !== undefined) parts.push(raw.date);
  return `${lang === 'zh' ? '理解为:' : 'Understood as: '}${parts.join(' · ')}`;
}

/** Two ways of one thing in the question (二级 … 三级): not understood, exit 2, naming them. */
function conflictError(claim: ClaimQuestion, policy: Policy | undefined, lang: Lang): UsageError {
  const c = claim.conflicts[0]!;
  const shown = (v: string) =>
    c.field === 'tier'
      ? (policy?.tiers[v as keyof Policy['tiers']]?.name[lang] ?? v)
      : (name(SCHEME, v, lang) ?? name(STATUS, v, lang) ?? name(BENEFIT, v, lang) ?? excerpt(v));
  const values = c.values.map(shown).join(lang === 'zh' ? '、' : ', ');
  return new UsageError(
    {
      zh: `问题里的${FIELD[c.field].zh}有不止一个(${values}),不知道按哪个算。请只说一个,或用 yibao calc 逐项指定。`,
      en: `the question gives more than one ${FIELD[c.field].en} (${values}); say just one, or use yibao calc with flags.`,
    },
    'ambiguous_question',
  );
}

async function policyOf(city: string): Promise<Policy | undefined> {
  try {
    return (await loadBundledPolicy(cityId(city) ?? city)).policy;
  } catch {
    return undefined; // calc reports the unknown city itself
  }
}

/** Whether answering `question` at a terminal starts the wizard (a claim that leaves something out). */
export function startsWizard(question: string): boolean {
  const read = readQuestion(question);
  return read.kind === 'claim' && read.claim.conflicts.length === 0 && missingFields(read.claim.raw).length > 0;
}

/** Answers one question; errors are thrown for the caller to report (exit codes as calc's and faq's). */
export async function answerQuestion(question: string, opts: AskOptions, io: Io): Promise<void> {
  const read = readQuestion(question);
  if (read.kind === 'faq') {
    // the FAQ index is loaded only for a question that is not a claim
    const { runFaq } = await import('../faq/run.js');
    await runFaq({ words: [question], city: opts.city, allCities: opts.allCities, json: opts.format === 'json', limit: opts.limit, lang: opts.lang, styles: opts.styles }, io);
    return;
  }
  const { claim } = read;
  const policy = await policyOf(claim.raw.city ?? opts.city ?? DEFAULT_CITY);
  // scripts read stdout as JSON: the line goes to stderr there
  const line = `${understoodLine(claim, policy, opts.lang)}\n`;
  if (claim.raw.city === undefined && opts.city !== undefined) claim.raw.city = opts.city;
  if (claim.raw.date === undefined && opts.date !== undefined) claim.raw.date = opts.date;
  if (opts.format === 'json') io.stderr.write(line);
  else io.stdout.write(line);
  if (claim.conflicts.length > 0) throw conflictError(claim, policy, opts.lang);
  await runCalc({ raw: claim.raw, overrides: [], compare: false, format: opts.format, lang: opts.lang, color: opts.color }, io);
}
