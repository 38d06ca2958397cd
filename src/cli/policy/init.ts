// `yibao policy init <id>`: a skeleton policy for a new city. Every parameter is present and
// unknown (value: null with a note to fill in), the file points at the JSON Schema so an editor
// completes and checks keys, and it passes `policy validate` as it is. Model 2 (init-v2.ts): every
// rulebook structure is there too, unknown.
import { BENEFITS, TIERS } from '../../domain.js';

const TIER_NAMES: Record<string, [string, string]> = {
  '1': ['一级医疗机构', 'tier-1 facility'],
  '2': ['二级医疗机构', 'tier-2 facility'],
  '3': ['三级医疗机构', 'tier-3 facility'],
  community: ['社区卫生服务机构', 'community health facility'],
};

import { q, text, unknown } from './init-text.js';
import { diseaseLines, schemeLines as schemeV2Lines, topLines, versionLines } from './init-v2.js';
import { KEY_WORDS, benefitScheme, word } from './words.js';

const zhWord = (key: string) => word(KEY_WORDS, key, 'zh');
const RATIO_HOW = { zh: '0..1(80%写 0.8)', en: '0..1 (80%: 0.8)' };

/** One ratio per level; `status` (在职 / 退休) goes in the same brackets as the level. */
function byTier(pad: string, what: { zh: string; en: string }, status?: string): string[] {
  return TIERS.map((t) => {
    const zhKeys = [...(status ? [zhWord(status)] : []), zhWord(t)].join(',');
    return `${pad}"${t}": ${unknown(`${what.zh}报销比例(${zhKeys}),${RATIO_HOW.zh}`, `the ${what.en} ratio${status ? `, ${status}` : ''}, tier ${t}, ${RATIO_HOW.en}`)}`;
  });
}

/** 门诊慢特病 with per-disease limits only: the cap is deleted, not left unknown. */
const noCapComment = (pad: string) => `${pad}# 原文只有病种限额、没有门诊慢特病的总限额(如“不占用住院统筹基金年度最高支付限额”)时删除 cap / delete cap when the rulebook sets no overall chronic cap`;

function schemeLines(benefit: string, scheme: 'employee' | 'resident'): string[] {
  const pad = '          ';
  const what = `${benefit} ${scheme}`;
  const named = { zh: benefitScheme(benefit, scheme, 'zh'), en: what };
  const lines = [`        ${scheme}:`];
  const period = `${pad}deductible_period: { value: null, note: ${text('待填写:起付线按自然年度累计(year)还是按每次住院/就诊(admission);来源未说明时保留 null,计算时按全额起付线并注明', 'To fill in: whether the deductible is met once a calendar year (year) or charged per admission (admission); leave null when the sources do not say: a claim is then charged in full, with a warning')} }`;
  if (scheme === 'employee') {
    lines.push(`${pad}deductible:`);
    for (const s of ['active', 'retired']) lines.push(`${pad}  ${s}: ${unknown(`${named.zh}起付线(${zhWord(s)}),元`, `the ${what} deductible, ${s}, in yuan`)}`);
    lines.push(period);
    lines.push(`${pad}# 退休人员按“提高N个百分点”计算时:去掉 active/retired 这一层,只按级别写比例,并填 retiree_bonus;另列 retired 比例时不再加 retiree_bonus / retirees by added points: key the ratio by tier only and fill retiree_bonus (a retired map takes no bonus)`);
    lines.push(`${pad}ratio:`);
    for (const s of ['active', 'retired']) lines.push(`${pad}  ${s}:`, ...byTier(`${pad}    `, named, s));
    lines.push(`${pad}retiree_bonus: ${unknown('退休人员支付比例提高的百分点,0..1(提高5个百分点写 0.05);没有则删除此行', 'the points added to the ratio for retirees, 0..1 (5 points: 0.05); delete if none')}`);
    if (benefit === 'chronic') lines.push(noCapComment(pad));
    lines.push(`${pad}cap:`);
    for (const s of ['active', 'retired']) lines.push(`${pad}  ${s}: ${unknown(`${named.zh}封顶线(${zhWord(s)}),元`, `the ${what} cap, ${s}, in yuan`)}`);
    if (benefit === 'inpatient') lines.push(...schemeV2Lines(pad, benefit, scheme));
  } else {
    lines.push(`${pad}deductible: ${unknown(`${named.zh}起付线,元`, `the ${what} deductible, in yuan`)}`, period);
    lines.push(`${pad}ratio:`, ...byTier(`${pad}  `, named));
    if (benefit === 'chronic') lines.push(noCapComment(pad));
    lines.push(`${pad}cap: ${unknown(`${named.zh}封顶线,元`, `the ${what} cap, in yuan`)}`);
    if (benefit === 'inpatient') lines.push(...schemeV2Lines(pad, benefit, scheme));
  }
  return lines;
}

/** The skeleton YAML for city `id`; `schemaRef` is the path from the file to the JSON Schema. */
export function skeletonPolicy(id: string, schemaRef: string): string {
  const lines = [
    `# yaml-language-server: $schema=${schemaRef}`,
    `# ${id}: skeleton made by \`yibao policy init\`. Replace each "待填写 / To fill in" with what your`,
    '# source states: { value: <number>, source: <key of sources>, quote: <the sentence that states it> }.',
    '# What the sources do not state stays value: null with a note. Check with: yibao policy validate <file>',
    '# Every model-2 structure (docs/policies.md) is here, unknown: fill it in, or delete it when the rulebook has no such rule.',
    'schema: yibao.policy/2',
    `id: ${id}`,
    `name: ${text('待填写城市名', 'To fill in (city name)')}`,
    `region: ${text('待填写省市', 'To fill in (city, province)')}`,
    '',
    'sources:',
    '  source-1:',
    `    title: ${q('待填写(来源文件标题)')}`,
    `    publisher: ${q('待填写(发布单位)')}`,
    '    date: unknown',
    `    file: sources/${id}.txt`,
    '',
    'tiers:',
    ...TIERS.map((t) => `  "${t}": { name: ${text(...TIER_NAMES[t]!)}${t === 'community' ? `, counts_as: null, note: ${text('待填写:社区机构按哪一级报销', 'To fill in: which tier community facilities count as')}` : ''} }`),
    '',
    ...topLines(),
    '',
    'versions:',
    '  - effective: null',
    `    effective_note: ${text('待填写:这些规定的生效日期(YYYY-MM-DD)', 'To fill in: the date these rules take effect (YYYY-MM-DD)')}`,
    '    # 来源覆盖到哪天(如“2025年度…待遇标准”写 "2025-12-31" 并附原文;只写“自…起执行”、由本单位随调整更新的写 open 并引该句);原文没写就保持 null / how far the sources cover (a date, or open)',
    '    covers_until:',
    '      value: null',
    `      note: ${text('待填写:原文写明的适用期末日(如“2025年度”);没写就保持 null,之后的就诊会提示政策调整未知', 'To fill in: the last day the text says its rules are for (e.g. "2025年度"); if it says none, keep null and later visits are warned')}`,
    '    rounding:',
    '      mode: half_up',
    '      unit: "0.01"',
    `      note: ${text('来源未规定舍入方式时,按接口约定四舍五入到分。', 'Where the source states no rounding, the contract fixes half-up to 0.01 yuan.')}`,
    '    benefits:',
    ...BENEFITS.flatMap((b) => [`      ${b}:`, ...(b === 'chronic' ? diseaseLines('        ') : []), ...schemeLines(b, 'employee'), ...schemeLines(b, 'resident')]),
    ...versionLines(),
    '    family:',
    `      relations: { values: null, note: ${text('待填写:可用个人账户共济的亲属', 'To fill in: the relatives a personal account may pay for')} }`,
    '      order:',
    '        values: [own_account, family]',
    `        note: ${text('按接口约定先用本人账户,再用家庭共济;来源另有规定时改写。', "By the contract the patient's own account pays first; change it if the source says otherwise.")}`,
    '    facts: []',
    '',
    '# 住院的入院、出院日期分属两个版本(如修改通知自某日起施行)时按哪个版本结算:admission(入院之日)或 discharge(出院结算之日);原文不说保持 null / which version governs a stay crossing a version',
    `stay_version: { value: null, note: ${text('待填写:跨越施行日期的住院按入院日期还是出院(结算)日期适用的版本;原文没写就保持 null', 'To fill in: whether a stay crossing a version takes the version of its admission or of its discharge (settlement) day; keep null if the text does not say')} }`,
    '',
    'hotline:',
    '  number: null',
    `  note: ${text('待填写:医保服务热线号码', 'To fill in: the medical insurance hotline number')}`,
    '',
    'faq: []',
  ];
  return `${lines.join('\n')}\n`;
}
