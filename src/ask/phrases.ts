// The ways a caller gives the rest of a claim, as patterns over a clause's working text
// (lower-case, numbers as digits: clauses.ts), each mapped to a calc flag: what the fund already
// paid this year (--ytd-fund), the deductible already met (--ytd-deductible; "付满" is the whole
// of the policy's deductible, resolved once the claim is known), out-of-scope costs
// (--out-of-scope), the personal account (--account), a relative's account (--family,
// --relation), and what a question may leave over that still carries meaning (a number, an
// amount word, a payment already made): that is never dropped silently (parse.ts). Data only.
import type { Relation } from '../domain.js';
import { HAN_CLASS } from '../text/han.js';

/**
 * Words one of which every match of a pattern group contains. A clause with none of them is not
 * read with the group: V8 compiles a pattern on its first use, and compiling every pattern for
 * every question cost `ask` a tenth of its start-up (bench/startup.mjs). A test checks that each
 * group's matches contain one of its words (test/ask/phrases-needs.test.ts).
 */
export interface Needs {
  anyOf: readonly string[];
  /** An amount is part of every match: the clause has a digit (clauses.ts writes numbers as digits). */
  digit: boolean;
}

/**
 * An amount: 300, 300元, 300块, ¥300, 1200.50. Not 300多 (about 300), 3月, 3次, 85%, 2.5k, -100; and
 * 12块五 / 1250元5角 / 1250块五毛 are not taken with their unit (块五 is 12.50, which this does not
 * read): the 块 or 元 is left over and the clause is reported as not understood, never 12.
 */
export const AMOUNT = String.raw`(?:¥|rmb)?\s{0,3}(?<![-−\d.])(\d+(?:\.\d+)?)\s{0,3}(?:(?:元|块钱|块)(?![零一二两三四五六七八九十\d])|rmb|yuan)?(?![\d.%a-z年月日号岁种个次天级多来余毛角])`;

/** Words before a payment that say when and how much so far: 今年已经, 之前, 一共… */
// Bounded repetitions throughout ({0,4}, not *): a pasted wall of 已经已经… is read in linear time.
const SO_FAR = String.raw`(?:今年|本年|年内|之前|以前|此前|前面|先前|上次|前几次|已经|已|都|一共|总共|累计|共|还){0,4}`;
/** A payment made earlier: one of these words must be in the phrase (报了300 alone may be this visit's). */
const BEFORE_WORDS = ['今年', '本年', '年内', '之前', '以前', '此前', '前面', '先前', '上次', '前几次', '已', '累计', '过'];
export const BEFORE = new RegExp(BEFORE_WORDS.join('|'), 'u');

const DED = String.raw`(?:起付线|起付标准|起付|门槛)`;
const DED_WORDS = ['起付', '门槛'];
const PAY = String.raw`(?:付|交|缴|扣)`;
const PAST = String.raw`(?:了|过)`;
const FUND = String.raw`(?:统筹基金|门诊统筹|统筹|基金|医保)`;
const REIMBURSED = String.raw`(?:报销|报|赔付|赔)`;
const FULL = String.raw`(?:满|够|完|齐|足)`;

/** 起付线已经付满了 / 起付线交够了 / 已经过了起付线: the whole deductible met before this visit. */
export const DEDUCTIBLE_FULL = [
  new RegExp(String.raw`${DED}${SO_FAR}${PAY}?${PAST}?${FULL}${PAST}?`, 'gu'),
  new RegExp(String.raw`${SO_FAR}${PAY}${FULL}${PAST}?${DED}`, 'gu'),
  new RegExp(String.raw`${SO_FAR}(?:超过|超了|过了|达到了|达到|到了)${DED}`, 'gu'),
];

export const DEDUCTIBLE_FULL_NEEDS: Needs = { anyOf: DED_WORDS, digit: false };

/** 起付线已经付了300 / 已付起付线300 / 已经交了300的起付线 / 起付线300已经付了. */
export const DEDUCTIBLE_PAID = [
  new RegExp(String.raw`${DED}${SO_FAR}${PAY}${PAST}{0,2}${SO_FAR}${AMOUNT}`, 'gu'),
  new RegExp(String.raw`${SO_FAR}${PAY}${PAST}{0,2}(?:的)?${DED}${SO_FAR}${AMOUNT}`, 'gu'),
  new RegExp(String.raw`${SO_FAR}${PAY}${PAST}{0,2}${AMOUNT}(?:的)?${DED}`, 'gu'),
  new RegExp(String.raw`${DED}${AMOUNT}${SO_FAR}${PAY}${PAST}{1,2}`, 'gu'),
];

export const DEDUCTIBLE_PAID_NEEDS: Needs = { anyOf: DED_WORDS, digit: true };

/** 今年已经报了300 / 统筹已报300 / 之前报过300 / 统筹基金已支付800. */
export const FUND_PAID = [
  new RegExp(String.raw`${FUND}?${SO_FAR}${REIMBURSED}${PAST}{0,2}${SO_FAR}${AMOUNT}`, 'gu'),
  new RegExp(String.raw`${FUND}${SO_FAR}(?:支付|给付|付)${PAST}{0,2}${SO_FAR}${AMOUNT}`, 'gu'),
];

/** The group's matches are kept only with a word of BEFORE in them (extras.ts). */
export const FUND_PAID_NEEDS: Needs = { anyOf: BEFORE_WORDS, digit: true };

const OUT_OF_SCOPE_WORD = String.raw`(?:全自费|自费|医保目录外|目录外|医保范围外|范围外|医保外|不在医保范围内|不在医保范围|医保不报销的|医保不报的|医保不给报的|不能报销的|不能报的|不报销的|不报的)`;
const OUT_OF_SCOPE_THING = String.raw`(?:部分|药品|药|项目|费用|检查|治疗)`;
/** 自费200 / 目录外的药300块 / 其中200是自费的. */
export const OUT_OF_SCOPE = [
  new RegExp(String.raw`(?:其中)?(?:有)?${OUT_OF_SCOPE_WORD}(?:的)?${OUT_OF_SCOPE_THING}?(?:有|是|占|为|花了|共|一共)?${AMOUNT}`, 'gu'),
  new RegExp(String.raw`(?:其中)?(?:有)?${AMOUNT}(?:是|为|属于|都是|算)?${OUT_OF_SCOPE_WORD}(?:的)?${OUT_OF_SCOPE_THING}?`, 'gu'),
];

export const OUT_OF_SCOPE_NEEDS: Needs = { anyOf: ['自费', '目录外', '范围外', '医保外', '医保范围', '不报', '不能报', '不给报'], digit: true };

/** A relative as a caller names one, longest first, and what the word says the relative is. */
export const RELATIVES: ReadonlyArray<readonly [string, Relation]> = (
  [
    ['老伴', 'spouse'], ['配偶', 'spouse'], ['妻子', 'spouse'], ['丈夫', 'spouse'], ['老婆', 'spouse'], ['老公', 'spouse'], ['爱人', 'spouse'],
    ['父母', 'parent'], ['父亲', 'parent'], ['母亲', 'parent'], ['爸爸', 'parent'], ['妈妈', 'parent'], ['老爸', 'parent'], ['老妈', 'parent'], ['爸', 'parent'], ['妈', 'parent'], ['爹', 'parent'],
    ['子女', 'child'], ['儿子', 'child'], ['女儿', 'child'], ['孩子', 'child'], ['小孩', 'child'], ['闺女', 'child'],
    ['兄弟姐妹', 'sibling'], ['兄弟', 'sibling'], ['姐妹', 'sibling'], ['哥哥', 'sibling'], ['姐姐', 'sibling'], ['弟弟', 'sibling'], ['妹妹', 'sibling'], ['哥', 'sibling'], ['姐', 'sibling'], ['弟', 'sibling'], ['妹', 'sibling'],
    ['外祖父母', 'grandparent'], ['祖父母', 'grandparent'], ['外祖父', 'grandparent'], ['外祖母', 'grandparent'], ['祖父', 'grandparent'], ['祖母', 'grandparent'],
    ['爷爷', 'grandparent'], ['奶奶', 'grandparent'], ['外公', 'grandparent'], ['外婆', 'grandparent'], ['姥爷', 'grandparent'], ['姥姥', 'grandparent'],
    ['外孙子女', 'grandchild'], ['孙子女', 'grandchild'], ['外孙女', 'grandchild'], ['外孙', 'grandchild'], ['孙子', 'grandchild'], ['孙女', 'grandchild'],
    ['配偶的父母', 'parent_in_law'], ['岳父母', 'parent_in_law'], ['公婆', 'parent_in_law'], ['岳父', 'parent_in_law'], ['岳母', 'parent_in_law'], ['公公', 'parent_in_law'], ['婆婆', 'parent_in_law'], ['老丈人', 'parent_in_law'], ['丈人', 'parent_in_law'], ['丈母娘', 'parent_in_law'],
    ['女婿', 'child_in_law'], ['儿媳妇', 'child_in_law'], ['儿媳', 'child_in_law'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

export const RELATIVE_OF: Readonly<Record<string, Relation>> = Object.fromEntries(RELATIVES);
// 表哥 (a cousin), 堂姐, 干爹 are not the relatives their last character names; in-laws are their own relations.
const RELATIVE = String.raw`(?<![表堂干])(${RELATIVES.map(([w]) => w).join('|')})`;

/** The relation seen from the other side: the patient is the account holder's <inverse> when the holder is the patient's <relation>. */
export const INVERSE: Readonly<Record<Relation, Relation>> = {
  spouse: 'spouse',
  parent: 'child',
  child: 'parent',
  sibling: 'sibling',
  grandparent: 'grandchild',
  grandchild: 'grandparent',
  parent_in_law: 'child_in_law',
  child_in_law: 'parent_in_law',
};

const ACCOUNT_WORD = String.raw`(?:个人账户|个人帐户|医保账户|医保卡|账户|帐户|卡(?=里|上))`;
const ACCOUNT_WORDS = ['账户', '帐户', '卡'];
const HOLDS = String.raw`(?:里面|里|上)?(?:的钱)?(?:共济|来共济)?(?:还)?(?:有|剩下|剩|余额|能用|可用|可以用|能付|付|共济)?(?:了)?`;

/** HOLDER_ACCOUNT, SOME_RELATIVE_ACCOUNT, MY_ACCOUNT, OWN_ACCOUNT. */
export const ACCOUNT_NEEDS: Needs = { anyOf: ACCOUNT_WORDS, digit: true };
export const OWN_ACCOUNT_EMPTY_NEEDS: Needs = { anyOf: ACCOUNT_WORDS, digit: false };
export const FAMILY_AID_NEEDS: Needs = { anyOf: ['共济'], digit: true };
export const PATIENT_NEEDS: Needs = { anyOf: ['我', '俺'], digit: false };
export const RELATION_SAID_NEEDS: Needs = { anyOf: ['关系', '主人', '本人', '持有人', '给', '帮'], digit: false };

/** 用老伴的账户共济500 / 我爸的医保卡里有500: a relative's account (the holder named: the patient is the speaker). */
export const HOLDER_ACCOUNT = new RegExp(String.raw`(?:用|拿|刷)?(?:我)?${RELATIVE}的${ACCOUNT_WORD}${HOLDS}${AMOUNT}`, 'gu');
/** 用家里人的账户500: a relative's account, the relation not said. */
export const SOME_RELATIVE_ACCOUNT = new RegExp(String.raw`(?:用|拿|刷)?(?:家里人|家人|家属|亲属|亲人|家庭成员)的?${ACCOUNT_WORD}${HOLDS}${AMOUNT}`, 'gu');
/** 共济500 / 家庭共济账户有500. */
export const FAMILY_AID = new RegExp(String.raw`(?:家庭)?共济(?:账户|帐户|的钱|额度|余额)?(?:里面|里|上)?(?:还)?(?:有|剩下|剩|余额|能用|可用|可以用|能付|付)?(?:了)?${AMOUNT}`, 'gu');
/** 用我的医保卡共济500: the caller's account; a relative's when the caller speaks for a patient (我爸看病…). */
export const MY_ACCOUNT = new RegExp(String.raw`(?:用|拿|刷)?我的${ACCOUNT_WORD}${HOLDS}${AMOUNT}`, 'gu');
/** 我爸 / 我老伴: the patient, when the caller speaks for someone. */
export const PATIENT = new RegExp(String.raw`(?:我|俺)(?:的)?${RELATIVE}`, 'gu');
/** 关系是配偶 / 是账户主人的父母 / 给我爸用: the relation said as the patient's. */
export const RELATION_SAID = [
  new RegExp(String.raw`(?:关系(?:是)?|是(?:账户)?(?:主人|本人|持有人)的)${RELATIVE}`, 'gu'),
  new RegExp(String.raw`(?:给|帮)(?:我)?${RELATIVE}(?:用|付|共济|支付)`, 'gu'),
];

/** 个人账户余额500 / 医保卡里有800 / 卡里还有300块: the patient's own account (not someone's: 表哥的账户 is not understood). */
export const OWN_ACCOUNT = new RegExp(String.raw`(?:自己的|本人的?|(?<!的))${ACCOUNT_WORD}${HOLDS}${AMOUNT}`, 'gu');
/** 医保卡里没钱了: the patient's own account is empty. */
export const OWN_ACCOUNT_EMPTY = new RegExp(String.raw`(?:我的|自己的|本人的?|(?<!的))${ACCOUNT_WORD}(?:里面|里|上)?(?:的钱)?(?:没钱|没有钱|没余额|没有余额|空了|用完|用光|花完)(?:了)?`, 'gu');

/** Chinese digits as tenths: 七成 is 70%, 八成五 85%. */
export const TENTH: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A contribution level as callers say it: 70% (百分之七十 is already 70%), 七成, 八成五, 9成. Groups: percent, tenths, hundredths. */
const LEVEL = String.raw`(?:(\d{1,3}(?:\.\d+)?)\s{0,2}%|([一二两三四五六七八九\d])成([一二三四五六七八九\d])?)`;
const WAGE = String.raw`(?:上年度|上一年)?(?:全市)?(?:在岗职工)?(?:社会)?(?:月)?(?:平均工资|社平工资|社平|平均)`;
const PAYS = String.raw`(?:缴费|交费|缴纳|缴)`;
/**
 * The contribution level (--contribution): 缴费基数是平均工资的70% / 缴费是社平的八成五 / 缴费七成 /
 * 按平均工资的90%交的 / 九成的档次. A level is read only beside a word of contributing: 报销比例85% is
 * not one.
 */
export const CONTRIBUTION = [
  new RegExp(String.raw`(?:年平均|平均)?${PAYS}(?:基数|工资|水平|档次|比例)?(?:是|为|占|按|达到了|达到|有|在)?(?:${WAGE})?(?:的)?${LEVEL}(?:的档次|的档|档次|档)?`, 'gu'),
  new RegExp(String.raw`(?:按|以)(?:${WAGE})?(?:的)?${LEVEL}(?:的)?(?:档次)?(?:${PAYS}|交)(?:的)?`, 'gu'),
  new RegExp(String.raw`${LEVEL}(?:的)?(?:缴费档次|缴费基数|档次|${PAYS})`, 'gu'),
];
export const CONTRIBUTION_NEEDS: Needs = { anyOf: ['缴', '交', '档次'], digit: false };

const YEARS = String.raw`(?:缴费|交费|缴|交)?(?:的)?年限`;
/** 缴费年限满了 / 年限够了 / 已经交满了规定年限: the required contribution years met (--contribution-years-met yes). Not 满30年: whose years those are depends on who. */
export const YEARS_MET = [
  new RegExp(String.raw`${YEARS}(?:已经|已|都|早就)?(?:满了|够了|达到了|到了|达标了|满|够|达到|达标)(?![\d一二三四五六七八九十])`, 'gu'),
  new RegExp(String.raw`(?:已经|已|都)?(?:交|缴)(?:满|够)(?:了)?(?:规定的|规定)?${YEARS}`, 'gu'),
];
/** 缴费年限没满 / 年限还不够 / 没交够年限: not met (--contribution-years-met no). */
export const YEARS_NOT_MET = [
  new RegExp(String.raw`${YEARS}(?:还)?(?:没有|没|未|不)(?:满|够|达到|到|达标)(?:了)?`, 'gu'),
  new RegExp(String.raw`(?:还)?(?:没有|没|未)(?:交|缴)(?:满|够)(?:规定的|规定)?${YEARS}`, 'gu'),
];
export const YEARS_NEEDS: Needs = { anyOf: ['年限'], digit: false };

/**
 * 用我女婿的医保卡500: the account of someone the question names who is no relation the contract
 * knows (女婿, 表哥, 邻居): not understood, and said why, never read as a second amount.
 */
export const OTHER_HOLDER_ACCOUNT = new RegExp(
  String.raw`(?:用|拿|刷)?(?:我)?(?:的)?((?:(?![用拿刷我俺的元块钱自己本人个人])[${HAN_CLASS}]){1,4})的${ACCOUNT_WORD}${HOLDS}${AMOUNT}`,
  'gu',
);

/** A date: 2024年3月5日, 2024-03-05, 2024/3/5. */
export const DATE = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/gu;
/** Days before today a question may name. */
export const DAYS_AGO: Readonly<Record<string, number>> = { 昨天: 1, 前天: 2 };
/** The visit's own year: says nothing the date does not. */
export const THIS_YEAR = /今年|本年度|本年/gu;
export const LAST_YEAR = /去年/gu;

/**
 * What left over in a clause still carries meaning: a number (in digits, or a count in Chinese
 * numerals: 看了两次 as 看了2次, 三家医院, 六十八岁; 一次/一年 alone say nothing a claim does not), an
 * amount word, an account or aid word, a payment already made, an approximate amount, a date not
 * understood. Filler (请问, 能报多少, 我爸, 一下, 一共, 了, 的) matches none of these.
 */
export const MEANINGFUL =
  /\d|[二两三四五六七八九十几][一二两三四五六七八九十几]*(?:次|回|趟|遍|家|天|周|个?月|年|岁|张|种)|[一二两三四五六七八九]成|年限|元|块|¥|rmb|yuan|[百千万]|自费|目录外|账户|帐户|医保卡|卡里|卡上|余额|共济|已经?(?:报|付|交|缴)|(?:报|付|交|缴)(?:销)?过|报(?:销)?了|起付.{0,6}(?:付|交|缴|满|够)|左右|大概|大约|差不多|前年|上个?月|上周|上星期|去年/u;

// Policy model 2's claim inputs as callers say them (issue 19): the admission of the year, the age,
// 乙类 costs, the resident grade and the out-of-area filing. Numbers are digits here (clauses.ts)
// except a bare numeral with no unit (第二次, 一档), read by NUMERAL.
const ONE_NUMERAL = String.raw`(\d{1,3}|[一二两三四五六七八九十])`;
/** 第二次住院 / 今年第3次住院 / 这是今年第二次住院了: the 住院 stays for the benefit. */
export const ADMISSION = new RegExp(String.raw`(?:这是)?(?:今年)?(?:的)?第\s*${ONE_NUMERAL}\s*次(?=\s*住院)`, 'gu');
export const ADMISSION_NEEDS: Needs = { anyOf: ['住院'], digit: false };
/** 72岁 / 七十二岁 (72 once canonical) / 今年72了. */
export const AGE = [new RegExp(String.raw`(?:今年)?(\d{1,3})\s*周?岁了?`, 'gu'), new RegExp(String.raw`今年\s*(\d{1,3})\s*了(?![\d万千百])`, 'gu')];
export const AGE_NEEDS: Needs = { anyOf: ['岁', '今年'], digit: true };
/** 乙类药品 3000 / 乙类诊疗项目 1000 / 乙类 4000: group 1 the kind (none: both as one), group 2 the amount. */
export const CLASS_B = new RegExp(String.raw`乙类(药品|药|诊疗项目|项目)?(?:的)?(?:费用|费)?(?:是|有|花了|共|一共|占)?\s{0,3}${AMOUNT}`, 'gu');
export const CLASS_B_NEEDS: Needs = { anyOf: ['乙类'], digit: true };
/** The filing, as said: group 0 is the words; filingOf gives the value. */
export const FILING = /(?:在?异地|在?外地)急诊(?:抢救)?|急诊抢救|临时外出(?:就医)?(?:时|的)?(?:没有?|未)(?:办理?|办)?(?:备案|备过案)|临时外出(?:就医)?(?:时|的)?(?:已经?|也)?(?:办理?了?|办了)?(?:备案|备过案)(?:了)?|临时备案了?|异地已备案|异地未备案|异地没有?备案|异地备案|已经?备案|备案了|备过案|未备案|没有?备案|没办备案|未办理备案|转诊(?:转院)?/gu;
export const FILING_NEEDS: Needs = { anyOf: ['备案', '转诊', '急诊'], digit: false };
export const filingOf = (words: string): 'filed' | 'unfiled' | 'referral' | 'temporary' | 'emergency' => (words.includes('急诊') ? 'emergency' : words.startsWith('转诊') ? 'referral' : /未|没/u.test(words) ? 'unfiled' : words.startsWith('临时') ? 'temporary' : 'filed');
/** 省内市外 / 省外 (where a policy's filing rule differs by it): group 0 is the words; whereOf gives the value. */
/** Whether the last stay was at the same facility (readmission.same_facility): 还是在同一家医院 / 换了一家医院; group 1 set: not the same. */
export const SAME_FACILITY = /(?:还是|也是|都是|仍在|还在)?(?:在)?(?:同一家|同一个|同一|这家|原来的)(?:医院|医疗机构)(?:住的院|住院)?|(?:换了?一?家|在?别的|在?其他|在?另一家|不是同一家?)(医院|医疗机构)/gu;
export const SAME_FACILITY_NEEDS: Needs = { anyOf: ['医院', '医疗机构'], digit: false };
/** A stay referred within the 医联体 (从社区医院转上来的, 从三甲转下来的, 从乡镇卫生院上转): group 1 is the referring facility as said. */
export const REFERRAL = /(?:在医联体内?)?从(?!外地|异地|外省)([^\s,，。;；从]{1,14}?)(?:医联体内?)?(?:上转|下转|转上来|转下来|转过来|转来|转院过来|转诊过来|(?:转院|转诊)?(?:转到|转至|转入|转往|转去|到|至)(?=[^\s,，。;；]{0,6}(?:医院|卫生院|中心|三甲|三级|二级|一级)))(?:的)?/gu;
export const REFERRAL_NEEDS: Needs = { anyOf: ['转'], digit: false };
/** A stay without a referral (没转诊自己去的, 未经转诊, 自己去三甲住院: 自己去 only, the level left for the tier words). */
export const UNREFERRED = /(?:没有?|未经?|没经过?|不是)(?:经过)?转诊(?:的)?(?:[,，]?\s*(?:是)?(?:自己|自行)(?:去|到|跑去|跑到|过去|来)(?:的)?)?|(?:是)?(?:自己|自行)(?:去|到|跑去|跑到|过去|来)(?:的)?/gu;
/** A referred stay (经转诊, 有转诊, 社区医院转过去的): group 1 the facility it came from where said (read as --referred-from where the policy has that rule). */
export const REFERRED = /(?:是)?(?:经过?|有)转诊(?:过来|过去|来|去)?(?:的)?|(?:在|从)?([^\s,，。;；从自]{1,12}?)(?:转诊过去|转诊过来|转过去|转过来|转上去|转去|转来|转院过去)(?:的)?/gu;
export const REFERRED_NEEDS: Needs = { anyOf: ['转', '自己', '自行'], digit: false };
/** 连续参保8年 / 连续参保了8年 / 已连续参保满八年 (参保激励): group 1 is the years. */
export const INSURED_YEARS = /连续(?:参保|缴费参保|参保缴费)(?:了|满|已满)?(\d{1,2}|[一二两三四五六七八九十]{1,3})年/gu;
export const INSURED_YEARS_NEEDS: Needs = { anyOf: ['参保'], digit: false };
/** 去年没报销过 / 去年零报销 (one year) / 连续两年零报销 / 连续3年都没报销 (the years, group 1). */
export const ZERO_CLAIM = /(?:去年|上一年|上年)(?:全年)?(?:都|一直)?(?:没(?:有)?(?:报销|报)过?|零报销|没用过医保)|连续(\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:都|全年)?(?:零报销|没(?:有)?(?:报销|报)过?|没用过医保)/gu;
export const ZERO_CLAIM_NEEDS: Needs = { anyOf: ['报', '医保'], digit: false };
/** An emergency visit (急诊, 看的急诊, 非急诊), not emergency care elsewhere (异地急诊抢救 is a filing). */
export const EMERGENCY = /(?:非|不是)急诊|(?<!异地|外地)急诊(?!抢救)/gu;
export const EMERGENCY_NEEDS: Needs = { anyOf: ['急诊'], digit: false };
export const WHERE = /在?(?:省内市外|省内异地|省内其他市|省内|跨省异地|跨省|省外异地|省外|外省)(?:就医|看病|住院|就诊)?/gu;
export const WHERE_NEEDS: Needs = { anyOf: ['省'], digit: false };
export const whereOf = (words: string): 'in_province' | 'out_of_province' => (/省内/u.test(words) ? 'in_province' : 'out_of_province');
/**
 * The day a retiree's status began: 今年5月份退休的 / 2025年3月办的退休 / 去年12月5日退休. Group 1 今年 or
 * 去年, group 2 a year in digits, group 3 the month, group 4 the day.
 */
export const STATUS_SINCE = /(?:是)?(?:在)?(?:(今年|去年)|(\d{4})\s*年)?\s*(\d{1,2})\s*月份?\s*(?:(\d{1,2})\s*[日号])?\s*(?:的时候)?\s*(?:刚|才)?\s*(?:办理|办)?了?的?\s*退休(?:手续)?(?:的|了)?/gu;
export const STATUS_SINCE_NEEDS: Needs = { anyOf: ['退休'], digit: false };
/** 刚退休 / 刚刚退休: a change of status said without its month. */
export const JUST_RETIRED = /刚刚?(?:办了?)?退休了?/gu;
/**
 * 7月24日出院 / 2025-07-24出院 / 出院日期2025-07-24: a stay's day of discharge (--discharge-date); read
 * before the visit's date (the admission), which it is not. A month and day takes the claim's year.
 */
export const DISCHARGE = [
  /出院(?:的)?(?:日期|时间|那天)?\s*(?:是|为|在|:|：)?\s*(?:(\d{4})\s*[年\-/.]\s*)?(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/gu,
  /(?:(\d{4})\s*[年\-/.]\s*)?(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?\s*(?:办了?|办理)?出(?:的)?院/gu,
];
export const DISCHARGE_NEEDS: Needs = { anyOf: ['出院'], digit: true };

/** 看了3天 / 3天: the days of care (read only where the facility said has a fund cap a day); 3天前 is a date. */
export const DAYS = /(?:看了|看病|就诊了?|去了|跑了|输液|打针|连续|住了|住院)?\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*天(?!前|以前|之前|后|以后)/gu;

/** 一档 / 第二档 / 2档: a resident's contribution grade. */
export const GRADE = new RegExp(String.raw`第?${ONE_NUMERAL}档`, 'gu');
export const GRADE_NEEDS: Needs = { anyOf: ['档'], digit: false };
/** A disability certificate's grade: 二级残疾, 一级残疾证, 残疾证二级, 残疾等级为三级. */
export const DISABILITY = /([一二三四1-4])级(?:重度)?残疾|残疾(?:证|等级)?(?:为|是)?([一二三四1-4])级/gu;
export const DISABILITY_NEEDS: Needs = { anyOf: ['残疾'], digit: false };
