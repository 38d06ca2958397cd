// Every word the wizard says, in Chinese and English: questions in plain words a citizen
// understands, with a one-line hint for each choice. No policy numbers here (those come
// from the policy file); only what the terms mean.
import type { Relation, Scheme, Status, Text, Tier } from '../../domain.js';

export type { Text };

export const SCHEME_TEXT: Record<Scheme, { name: Text; hint: Text }> = {
  employee: {
    name: { zh: '职工医保', en: 'Employee insurance (职工医保)' },
    hint: {
      zh: '职工基本医疗保险:多由单位参保、每月从工资里扣缴,退休职工也在其中',
      en: 'Employees\' basic medical insurance: usually through an employer, paid monthly from wages; retired employees too',
    },
  },
  resident: {
    name: { zh: '居民医保', en: 'Resident insurance (居民医保)' },
    hint: {
      zh: '城乡居民基本医疗保险:每年自己交一次费,如学生、儿童、农村居民、没有单位的老人',
      en: 'Urban and rural residents\' insurance: a yearly fee you pay yourself, e.g. students, children, villagers, older people without an employer',
    },
  },
};

export const STATUS_TEXT: Record<Status, { name: Text; hint: Text }> = {
  active: {
    name: { zh: '在职', en: 'Working (在职)' },
    hint: { zh: '还在工作、按月缴纳医保', en: 'Still working and paying contributions' },
  },
  retired: {
    name: { zh: '退休', en: 'Retired (退休)' },
    hint: { zh: '已经办理退休手续', en: 'Officially retired' },
  },
};

export const RELATION_TEXT: Record<Relation, Text> = {
  spouse: { zh: '配偶', en: 'spouse' },
  parent: { zh: '父母', en: 'parent' },
  child: { zh: '子女', en: 'child' },
  sibling: { zh: '兄弟姐妹', en: 'brother or sister' },
  grandparent: { zh: '祖父母、外祖父母', en: 'grandparent' },
  grandchild: { zh: '孙子女、外孙子女', en: 'grandchild' },
  parent_in_law: { zh: '配偶的父母(岳父母、公婆)', en: 'parent-in-law' },
  child_in_law: { zh: '子女的配偶(女婿、儿媳)', en: 'child-in-law (son- or daughter-in-law)' },
};

const DETAIL_TOPICS: { fields: string[]; zh: string; en: string }[] = [
  { fields: ['out_of_scope'], zh: '目录外全自费', en: 'costs outside the policy' },
  { fields: ['ytd_deductible', 'ytd_fund', 'ytd_benefit_fund', 'ytd_burden', 'ytd_second', 'ytd_assistance', 'ytd_assistance_deductible'], zh: '今年已报销过', en: 'earlier claims this year' },
  { fields: ['account'], zh: '个人账户', en: 'personal account' },
  { fields: ['family'], zh: '家庭共济', en: 'family mutual aid' },
];

export const Q = {
  /** atDesk: no flags to change the city or the date there (the question says them). */
  intro: (city: string, benefit: string, date: string, atDesk = false): Text => ({
    zh: `计算${city}${benefit}报销,就诊日期 ${date}${atDesk ? '' : '(可用 --city、--benefit、--date 更改)'}。直接按 Enter 使用默认答案,Ctrl-C 退出。`,
    en: `Explaining a ${benefit} claim in ${city}, visit on ${date}${atDesk ? '' : ' (change with --city, --benefit, --date)'}. Press Enter to take the default answer, Ctrl-C to quit.`,
  }),
  scheme: { zh: '您参加的是哪种医保?', en: 'Which insurance do you have?' },
  status: { zh: '您现在是在职还是退休?', en: 'Are you working or retired?' },
  tier: {
    zh: '看病的医院是几级?(医院等级:看收费票据,医院门口的牌子上也写着)',
    en: 'What level is the hospital? (Its grade, 医院等级: see the receipt, or the plaque at the entrance.)',
  },
  /** The same, where the policy also names kinds of facility (乡镇卫生院, 村卫生室 …). */
  tierOrFacility: {
    zh: '看病的医院是几级,或是哪一类机构?(医院等级:看收费票据,医院门口的牌子上也写着)',
    en: 'What level is the hospital, or what kind of facility? (Its grade, 医院等级: see the receipt, or the plaque at the entrance.)',
  },
  /** Tiers the policy pays as this one, from its sources (Suizhou: 一级 includes 社区卫生服务站). */
  tierIncludes: (names: string): Text => ({ zh: `(含${names})`, en: `, including a ${names}` }),
  countsAs: (tierName: string): Text => ({ zh: `本地按${tierName}报销`, en: `Paid here as a ${tierName}.` }),
  /** A facility with a standard of its own (三级甲等医疗机构执行…三级甲等标准), else paid as its level. */
  ratedLevel: (tierName: string): Text => ({ zh: `按其评定级别(${tierName})报销,本类机构的比例另有规定时按规定调整`, en: `Paid at its rated level (${tierName}), with the ratio changes the rules set for this kind of facility.` }),
  ownStandard: (tierName: string): Text => ({ zh: `有单列的报销标准;没有单列的按${tierName}报销`, en: `Has a standard of its own; where none is set, paid as a ${tierName}.` }),
  /** A facility counted as its level for some benefits only (执行一级医疗机构普通门诊标准). */
  onlyFor: (benefits: string): Text => ({ zh: `(只限${benefits})`, en: ` (${benefits} only)` }),
  /** Benefits the fund does not pay at a facility (其住院费用统筹基金不予支付). */
  refusedAt: (benefits: string): Text => ({ zh: `;${benefits}费用统筹基金不予支付`, en: `; the fund does not pay ${benefits} costs there.` }),
  /** A tier the sources do not place (Xianning's community facilities): no flag on a citizen's screen. */
  notPlaced: (tierName: string): Text => ({
    zh: `资料没有说明${tierName}按哪一级报销;收费票据上写了医院等级的,请选那一级。`,
    en: `The sources do not say which level a ${tierName} is paid as; if the receipt gives its grade, choose that level.`,
  }),
  amount: { zh: '这次一共花了多少钱(元,看发票上的总金额)?', en: 'What did the visit cost in total (yuan, the total on the receipt)?' },
  contribution: {
    zh: '您的平均缴费基数是上年平均工资的多少(如 85% 或 0.85;不清楚可问单位或医保窗口)?',
    en: 'Your average contribution base as a share of last year\'s average wage (e.g. 85% or 0.85; your employer or the insurance office knows)?',
  },
  /** Enter with no level: nothing is assumed (a level decides which benefits the fund pays). */
  contributionNeeded: {
    zh: '请填写缴费水平(如 85%):它决定统筹基金报不报,不会替您假定。不清楚可问单位或医保窗口。',
    en: 'Please give the contribution level (e.g. 85%): it decides whether the fund pays, so it is not assumed. Your employer or the insurance office knows.',
  },
  contributionRule: (rule: string): Text => ({ zh: `本地规定:${rule}`, en: `Local rule: ${rule}` }),
  yearsMet: {
    zh: '退休时,您的医保累计缴费年限达到规定年限了吗(不清楚可问单位或医保窗口)?',
    en: 'When you retired, had you paid in for the required number of years (your employer or the insurance office knows)?',
  },
  yearsMetChoice: {
    yes: { zh: '达到了', en: 'Yes' },
    no: { zh: '没达到', en: 'No' },
    unknown: { zh: '不清楚(按缴费档次算,会注明是对原文的理解)', en: 'Not sure (the contribution bands decide, marked as a reading)' },
  },
  /** The one question that opens the optional details, naming only those this claim can take. */
  details: (fields: readonly string[]): Text => {
    const topics = DETAIL_TOPICS.filter((d) => d.fields.some((f) => fields.includes(f)));
    return {
      zh: `还有别的情况要算进去吗?(${topics.map((d) => d.zh).join('、')})`,
      en: `Anything else to include? (${topics.map((d) => d.en).join(', ')})`,
    };
  },
  outOfScope: {
    zh: '其中医保目录外、全部自费的部分有多少元(发票上的“全自费”;没有就按 Enter)?',
    en: 'How much of it is outside the policy scope, paid fully by you ("全自费" on the receipt; none: press Enter)?',
  },
  ytdDeductible: (benefit: string): Text => ({
    zh: `今年以来看${benefit}时,起付线(每年先由自己付的门槛费)已经自付了多少元?`,
    en: `How much of this year's deductible (the part you pay yourself first each year) have earlier ${benefit} visits already met, in yuan?`,
  }),
  ytdFund: (benefit: string): Text => ({
    zh: `今年以来${benefit}医保统筹基金已经给您报销了多少元?`,
    en: `How much has the insurance fund already paid for your ${benefit} care this year, in yuan?`,
  }),
  account: {
    zh: '要用自己个人账户(医保卡)里的钱付吗?可用余额多少元?',
    en: 'Will you pay from your own personal account (medical insurance card)? Balance to use, in yuan?',
  },
  family: {
    zh: '有家人的职工医保个人账户绑定给您用(家庭共济)吗?可用余额多少元?',
    en: 'Does a relative\'s employee personal account cover you (family mutual aid, 家庭共济)? Balance available, in yuan?',
  },
  relation: {
    zh: '看病的人是这个账户主人的什么人?',
    en: 'What is the patient to the account holder?',
  },
  relationHint: (word: string): Text => ({
    zh: `看病的人是账户主人的${word}`,
    en: `the patient is the account holder's ${word}`,
  }),
  another: { zh: '再算一笔?', en: 'Explain another claim?' },
  samePerson: { zh: '同一个人?', en: 'For the same person?' },
  /** The next claim of the same person starts from that person's year so far. */
  /**
   * deductible: undefined where it does not count over the year (none, or the sources do not say it
   * does); chargedAgain: there is one, so it is charged again in full.
   */
  carried: (benefit: string, deductible: string | undefined, fund: string, chargedAgain = false): Text =>
    deductible === undefined
      ? {
          zh: `接着算同一个人今年的${benefit}:统筹基金已报销${fund}元(含上面算过的),这一笔从这里接着算。${chargedAgain ? '政策没写起付线按年累计,这一笔的起付线照全额算。' : ''}`,
          en: `Going on with the same person's ${benefit} year: ${fund} yuan paid by the fund so far (the claims above included); this claim starts from there.${chargedAgain ? " The policy does not say the deductible counts over the year, so this claim's deductible is charged in full." : ''}`,
        }
      : {
          zh: `接着算同一个人今年的${benefit}:起付线已付${deductible}元,统筹基金已报销${fund}元(含上面算过的),这一笔从这里接着算。`,
          en: `Going on with the same person's ${benefit} year: ${deductible} yuan of the deductible met and ${fund} yuan paid by the fund so far (the claims above included); this claim starts from there.`,
        },
  /** A session that explained some claims and not the last one. */
  lastNotAnswered: (explained: number): Text => ({
    zh: `上面已算出${explained}笔;最后这笔没有算出来,原因见上。`,
    en: `${explained === 1 ? 'One claim was' : `${explained} claims were`} explained above; the last one could not be, for the reason shown.`,
  }),
};

/** The stop screen when the answers so far make the claim unanswerable (unanswerable.ts). */
export const STOP = {
  title: { zh: 'yibao 无法计算这笔报销。', en: 'yibao cannot work this claim out.' },
  known: { zh: '已知:', en: 'Known: ' },
  notKnown: { zh: '不知道:', en: 'Not known: ' },
  cannotSay: {
    zh: '所以算不出这次统筹基金能报多少。',
    en: 'So how much the fund pays for this visit cannot be worked out.',
  },
  unknown: (city: Text, what: Text, where: Text | undefined, plural: boolean): Text => ({
    zh: `${city.zh}的政策资料没有写明${where ? where.zh : ''}${what.zh},yibao 不会自己猜测${plural ? '这些数字' : '这个数字'}。`,
    en: `The ${city.en} policy sources do not state ${what.en}${where ? ` ${where.en}` : ''}, and yibao will not guess ${plural ? 'them' : 'it'}.`,
  }),
  atTier: (tier: Text): Text => ({ zh: `在${tier.zh}看病时`, en: `at a ${tier.en}` }),
  operators: (sets: Text): Text => ({
    zh: `【供接线员使用】如已知这些数值,可加上 ${sets.zh} 再算一次(结果会注明是假定的)。`,
    en: `[For hotline operators] If you know the values, run again with ${sets.en} (the result marks them as assumed).`,
  }),
  /** A value the policy states, in words a citizen understands. */
  value: {
    cap: (what: Text, v: string): Text => ({ zh: `${what.zh}每年最多报销${v}元(封顶线)。`, en: `${what.en} pays at most ${v} yuan a year (the cap).` }),
    deductible: (what: Text, v: string): Text => ({ zh: `${what.zh}的起付线是${v}元。`, en: `the deductible of ${what.en} is ${v} yuan.` }),
    ratio: (what: Text, v: string): Text => ({ zh: `${what.zh}的报销比例是${v}。`, en: `the ratio of ${what.en} is ${v}.` }),
    /** `v`: percentage points ("10"), as the rulebooks write an uplift (提高10个百分点), never a factor. */
    retiree_bonus: (what: Text, v: string): Text => ({ zh: `${what.zh}退休人员比例提高${v}个百分点。`, en: `${what.en} adds ${v} percentage points for retirees.` }),
  },
  /** What a known value rests on. */
  quoted: (quote: string): Text => ({ zh: `原文:“${quote}”。`, en: `Source: "${quote}".` }),
  reading: (reading: Text): Text => ({ zh: `这是对原文的理解:${reading.zh}`, en: `This is a reading of the source: ${reading.en}` }),
  inferred: (reasoning: Text | undefined): Text => ({
    zh: `这是根据原文推算的${reasoning ? `:${reasoning.zh}` : '。'}`,
    en: `This is worked out from the source${reasoning ? `: ${reasoning.en}` : '.'}`,
  }),
  next: { zh: '接下来怎么办?', en: 'What next?' },
  otherScheme: { zh: '换一种医保类型重新选', en: 'Choose another insurance type' },
  otherStatus: { zh: '重新选择在职或退休', en: 'Answer working or retired again' },
  otherTier: { zh: '换一个医疗机构级别重新选', en: 'Choose another kind of facility' },
  stop: { zh: '结束', en: 'Stop here' },
};
