// Every warning the engine gives, built once per rule combination (rules.ts caches them): the
// code (stable, see WARNING_CODES), how sure the sources are (kind), the parameter path, the
// full message for text and json, and one short clause an operator reads out (`say`).
import type { Bp, Warning, WarningCode, WarningKind } from './types.js';
import { formatFen, formatPercent as pct } from '../money/money.js';
import { BENEFIT_NAMES, RELATION_NAMES, RELATION_SPOKEN, SCHEME_NAMES, STATUS_NAMES, bare, paramWords, valueWords, type Text } from './messages.js';
import type { BenefitId, Relation, Scheme, Status } from '../domain.js';

/** A level as the text names it (三级医疗机构). */
const LEVEL_WORDS: Readonly<Record<string, string>> = { '1': '一级', '2': '二级', '3': '三级' };

/** A warning; `path` only when it concerns one parameter or rule. */
export function warning(code: WarningCode, kind: WarningKind, message: Text, short: Text, path?: string): Warning {
  const w: Warning = { code, kind, message, short };
  if (path !== undefined) w.path = path;
  return w;
}

/** A value as said aloud: 800元 rather than 800.00 元, 50% as it is. */
const spokenValue = (path: string, exact: number): Text => {
  const v = valueWords(path, exact);
  // English groups thousands as the script's own amounts do ("1,000 yuan")
  const en = v.en.replace(/\.00 yuan$/, ' yuan').replace(/^\d+/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));
  return { zh: v.zh.replace(/\.00 元$/, ' 元').replace(' ', ''), en };
};

/** No deductible at all is said as such, never as "起付线0元" (an awkward zero to read out). */
const noDeductible = (path: string, exact: number): boolean => path.split('.')[2] === 'deductible' && exact === 0;

/** The parameter alone in spoken words: 报销比例 rather than 职工医保普通门诊报销比例(1). */
function spokenParam(path: string, words: Text = paramWords(path)): Text {
  const param = path.split('.')[2] ?? '';
  const names: Record<string, Text> = {
    deductible: { zh: '起付线', en: 'deductible' },
    ratio: { zh: '报销比例', en: 'ratio' },
    retiree_bonus: { zh: '退休人员比例提高', en: 'retiree uplift' },
    cap: { zh: '封顶线', en: 'cap' },
  };
  return names[param] ?? words;
}

export const warnings = {
  userValue: (path: string, exact: number): Warning =>
    warning(
      'user_value',
      'user',
      {
        zh: `${paramWords(path).zh} = ${valueWords(path, exact).zh} 由用户通过 --set ${path} 假定,未经来源核实。`,
        en: `The ${paramWords(path).en} = ${valueWords(path, exact).en} is assumed by the user (--set ${path}), not from the sources.`,
      },
      noDeductible(path, exact)
        ? { zh: '不设起付线是按假定算的', en: 'having no deductible is an assumed value' }
        : { zh: `${spokenParam(path).zh}${spokenValue(path, exact).zh}是按假定的数字算的`, en: `the ${spokenParam(path).en} of ${spokenValue(path, exact).en} is an assumed value` },
      path,
    ),
  inferred: (path: string, exact: number, reasoning: Text | undefined): Warning =>
    warning(
      'inferred_value',
      'inferred',
      {
        zh: `${paramWords(path).zh} ${valueWords(path, exact).zh} 是由原文推算的,并非明文规定${reasoning ? `:${reasoning.zh}` : '。'}`,
        en: `The ${paramWords(path).en} of ${valueWords(path, exact).en} is worked out from the source, not stated as such${reasoning ? `: ${reasoning.en}` : '.'}`,
      },
      noDeductible(path, exact)
        ? { zh: '不设起付线是根据原文推算的', en: 'having no deductible is worked out from the source' }
        : { zh: `${spokenParam(path).zh}${spokenValue(path, exact).zh}是根据原文推算的`, en: `the ${spokenParam(path).en} of ${spokenValue(path, exact).en} is worked out from the source` },
      path,
    ),
  /** `short` is the policy's own spoken clause for this reading, when it gives one. */
  /** `words`: the rule's name where its path alone would not say it (the admission a schedule entry starts from). */
  reading: (path: string, reading: Text, short: Text | undefined, words: Text = paramWords(path)): Warning =>
    warning(
      'reading',
      'reading',
      { zh: `${words.zh}采用的解读:${reading.zh}`, en: `Reading taken for the ${words.en}: ${reading.en}` },
      short
        ? { zh: `${bare(short).zh},这是对原文的理解`, en: `${bare(short).en}; this is a reading of the source` }
        : { zh: `${spokenParam(path, words).zh}是按对原文的理解算的`, en: `the ${spokenParam(path, words).en} follows a reading of the source` },
      path,
    ),
  /** Policy model 2: the policy's note on a stated value this claim used (what the value leaves out, how to read it). */
  policyNote: (path: string, note: Text, words: Text = paramWords(path)): Warning =>
    warning(
      'policy_note',
      'note',
      { zh: `${words.zh}的政策说明:${bare(note).zh}。`, en: `Note on the ${words.en}: ${bare(note).en}.` },
      { zh: `${words.zh}另有说明:${bare(note).zh}`, en: `a note on the ${words.en}: ${bare(note).en}` },
      path,
    ),
  /** An open rule that changes only the year's burden carried on, not this claim's payments (choices.ts). */
  carriedUnknown: (path: string, message: Text): Warning =>
    warning(
      'carried_unknown',
      'unknown',
      message,
      { zh: `本次支付不受影响,但本年累计个人负担政策没说清,以后的费用要按经办机构核定的累计数算`, en: `this claim's payments stand, but the year's counted burden is not settled by the text; later claims need the office's figure` },
      path,
    ),
  unknownCap: (path: string, note: Text | undefined): Warning =>
    warning(
      'unknown_cap',
      'assumed',
      {
        zh: `${paramWords(path).zh}未知${note ? `(${bare(note).zh})` : ''};结果假定未达到封顶线。`,
        en: `The ${paramWords(path).en} is unknown${note ? ` (${bare(note).en})` : ''}; the result assumes the cap is not reached.`,
      },
      { zh: '政策没有写明封顶线,这里按没达到封顶线算', en: 'the policy states no cap, so this assumes the cap is not reached' },
      path,
    ),
  ratioCapped: (path: string, base: Bp, bonus: Bp): Warning =>
    warning(
      'ratio_capped',
      'assumed',
      {
        zh: `报销比例 ${pct(base)} 加退休人员提高的 ${pct(bonus).slice(0, -1)} 个百分点为 ${pct(base + bonus)},超过 100%;按 100% 计算(基金支付不超过费用本身)。`,
        en: `The ratio ${pct(base)} plus ${pct(bonus).slice(0, -1)} points for retirees is ${pct(base + bonus)}, above 100%; 100% is used (the fund never pays more than the cost).`,
      },
      { zh: '退休人员提高后的比例超过100%,按100%算', en: 'the retiree uplift would take the ratio above 100%, so 100% is used' },
      path,
    ),
  undatedVersion: (note: Text | undefined): Warning =>
    warning(
      'undated_version',
      'assumed',
      {
        zh: `所用政策版本没有生效日期${note ? `:${note.zh}` : '。'}`,
        en: `The policy version used has no effective date${note ? `: ${note.en}` : '.'}`,
      },
      { zh: '这一版政策的实施日期没有写明', en: "this policy version's start date is not stated" },
    ),
};

/** A relative's account counted as not paying, and why, in one spoken clause (a reading). */
const familyClause = (why: Text): Text => ({
  zh: `亲属账户这次按不能用算:${bare(why).zh},这是对原文的理解`,
  en: `the relative's account is counted as not paying: ${bare(why).en}; this is a reading of the source`,
});

/** A policy's reading in one clause, spoken; the generic clause when the policy gives none. */
const spokenReading = (short: Text | undefined, fallback: Text): Text =>
  short ? { zh: `${bare(short).zh},这是对原文的理解`, en: `${bare(short).en}; this is a reading of the source` } : fallback;

export const ruleWarnings = {
  /** A model-2 value the user gave with --set <path>=<value> (rule-sets.ts), on every claim of a combination the path belongs to. */
  userRule: (path: string, typed: string): Warning =>
    warning(
      'user_value',
      'user',
      { zh: `${path} = ${typed} 由用户通过 --set 假定,未经来源核实。`, en: `${path} = ${typed} is assumed by the user (--set), not from the sources.` },
      { zh: `${path} 按假定的 ${typed} 算`, en: `${path} is the assumed ${typed}` },
      path,
    ),
  /** A retiree who did not say (or did not meet) the contribution years, refused by the bands: a reading. */
  contributionYears: (path: string, rule: Text, reading: Text, short: Text | undefined): Warning =>
    warning(
      'contribution_years',
      'reading',
      {
        zh: `规定:${bare(rule).zh}。本次未说明已达到规定缴费年限(或说明未达到),按缴费档次判断,这是对原文的理解:${reading.zh}如已达到规定缴费年限,请用 --contribution-years-met yes。`,
        en: `The rule: ${bare(rule).en}. This claim does not say the years were met (or says they were not), so the contribution bands decide, which is a reading of the source: ${reading.en} If the years were met, give --contribution-years-met yes.`,
      },
      spokenReading(short, { zh: '没说达到规定缴费年限,按缴费档次算,这是对原文的理解', en: 'the contribution years were not said to be met, so the contribution bands decide; this is a reading of the source' }),
      path,
    ),
  /** A level between two whole-percentage bands (79.9% between 60-79% and 80-94%). */
  bandEdge: (path: string, lowerTop: Bp, min: Bp, reading: Text | undefined): Warning =>
    warning(
      'band_edge',
      'reading',
      {
        zh: `缴费档次按整数百分比写(…${pct(lowerTop)}、${pct(min)}…),介于 ${pct(lowerTop)} 和 ${pct(min)} 之间的缴费水平原文未明确归档;按未达到 ${pct(min)} 计,这是对原文的理解${reading ? `:${reading.zh}` : '。'}`,
        en: `The bands are written in whole percentages (…${pct(lowerTop)}, ${pct(min)}…); a level between ${pct(lowerTop)} and ${pct(min)} is not placed by the text, and is counted as below ${pct(min)}, which is a reading${reading ? `: ${reading.en}` : '.'}`,
      },
      { zh: `缴费水平在${pct(lowerTop)}和${pct(min)}之间,按没达到${pct(min)}算,这是对原文的理解`, en: `a level between ${pct(lowerTop)} and ${pct(min)} is counted as below ${pct(min)}; this is a reading of the source` },
      path,
    ),
  /** A relation the source does not settle (Xianning's open "等" list, Suizhou's undated widening). */
  /** The spoken clause says what is done (the relative's account does not pay) and why, in one breath: `say` reads it as the family sentence. */
  familyReading: (relation: Relation, reading: Text, short: Text | undefined): Warning =>
    warning(
      'family_reading',
      'reading',
      {
        zh: `来源没有明确家庭共济是否包括${RELATION_NAMES[relation].zh};亲属账户按不能支付计算,这是对原文的理解:${reading.zh}`,
        en: `The source does not settle whether family mutual aid covers a ${RELATION_NAMES[relation].en}; the relative's account is counted as not paying, which is a reading: ${reading.en}`,
      },
      // the policy's reading_short is the why; the clause says what is done first
      familyClause(short ?? { zh: `原文没说清包不包括${RELATION_SPOKEN[relation].zh}`, en: `the source does not settle whether it covers a ${RELATION_SPOKEN[relation].en}` }),
      'family.relations',
    ),
  /** A relation added by a widening the source does not date: the relative's account pays, by a reading. */
  familyWidened: (relation: Relation, reading: Text, short: Text | undefined): Warning =>
    warning(
      'family_reading',
      'reading',
      {
        zh: `来源没有写明家庭共济何时扩大到${RELATION_NAMES[relation].zh};亲属账户按可以支付计算,这是对原文的理解:${reading.zh}`,
        en: `The source does not say from when family mutual aid covers a ${RELATION_NAMES[relation].en}; the relative's account is counted as paying, which is a reading: ${reading.en}`,
      },
      {
        zh: `亲属账户按能用算:${bare(short ?? { zh: `原文没写从哪天起包括${RELATION_SPOKEN[relation].zh}`, en: '' }).zh},这是对原文的理解`,
        en: `the relative's account is counted as paying: ${bare(short ?? { zh: '', en: `the source does not date when it covers a ${RELATION_SPOKEN[relation].en}` }).en}; this is a reading of the source`,
      },
      'family.relations',
    ),
  familyUnknown: (relation: Relation): Warning =>
    warning(
      'family_unknown',
      'assumed',
      {
        zh: `来源未说明家庭共济的范围,是否包括${RELATION_NAMES[relation].zh}不知道;亲属账户按不能支付计算。`,
        en: `The sources do not describe the family mutual-aid circle, so whether it covers a ${RELATION_NAMES[relation].en} is unknown; the relative's account is counted as not paying.`,
      },
      { zh: '亲属账户这次按不能用算:政策没写家庭共济的范围', en: "the relative's account is counted as not paying: the policy does not describe the family circle" },
      'family.relations',
    ),
  /** The deductible's period (year or admission) is not stated: charged in full on this claim. */
  deductiblePeriod: (path: string, note: Text | undefined): Warning =>
    warning(
      'deductible_period',
      'assumed',
      {
        zh: `来源未说明${paramWords(path).zh}按年度累计还是按每次住院(每次就诊)计算${note ? `(${bare(note).zh})` : ''};本次按全额起付线计算,不扣减本年已累计的起付线。`,
        en: `The sources do not say whether the ${paramWords(path).en} is met once a year or charged per admission (per visit)${note ? ` (${bare(note).en})` : ''}; this claim is charged the whole deductible, not reduced by deductibles met earlier in the year.`,
      },
      { zh: '政策没写起付线按年还是按次算,这次按全额起付线算', en: 'the policy does not say whether the deductible is per year or per admission, so the whole deductible is charged this time' },
      path,
    ),
  /** The deductible met this year not given, and a fund payment this year under a yearly deductible: taken as met. */
  deductibleMetInferred: (path: string, annual: number): Warning =>
    warning(
      'deductible_met_inferred',
      'inferred',
      {
        zh: `没有说明本年已付的起付线;统筹基金只支付年度起付线以上的部分,本年统筹已经支付过,说明起付线 ${formatFen(annual)} 元已经付满,本次按已付满计算(推算)。如实际没有付满,请核对本年统筹已支付的金额。`,
        en: `The deductible met this year was not given; the fund pays only above the yearly deductible and has paid this year, so the ${formatFen(annual)} deductible is taken as met (inferred). If it was not, check the fund paid this year.`,
      },
      { zh: '今年统筹已经报过,起付线按已付满算,这是推算的', en: 'the fund has paid this year, so the deductible is taken as met; this is inferred' },
      path,
    ),
  /** Policy model 2: the deductible met as given, below what a fund payment this year would show (a waiver earlier in the year can explain it). */
  ytdAsGiven: (met: number, fund: number, deductible: number): Warning =>
    warning(
      'ytd_as_given',
      'assumed',
      {
        zh: `本年已付起付线 ${formatFen(met)} 元,而本年统筹已支付 ${formatFen(fund)} 元:统筹基金一般在起付线付满后才支付,两数不太一致(此前就诊如有免收或减收起付线的情形则可能)。本次按您给出的已付 ${formatFen(met)} 元计算,补收到本次起付线 ${formatFen(deductible)} 元;如起付线实际已付满,本次起付线应为 0,请核对。`,
        en: `The deductible met this year (${formatFen(met)}) is below what the fund paid this year (${formatFen(fund)}) would show: the fund usually pays only once the deductible is met (unless an earlier visit's deductible was waived or reduced). The ${formatFen(met)} given is used, and the rest up to this claim's ${formatFen(deductible)} is charged; if the deductible was in fact met, this claim's deductible would be 0: please check.`,
      },
      { zh: `起付线按您说的已付 ${formatFen(met)} 元算,与今年统筹已支付的金额不太一致,请核对`, en: `the deductible met is taken as the ${formatFen(met)} given, which does not quite fit the fund paid this year: please check` },
      'ytd_deductible',
    ),
  /** A yearly deductible by level: a fund payment this year shows only the lowest level's met; the rest of this claim's is charged. */
  deductibleMetLowest: (path: string, lowest: number, deductible: number): Warning =>
    warning(
      'deductible_met_inferred',
      'inferred',
      {
        zh: `没有说明本年已付的起付线;本年统筹已经支付过,说明至少已付满最低一级的起付线 ${formatFen(lowest)} 元,本次按已付 ${formatFen(lowest)} 元计算,补收到本次的 ${formatFen(deductible)} 元(推算)。如此前住院的起付线更高,请用 --ytd-deductible 给出本年已付的起付线。`,
        en: `The deductible met this year was not given; the fund has paid this year, so at least the lowest level's ${formatFen(lowest)} was met: taken as met, and the rest up to this claim's ${formatFen(deductible)} is charged (inferred). If an earlier stay's deductible was higher, give it with --ytd-deductible.`,
      },
      { zh: `今年统筹已经报过,起付线按至少付满 ${formatFen(lowest)} 元算,这是推算的`, en: `the fund has paid this year, so at least ${formatFen(lowest)} of the deductible is taken as met; this is inferred` },
      path,
    ),
  /** A community facility named by a word the policy's source does not use (社区医院 where it says 社区卫生服务站). */
  facilityReading: (word: string, named: Text, level: Text): Warning =>
    warning(
      'reading',
      'reading',
      {
        zh: `来源写的是“${named.zh}”,没有提到“${word}”;本次把“${word}”按${named.zh}、即${level.zh}计算,这是对原文的理解。`,
        en: `The source names the ${named.en} (${named.zh}), not "${word}"; this claim counts "${word}" as a ${named.en}, i.e. a ${level.en}, which is a reading.`,
      },
      { zh: `${word}按${named.zh}算,这是对原文的理解`, en: `"${word}" is taken as a ${named.en}; this is a reading of the source` },
      'tiers.community',
    ),
  /** The basic cap cut the claim, and another insurance (大病保险) may pay above it. */
  aboveCap: (path: string, name: Text, cap: number | null, note: Text): Warning =>
    warning(
      'above_cap',
      'note',
      {
        zh: `基本医保封顶线限制了本次基金支付;封顶线以上的部分可能由${name.zh}按规定支付${cap !== null ? `(${name.zh}封顶线 ${groupedYuan(cap)} 元)` : ''}:${bare(note).zh}。本工具不计算这一部分。`,
        en: `The basic cap limited this claim's fund payment; the part above it may be paid by ${name.en}${cap !== null ? ` (its cap: ${groupedYuan(cap)} yuan)` : ''}: ${bare(note).en}. The tool does not compute that part.`,
      },
      { zh: `超过封顶线的部分可能由${name.zh}报销,具体政策没写明,这里没算`, en: `the part above the cap may be paid by ${name.en}, whose terms are not stated and are not computed here` },
      path,
    ),
  /** The claim is dated after what the sources describe. */
  afterSources: (effective: string, horizon: string): Warning =>
    warning(
      'after_sources',
      'assumed',
      {
        zh: `来源描述的是 ${effective} 起的规定(来源资料截至 ${horizon});本次就诊在此之后,其后的政策调整本工具不知道,按 ${effective} 起的规定计算。`,
        en: `The sources describe the rules from ${effective} (the sources go up to ${horizon}); this visit is later, and any change since is unknown to the tool, so the rules from ${effective} are used.`,
      },
      { zh: `政策资料只写到${horizon.slice(0, 4)}年,之后如有调整这里没有算进去`, en: `the policy sources go up to ${horizon.slice(0, 4)}; any later change is not included` },
    ),
  /** The span the sources cover is a reading of the text (covers_until with a reading). */
  coversReading: (until: string, reading: Text, short: Text | undefined, path: string): Warning =>
    warning(
      'reading',
      'reading',
      { zh: `来源按覆盖到 ${until} 理解:${bare(reading).zh}。这是对原文的理解。`, en: `The sources are taken to cover up to ${until}: ${bare(reading).en}. This is a reading of the source.` },
      short ? { zh: `${bare(short).zh},这是对原文的理解`, en: `${bare(short).en}; this is a reading of the source` } : { zh: `政策按执行到${until.slice(0, 4)}年底理解`, en: `the rules are read as in force to the end of ${until.slice(0, 4)}` },
      path,
    ),
  /** An assistance uplift's age bound worked out from the text (未成年人: under 18), said on a claim it raised. */
  upliftAgeInferred: (ground: string, age: number, reasoning: Text | undefined, path: string): Warning => {
    // min_age (年满N周岁) or below_age (未满N周岁), by the path
    const from = path.endsWith('.min_age');
    const zh = from ? `年满 ${age} 周岁` : `未满 ${age} 周岁`;
    const en = from ? `${age} or over` : `under ${age}`;
    return warning(
      'inferred_value',
      'inferred',
      {
        zh: `“${ground}”按${zh}计算,是由原文推算的,并非明文规定${reasoning ? `:${bare(reasoning).zh}。` : '。'}`,
        en: `"${ground}" is taken as ${en}, worked out from the source, not stated as such${reasoning ? `: ${bare(reasoning).en}.` : '.'}`,
      },
      { zh: `${ground}按${zh.replace(/ /g, '')}算,这是根据原文推算的`, en: `${ground} is taken as ${en}; this is worked out from the source` },
      path,
    );
  },
  /** The span the sources cover is worked out from the text (covers_until inferred, with its reasoning). */
  coversInferred: (until: string, reasoning: Text | undefined, path: string): Warning =>
    warning(
      'inferred_value',
      'inferred',
      {
        zh: `来源覆盖到 ${until} 是由原文推算的,并非明文规定${reasoning ? `:${bare(reasoning).zh}。` : '。'}`,
        en: `That the sources cover up to ${until} is worked out from the source, not stated as such${reasoning ? `: ${bare(reasoning).en}.` : '.'}`,
      },
      { zh: `政策执行到${until.slice(0, 4)}年是根据原文推算的`, en: `the rules being in force in ${until.slice(0, 4)} is worked out from the source` },
      path,
    ),
  /** Policy model 2: the status-since day worked out from the day retirement was processed (status_from), with its clause. */
  statusFrom: (processed: string, since: string, rule: 'processed_day' | 'next_month_first', cite: { quote?: string | undefined; reading?: Text | undefined; reading_short?: Text | undefined }): Warning => {
    const how = rule === 'next_month_first' ? { zh: '的次月1日', en: ', from the 1st of the next month' } : { zh: '当日', en: ', from that day' };
    const quote = cite.quote ? { zh: `(原文:“${cite.quote}”)`, en: ` (the text: “${cite.quote}”)` } : { zh: '', en: '' };
    const read = cite.reading ? { zh: `${bare(cite.reading).zh}。这是对原文的理解。`, en: `${bare(cite.reading).en}. This is a reading of the source.` } : { zh: '', en: '' };
    const tail = cite.reading ? { zh: ',这是对原文的理解', en: '; this is a reading of the source' } : { zh: '', en: '' };
    return warning(
      'status_from',
      cite.reading ? 'reading' : 'note',
      { zh: `退休人员待遇自 ${since} 起执行:办理退休手续(${processed})${how.zh}起${quote.zh}。${read.zh}`, en: `Retiree treatment starts on ${since}: retirement processed on ${processed}${how.en}${quote.en}. ${read.en}`.trim() },
      { zh: `${Number(since.slice(0, 4))}年${Number(since.slice(5, 7))}月${Number(since.slice(8, 10))}日起按退休人员待遇${tail.zh}`, en: `retiree treatment from ${since}${tail.en}` },
      'status_from',
    );
  },
  /** status_from: the status the caller gave is not the one the policy gives on the visit's day: settled under the policy's, said. */
  statusOnDay: (processed: string, since: string, date: string, as: 'active' | 'retired'): Warning =>
    warning(
      'status_from',
      'note',
      as === 'active'
        ? { zh: `按政策,退休人员待遇自 ${since} 起执行(办理退休手续 ${processed}),就诊日期 ${date} 在此之前:本次按在职人员计算。`, en: `By the policy retiree treatment starts on ${since} (retirement processed on ${processed}), after the visit on ${date}: this claim is settled as an active employee's.` }
        : { zh: `按政策,退休人员待遇自 ${since} 起执行(办理退休手续 ${processed}),就诊日期 ${date} 已在此之后:本次按退休人员计算。`, en: `By the policy retiree treatment starts on ${since} (retirement processed on ${processed}), and the visit on ${date} is after it: this claim is settled as a retiree's.` },
      as === 'active'
        ? { zh: `${Number(since.slice(0, 4))}年${Number(since.slice(5, 7))}月${Number(since.slice(8, 10))}日才开始执行退休待遇,这次按在职人员算`, en: `retiree treatment starts only on ${since}, so this visit is settled as an active employee's` }
        : { zh: `${Number(since.slice(0, 4))}年${Number(since.slice(5, 7))}月${Number(since.slice(8, 10))}日起已执行退休待遇,这次按退休人员算`, en: `retiree treatment started on ${since}, so this visit is settled as a retiree's` },
      'status_from',
    ),
  /** Policy model 2: the policy's reading of a status change within the year (status_change). */
  statusChange: (reading: Text, short: Text | undefined, path = 'status_change'): Warning =>
    warning(
      'status_change',
      'reading',
      { zh: `如本年内由在职转为退休(或相反):${bare(reading).zh}。这是对原文的理解。`, en: `If the status changed within the year: ${bare(reading).en}. This is a reading of the source.` },
      short ? { zh: `${bare(short).zh},这是对原文的理解`, en: `${bare(short).en}; this is a reading of the source` } : { zh: '年内身份变化时的累计按对原文的理解算', en: "the year's totals after a status change follow a reading" },
      path,
    ),
  /** Policy model 2: a fund cap a day (facility_day_cap) held and --days was not given: one day assumed. */
  daysAssumed: (path: string, stay = false): Warning =>
    stay
      ? warning(
          'days_assumed',
          'assumed',
          { zh: '未说明这次住院的床日数,按 1 天计算(此处统筹基金按床日限额支付);请用 --days 给出住院天数(按结算单的床日数)。', en: 'The bed-days of this stay were not given, so it is taken as one day (the fund pays at most a set amount a bed-day here); give --days (the bed-days on the bill).' },
          { zh: '住院天数按一天算的', en: 'the stay is taken as one day' },
          path,
        )
      : warning(
          'days_assumed',
          'assumed',
          { zh: '未说明本次费用是几天的就诊,按 1 天计算(此处统筹基金有每日支付限额);如不止一天,请用 --days 给出。', en: 'The days of care were not given, so this claim is taken as one day (the fund has a cap a day here); if it covers more, give --days.' },
          { zh: '按一天就诊算的', en: 'it is taken as one day of care' },
          path,
        ),
  /** Policy model 2: bed_days inferred, said on a claim whose numbers the count changes. */
  bedDaysInferred: (path: string, count: 'discharge_minus_admission' | 'both_ends', reasoning: Text | undefined): Warning => {
    const how = count === 'both_ends' ? { zh: '入院、出院当日都计', en: 'both the admission and the discharge day counted' } : { zh: '出院日期减入院日期', en: 'the discharge date minus the admission date' };
    return warning(
      'inferred_value',
      'inferred',
      {
        zh: `床日数按${how.zh}计算,这是由原文推算的,并非明文规定${reasoning ? `:${reasoning.zh}` : '。'}`,
        en: `The bed-days are counted as ${how.en}: worked out from the source, not stated as such${reasoning ? `: ${reasoning.en}` : '.'}`,
      },
      { zh: `床日数按${how.zh}算,这是根据原文推算的`, en: `the bed-days are counted as ${how.en}, worked out from the source` },
      path,
    );
  },
  /** Policy model 2: a later stay under a yearly total of deductibles (deductible_year_cap) and --ytd-deductible not given: none charged before is assumed. */
  ytdDeductibleAssumed: (path: string, cap: number): Warning =>
    warning(
      'ytd_deductible_assumed',
      'assumed',
      {
        zh: `本年住院累计收取的起付标准不超过 ${formatFen(cap)} 元;未给出本年此前已收取的起付标准,按 0 计算。如此前住院已收取,请用 --ytd-deductible 给出(批量处理时按同一人此前的住院行累计)。`,
        en: `Deductibles charged for stays in a year add up to at most ${formatFen(cap)}; what earlier stays were charged this year was not given, so none is assumed. If they were charged, give it with --ytd-deductible (batch adds up the person's earlier rows).`,
      },
      { zh: '按本年此前没有收过起付线算的', en: 'no deductible is taken as charged earlier this year' },
      path,
    ),
  /** Policy model 2: bands on the year's running total (bands.per year) and --ytd-banded not given on a claim the year had others before: none is assumed. */
  ytdBandedAssumed: (path: string): Warning =>
    warning(
      'ytd_banded_assumed',
      'assumed',
      {
        zh: '报销比例按本年累计金额分段;未给出本年此前已累计计入分段的金额,按 0 计算(本次从第一段算起)。如本年此前已有住院,请用 --ytd-banded 给出(批量处理时按同一人此前的行累计)。',
        en: "The ratio is banded on the year's running total; what the year's bands already held was not given, so none is assumed (this claim starts in the first band). If there were earlier stays this year, give it with --ytd-banded (batch adds up the person's earlier rows).",
      },
      { zh: '按本年此前没有累计分段金额算的', en: "nothing is taken as banded earlier this year" },
      path,
    ),
  /** Policy model 2: --filing filed where the policy tells temporary filing (临时外出就医已备案) apart: settled as the long-term kind. */
  filingLongTerm: (path: string): Warning =>
    warning(
      'filing_long_term',
      'note',
      {
        zh: '“异地已备案”按异地长期居住/常驻异地人员备案的待遇计算;本政策对临时外出就医已备案另有规定,如是临时外出就医,请用 --filing temporary(临时外出备案)。',
        en: 'Filed care is settled as long-term filing (living or working elsewhere); this policy has other rules for a temporary trip that filed: if it was one, give --filing temporary.',
      },
      { zh: '异地已备案按长期居住或常驻异地算的,临时外出就医另有规定', en: 'filed care is taken as long-term filing; a temporary trip has other rules' },
      path,
    ),
  /** newborn_deductible_share: neither the birth date nor the age given, taken as not born in the claim's year. */
  newbornAssumed: (path: string): Warning =>
    warning(
      'newborn_assumed',
      'assumed',
      { zh: '本政策规定新生儿出生当年住院的起付线另有标准;未给出出生日期,按不是出生当年的新生儿计算。如是,请用 --birth-date 给出。', en: "This policy charges a newborn a different deductible in the birth year; no birth date was given, so the patient is taken as not born this year. If they were, give --birth-date." },
      { zh: '按不是出生当年的新生儿算的', en: 'the patient is taken as not born this year' },
      path,
    ),
  /** disease_limits.prorate: a chronic claim without --certified, its disease taken as certified before the year (the whole limit). */
  certifiedAssumed: (path: string): Warning =>
    warning(
      'certified_assumed',
      'assumed',
      { zh: '本政策规定年度中途认定的病种按剩余月数折算年度支付限额;未给出认定日期,按年初以前已认定、全年限额计算。如是今年认定的,请用 --certified 给出。', en: 'This policy prorates the yearly limit of a disease certified during the year; no certification date was given, so the disease is taken as certified before the year (the whole limit). If it was certified this year, give --certified.' },
      { zh: '按今年以前已认定算的', en: 'taken as certified before this year' },
      path,
    ),
  /** newborn_enrolment: a newborn's claim without --enrolled, taken as enrolled in time (covered from birth). */
  enrolledAssumed: (path: string): Warning =>
    warning(
      'enrolled_assumed',
      'assumed',
      { zh: '本政策规定新生儿在出生后规定日数内参保才自出生之日起享受待遇;未给出参保登记日期,按已在期限内参保计算。如不是,请用 --enrolled 给出。', en: 'This policy covers a newborn from birth only if enrolled within so many days; no enrolment date was given, so the newborn is taken as enrolled in time. If not, give --enrolled.' },
      { zh: '按新生儿已按时参保算的', en: 'the newborn is taken as enrolled in time' },
      path,
    ),
  /** newborn_deductible_scope first_stay: a newborn's stay without --admission, taken as the first since birth. */
  newbornFirstAssumed: (path: string): Warning =>
    warning(
      'admission_assumed',
      'assumed',
      { zh: '本政策规定新生儿只有出生后首次住院的起付线另有标准;未给出本年第几次住院,按出生后首次住院计算。如不是,请用 --admission 给出。', en: "This policy charges a newborn a different deductible on the first stay after birth only; the stay's number was not given, so it is taken as the first. If it is not, give --admission." },
      { zh: '按出生后首次住院算的', en: 'taken as the first stay after birth' },
      path,
    ),
  /** Policy model 2: a visit at a level that pays emergency visits at another level's ratio (emergency_ratio_as), --emergency not given: not an emergency. */
  emergencyAssumed: (path: string, level: string, as: string | null): Warning => {
    const zh = LEVEL_WORDS[level] ?? level;
    const to = as === null ? { zh: '另有规定', en: 'other rules' } : { zh: `按${LEVEL_WORDS[as] ?? as}医疗机构比例支付`, en: `the level-${as} ratio` };
    return warning(
      'emergency_assumed',
      'assumed',
      {
        zh: `本政策规定因急诊在${zh}医疗机构就诊的${to.zh};未说明本次是否急诊,按非急诊计算。如是急诊,请用 --emergency yes 给出(批量处理用“急诊”列)。`,
        en: `This policy pays an emergency visit at a level-${level} facility at ${to.en}; whether this visit was an emergency was not said, so it is taken as not one. If it was, give --emergency yes (batch: the emergency column).`,
      },
      { zh: '按非急诊算的', en: 'it is taken as not an emergency' },
      path,
    );
  },
  /** Policy model 2: a second layer's cap_incentive held the layer's payment and the claim did not give the years it reads: no raise for them. */
  capIncentiveAssumed: (path: string, layer: Text, missing: readonly ('insured_years' | 'zero_claim_years')[]): Warning => {
    const zh = missing.map((f) => (f === 'insured_years' ? '连续参保年数(--insured-years,批量“连续参保年数”列)' : '基金零报销年数(--zero-claim-years,批量“零报销年数”列)')).join('和');
    const en = missing.map((f) => (f === 'insured_years' ? 'the years of continuous insurance (--insured-years; batch: insured_years)' : 'the years without fund reimbursement (--zero-claim-years; batch: zero_claim_years)')).join(' and ');
    return warning(
      'cap_incentive_assumed',
      'assumed',
      {
        zh: `本次${layer.zh}支付达到年度最高支付限额;本政策对连续参保、基金零报销的参保人员提高该限额,但未给出${zh},按不提高计算。如有,请给出。`,
        en: `The ${layer.en} payment reached its yearly cap; this policy raises that cap for continuous insurance and years without reimbursement, but ${en} were not given, so no raise is counted. Give them if known.`,
      },
      { zh: '最高支付限额按未提高算的', en: 'the cap is taken as not raised' },
      path,
    );
  },
  /** Policy model 2: a readmission under a rule for the same facility only, --previous-same-facility not given, either answer paying the same: settled as the same facility. */
  previousFacilityAssumed: (path: string): Warning =>
    warning(
      'previous_facility_assumed',
      'assumed',
      {
        zh: '本政策只对在同一定点医疗机构再次住院的视同一次住院;没有说明上次住院是否在同一家医疗机构,本次结果两种情况相同,按同一医疗机构计算(本年住院次数按视同一次住院计)。如不是,请用 --previous-same-facility no 给出。',
        en: 'This policy counts a readmission as the same stay at the same facility only; whether the last stay was here was not said. This claim pays the same either way; it is taken as the same facility (the year’s admission count follows that). If not, give --previous-same-facility no.',
      },
      { zh: '按上次住院在同一家医院算的', en: 'the last stay is taken as at the same facility' },
      path,
    ),
  /** Policy model 2: a referral within the 医联体 (--referred-from) the policy's rule does not reach, or a policy with no such rule: the general deductible. */
  referralGeneral: (path: string, why: Text): Warning =>
    warning(
      'referral_general',
      'note',
      { zh: `医联体内转诊:${why.zh}。`, en: `Referral within the medical alliance: ${why.en}.` },
      { zh: '转诊按一般规定收起付线', en: 'the referral takes the usual deductible' },
      path,
    ),
  /** Policy model 2: a claim in several assistance groups (several_groups): the group it was settled as, or every group the same. */
  severalGroups: (path: string, message: Text): Warning =>
    warning('several_groups', 'note', { zh: `${message.zh}。`, en: `${message.en}.` }, message, path),
  /** Policy model 2: the admission number was not given; the first of the year is assumed. */
  admissionAssumed: (path: string): Warning =>
    warning(
      'admission_assumed',
      'assumed',
      { zh: '未说明这是本年第几次住院,按第一次计算(起付线按次收取,以后各次减收);如不是第一次,请用 --admission 给出。', en: 'The admission number was not given, so this is taken as the first stay of the year (the deductible is charged per admission, less for later ones); if it is not the first, give --admission.' },
      { zh: '按本年第一次住院算的', en: "it is taken as the year's first stay" },
      path,
    ),
  /** Policy model 2: the second layer's reading for a claim during which the fund's cap is reached. */
  secondLayerReading: (path: string, name: Text, reading: Text, short: Text | undefined): Warning =>
    warning(
      'second_layer_reading',
      'reading',
      { zh: `本次住院期间达到统筹基金年度最高支付限额:${bare(reading).zh}(${name.zh}),这是对原文的理解。`, en: `The fund's annual cap is reached during this claim: ${bare(reading).en} (${name.en}); this is a reading of the source.` },
      short ? { zh: `${bare(short).zh},这是对原文的理解`, en: `${bare(short).en}; this is a reading of the source` } : { zh: `${name.zh}这次按对原文的理解算`, en: `the ${name.en} follows a reading of the source` },
      path,
    ),
  /** Batch: the person's status changed within the year and the policy does not say how to count: one count kept, an assumption. */
  statusChanged: (): Warning =>
    warning(
      'status_changed',
      'assumed',
      {
        zh: '此人本年度内人员状态有变化(在职与退休);来源未说明此时如何累计(政策的 status_change 未写明),本工具假定把本年已累计的起付线和基金支付连续计算,按本行人员状态的起付线和封顶线扣减。这是假定,不是来源的规定。',
        en: "This person's status changed within the year (active and retired); the sources do not say how to count then (the policy's status_change does not say), so the tool assumes the deductible met and the fund paid so far this year carry over and counts them against this row's status's deductible and cap. This is an assumption, not the sources' rule.",
      },
      { zh: '年内在职和退休身份有变化,全年累计按同一年连续算,这是假定的', en: "the status changed within the year, and one year's count is kept; this is an assumption" },
      'status_change',
    ),
};

/** 350000 yuan -> "350,000" (exact yuan amounts from the policy, never float noise). */
function groupedYuan(fen: number): string {
  const text = formatFen(fen);
  const [int, frac] = text.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === '00' ? grouped : `${grouped}.${frac}`;
}

/** This claim's benefit in words: 职工医保在职人员的普通门诊 / general outpatient of employee insurance (active). */
function claimBenefit(benefit: BenefitId, scheme: Scheme, status: Status | undefined): Text {
  const who = status === undefined ? '' : STATUS_NAMES[status].zh + '人员';
  return {
    zh: `${SCHEME_NAMES[scheme].zh}${who}的${BENEFIT_NAMES[benefit].zh}`,
    en: `${BENEFIT_NAMES[benefit].en} of ${SCHEME_NAMES[scheme].en}${status === undefined ? '' : ` (${STATUS_NAMES[status].en})`}`,
  };
}

/** A value the claim gives that the policy does not use for it (`ignored_input`, a note): said so that nobody believes it changed the answer. */
export const inputWarnings = {
  contribution: (benefit: BenefitId, scheme: Scheme, status: Status | undefined): Warning => {
    const what = claimBenefit(benefit, scheme, status);
    return warning(
      'ignored_input',
      'note',
      {
        zh: `来源没有把${what.zh}待遇与缴费水平挂钩:填写的缴费水平(--contribution)没有用到,不影响本次结果。`,
        en: `The sources do not link ${what.en} to the contribution level: the level given (--contribution) is not used and does not change this result.`,
      },
      { zh: '填写的缴费水平在这里用不上,不影响这笔报销', en: 'the contribution level given is not used here and does not change this claim' },
      'contribution',
    );
  },
  yearsMet: (benefit: BenefitId, scheme: Scheme, status: Status | undefined): Warning => {
    const what = claimBenefit(benefit, scheme, status);
    return warning(
      'ignored_input',
      'note',
      {
        zh: `来源没有把${what.zh}待遇与是否达到规定缴费年限挂钩:填写的缴费年限(--contribution-years-met)没有用到,不影响本次结果。`,
        en: `The sources do not link ${what.en} to whether the required contribution years were met: the answer given (--contribution-years-met) is not used and does not change this result.`,
      },
      { zh: '缴费年限满没满在这里用不上,不影响这笔报销', en: 'whether the contribution years were met is not used here and does not change this claim' },
      'contribution_years_met',
    );
  },
  /** The deductible met this year given where the deductible is charged per admission with no yearly total (deductible_year_cap): not used. */
  ytdDeductible: warning(
    'ignored_input',
    'note',
    {
      zh: '起付线按次收取,且本政策对该待遇没有“年度累计起付线上限”的规定:填写的本年已付起付线(--ytd-deductible)没有用到,不影响本次结果。',
      en: 'The deductible is charged per admission and this policy sets no yearly total of deductibles for this benefit: the deductible met this year (--ytd-deductible) is not used and does not change this result.',
    },
    { zh: '本年已付的起付线在这里用不上,每次住院单独收', en: 'the deductible met this year is not used here: each stay is charged its own' },
    'ytd_deductible',
  ),
  /** 乙类 costs given where the policy has no 先行自付 (model 1, or not for this benefit). */
  classB: warning(
    'ignored_input',
    'note',
    { zh: '已提供乙类费用,但本政策对该待遇没有乙类先行自付的规定,乙类费用按一般政策范围内费用计算。', en: 'Class-B costs were given, but this policy has no class-B first pay for this benefit; they count as ordinary in-scope costs.' },
    { zh: '乙类费用这里不单独计算', en: 'the class-B costs are not counted apart here' },
    'class_b',
  ),
  /** A medical-assistance group given where the policy has no assistance for this benefit. */
  assistance: warning(
    'ignored_input',
    'note',
    { zh: '已提供医疗救助对象类别,但本政策对该待遇没有医疗救助的规定,未计算救助。', en: 'A medical-assistance group was given, but this policy has no medical assistance for this benefit; none is computed.' },
    { zh: '医疗救助这里没有算', en: 'medical assistance is not computed here' },
    'assistance',
  ),
  relation: warning(
    'ignored_input',
    'note',
    {
      zh: '没有家庭共济余额(--family),填写的与账户持有人的关系(--relation)没有用到,不影响本次结果。',
      en: 'No family mutual-aid balance (--family) is given, so the relation given (--relation) is not used and does not change this result.',
    },
    { zh: '没有用家庭共济,填写的家庭关系不影响这笔报销', en: 'no family mutual aid is used, so the relation given does not change this claim' },
    'relation',
  ),
};
