// The claim inputs of policy model 2 (contract "Rulebook structures") as people type them in a
// flag, a wizard answer or a spreadsheet cell: the admission number (2, 第2次, 第二次住院), an age
// (67, 67岁), dates, 乙类 amounts, the grade (一档), the filing (异地已备案, 转诊, 未备案), the
// disease(s) and the assistance group by the policy's own names (kept as typed: the policy knows
// its names and aliases), and the year's running totals. A value that is not clearly one is the
// field's error, never guessed. Nothing here knows a policy: what a value does is the engine's.
import type { Claim, Fen } from '../engine/types.js';
import { FILING_ALIASES, GRADE_ALIASES, choices, lookup } from './aliases.js';
import { MAX_FEN, given, type ClaimField, type RawClaim } from './fields.js';
import { claimMessages as M, type Text } from './messages.js';
import { parseAmount, parseDate } from './values.js';
import { chineseNumeral } from '../text/numbers.js';

/** A problem with one field; parse.ts turns it into the claim's problem. */
export class FieldProblem {
  constructor(
    readonly field: ClaimField,
    readonly message: Text,
  ) {}
}

/** More admissions than days in a year is a typo, not a count. */
const MAX_ADMISSION = 366;
const MAX_AGE = 150;
/** A name (a disease, a group) longer than this is not one. */
const MAX_NAME = 60;

/** A Chinese numeral below a thousand, written one way (六十七, 十二, 一百零五); 两三 (two or three) is not one. */
const CHINESE_COUNT = /^(?:[一二两三四五六七八九]百(?:零[一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?|[二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])$/;

/** A whole number as typed: 2, ２, 二, 十二; undefined when it is not one. */
function wholeNumber(text: string): number | undefined {
  if (/^\d{1,6}$/.test(text)) return Number(text);
  if (CHINESE_COUNT.test(text)) return chineseNumeral(text);
  return undefined;
}

/** 2, 第2次, 第二次, 第2次住院, 2次 -> 2. */
export function parseAdmission(typed: string): number | undefined {
  const text = typed.trim().replace(/^第/, '').replace(/(?:次(?:住院)?|住院)$/, '').trim();
  const n = wholeNumber(text);
  return n !== undefined && n >= 1 && n <= MAX_ADMISSION ? n : undefined;
}

/** 67, 67岁, 67周岁, 六十七岁 -> 67. */
export function parseAge(typed: string): number | undefined {
  const text = typed.trim().replace(/(?:周岁|岁)$/, '').trim();
  const n = wholeNumber(text);
  return n !== undefined && n <= MAX_AGE ? n : undefined;
}

/** A list as typed: 糖尿病,高血压 / 糖尿病、高血压 / 糖尿病;高血压. */
const LIST_SEPARATOR = /[,;、|/]+/;

function names(field: ClaimField, typed: string): string[] {
  const list = typed
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const name of list) if (name.length > MAX_NAME) throw new FieldProblem(field, M.notName(field, name));
  if (list.length === 0) throw new FieldProblem(field, M.notName(field, typed));
  return list;
}

function money(raw: RawClaim, field: ClaimField): Fen | undefined {
  const text = raw[field];
  if (!given(text)) return undefined;
  const amount = parseAmount(text.trim().replace(/\s*元$/, ''));
  if (!amount.ok || amount.value > MAX_FEN) throw new FieldProblem(field, M.notMoney(field, text, amount.ok ? undefined : amount.why));
  return amount.value;
}

function date(raw: RawClaim, field: 'discharge_date' | 'birth_date'): string | undefined {
  const text = raw[field];
  if (!given(text)) return undefined;
  const parsed = parseDate(text);
  if (!parsed.ok) throw new FieldProblem(field, M.notFieldDate(field, text.trim(), parsed.why));
  return parsed.value;
}

/** 糖尿病=1500;高血压=200 (also 糖尿病:1500): what the fund paid this year per disease. */
export function parseDiseaseFund(typed: string): Record<string, Fen> | undefined {
  const out: Record<string, Fen> = Object.create(null) as Record<string, Fen>;
  for (const part of typed.split(/[,;、|]+/)) {
    if (part.trim() === '') continue;
    const m = /^\s*([^=:]+?)\s*[=:]\s*(.+?)\s*$/.exec(part);
    if (!m || m[1]!.length > MAX_NAME) return undefined;
    const amount = parseAmount(m[2]!.replace(/\s*元$/, ''));
    if (!amount.ok || amount.value > MAX_FEN) return undefined;
    out[m[1]!] = ((out[m[1]!] ?? 0) + amount.value) as Fen;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Sets on `claim` the model-2 inputs `raw` gives (raw is already half-width); throws FieldProblem. */
export function parseModel2(raw: RawClaim, claim: Claim): void {
  if (given(raw.admission)) {
    const n = parseAdmission(raw.admission);
    if (n === undefined) throw new FieldProblem('admission', M.notAdmission(raw.admission));
    claim.admission = n;
  }
  const discharge = date(raw, 'discharge_date');
  if (discharge !== undefined) {
    if (discharge < claim.date) throw new FieldProblem('discharge_date', M.dischargeBeforeAdmission(discharge, claim.date));
    claim.dischargeDate = discharge;
  }
  if (given(raw.age)) {
    const age = parseAge(raw.age);
    if (age === undefined) throw new FieldProblem('age', M.notAge(raw.age));
    claim.age = age;
  }
  const birth = date(raw, 'birth_date');
  if (birth !== undefined) {
    if (birth > claim.date) throw new FieldProblem('birth_date', M.bornAfterVisit(birth, claim.date));
    claim.birthDate = birth;
  }
  model2Money(raw, claim);
  if (given(raw.grade)) {
    const grade = lookup(GRADE_ALIASES, raw.grade);
    if (grade === undefined) throw new FieldProblem('grade', M.notOneOf('grade', raw.grade, choices(GRADE_ALIASES)));
    if (claim.scheme !== 'resident') throw new FieldProblem('grade', M.gradeForEmployee());
    claim.grade = grade;
  }
  if (given(raw.filing)) {
    const filing = lookup(FILING_ALIASES, raw.filing);
    if (filing === undefined) throw new FieldProblem('filing', M.notOneOf('filing', raw.filing, choices(FILING_ALIASES)));
    if (filing !== 'local') claim.filing = filing;
  }
  if (given(raw.disease)) claim.disease = names('disease', raw.disease).join('、');
  if (given(raw.diseases)) claim.diseases = names('diseases', raw.diseases);
  if (given(raw.assistance)) claim.assistance = names('assistance', raw.assistance).join('、');
  if (given(raw.ytd_disease_fund)) {
    const fund = parseDiseaseFund(raw.ytd_disease_fund);
    if (fund === undefined) throw new FieldProblem('ytd_disease_fund', M.notDiseaseFund(raw.ytd_disease_fund));
    claim.ytdDiseaseFund = fund;
  }
}

/** The 乙类 amounts (each within the in-scope cost) and the year's running totals. */
function model2Money(raw: RawClaim, claim: Claim): void {
  const inScope = claim.amount - claim.outOfScope;
  const classB = money(raw, 'class_b');
  const drugs = money(raw, 'class_b_drugs');
  const items = money(raw, 'class_b_items');
  if (classB !== undefined && (drugs !== undefined || items !== undefined)) throw new FieldProblem('class_b', M.classBTwice());
  if ((classB ?? 0) > inScope || (drugs ?? 0) + (items ?? 0) > inScope) throw new FieldProblem(classB !== undefined ? 'class_b' : drugs !== undefined ? 'class_b_drugs' : 'class_b_items', M.classBAboveInScope());
  if (classB !== undefined) claim.classB = classB;
  if (drugs !== undefined) claim.classBDrugs = drugs;
  if (items !== undefined) claim.classBItems = items;
  const fund = money(raw, 'ytd_benefit_fund');
  if (fund !== undefined) claim.ytdBenefitFund = fund;
  const burden = money(raw, 'ytd_burden');
  if (burden !== undefined) claim.ytdBurden = burden;
  const second = money(raw, 'ytd_second');
  if (second !== undefined) claim.ytdSecond = second;
  const assistance = money(raw, 'ytd_assistance');
  if (assistance !== undefined) claim.ytdAssistance = assistance;
  const threshold = money(raw, 'ytd_assistance_deductible');
  if (threshold !== undefined) claim.ytdAssistanceDeductible = threshold;
}

/** Whether a raw claim gives any model-2 input (a model-1 row skips parseModel2 entirely). */
export function hasModel2(raw: RawClaim): boolean {
  for (const field of MODEL2_FIELDS) if (raw[field] !== undefined) return true;
  return false;
}

export const MODEL2_FIELDS: readonly ClaimField[] = [
  'admission',
  'discharge_date',
  'age',
  'birth_date',
  'class_b',
  'class_b_drugs',
  'class_b_items',
  'grade',
  'disease',
  'diseases',
  'filing',
  'assistance',
  'ytd_benefit_fund',
  'ytd_disease_fund',
  'ytd_burden',
  'ytd_second',
  'ytd_assistance',
  'ytd_assistance_deductible',
];
