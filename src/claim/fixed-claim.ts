// Batch's claims of one fixed shape: every field of Claim present, in one order, those not given
// undefined. A million claims then share one hidden class, so the engine's reads of a claim's
// fields, and the writes of what a person's earlier rows carry (ledger.ts, carry-v2.ts), stay
// monomorphic. A class, not an object literal: V8 copies a literal from a boilerplate that keeps
// its first hidden class, and once a field's representation widened (a whole fen count carried
// from the ledger's Float64Array is a double) every copy was migrated to the new class on its
// first write, about a tenth of a 白鹭 row's time; a constructor's objects take the widened class
// from the start. The type below fails to compile when Claim gains a field this class lacks.
import type { Claim, Fen } from '../engine/types.js';

type EveryField = Record<keyof Claim, unknown>;

/** Fields in the order batch's claims have always had (the order of Claim, then the later additions). */
export class FixedClaim implements EveryField {
  city: string;
  date: string;
  scheme: Claim['scheme'];
  status: Claim['status'] = undefined;
  benefit: Claim['benefit'];
  tier: Claim['tier'];
  amount: Fen;
  outOfScope: Fen;
  ytdDeductible: Fen;
  ytdDeductibleFrom: Claim['ytdDeductibleFrom'] = undefined;
  ytdFund: Fen;
  account: Fen;
  family: Fen;
  relation: Claim['relation'] = undefined;
  contribution: Claim['contribution'] = undefined;
  yearsMet: Claim['yearsMet'] = undefined;
  facility: Claim['facility'] = undefined;
  admission: Claim['admission'] = undefined;
  days: Claim['days'] = undefined;
  dischargeDate: Claim['dischargeDate'] = undefined;
  statusSince: Claim['statusSince'] = undefined;
  age: Claim['age'] = undefined;
  birthDate: Claim['birthDate'] = undefined;
  classB: Claim['classB'] = undefined;
  classBDrugs: Claim['classBDrugs'] = undefined;
  classBItems: Claim['classBItems'] = undefined;
  grade: Claim['grade'] = undefined;
  disease: Claim['disease'] = undefined;
  diseases: Claim['diseases'] = undefined;
  filing: Claim['filing'] = undefined;
  assistance: Claim['assistance'] = undefined;
  assistanceGroups: Claim['assistanceGroups'] = undefined;
  ytdBenefitFund: Claim['ytdBenefitFund'] = undefined;
  ytdDiseaseFund: Claim['ytdDiseaseFund'] = undefined;
  ytdDiseaseDeductible: Claim['ytdDiseaseDeductible'] = undefined;
  ytdBurden: Claim['ytdBurden'] = undefined;
  ytdSecond: Claim['ytdSecond'] = undefined;
  ytdAssistance: Claim['ytdAssistance'] = undefined;
  ytdAssistanceDeductible: Claim['ytdAssistanceDeductible'] = undefined;
  disability: Claim['disability'] = undefined;
  where: Claim['where'] = undefined;
  assistanceSince: Claim['assistanceSince'] = undefined;
  ytdBurdenSince: Claim['ytdBurdenSince'] = undefined;
  retirementProcessed: Claim['retirementProcessed'] = undefined;
  previousDischarge: Claim['previousDischarge'] = undefined;
  ytdFamilyPaid: Claim['ytdFamilyPaid'] = undefined;
  ytdFamilyReceived: Claim['ytdFamilyReceived'] = undefined;
  ytdBanded: Claim['ytdBanded'] = undefined;
  emergency: Claim['emergency'] = undefined;
  previousSameFacility: Claim['previousSameFacility'] = undefined;
  referredFrom: Claim['referredFrom'] = undefined;
  referred: Claim['referred'] = undefined;
  insuredYears: Claim['insuredYears'] = undefined;
  zeroClaimYears: Claim['zeroClaimYears'] = undefined;
  enrolled: Claim['enrolled'] = undefined;
  certified: Claim['certified'] = undefined;

  constructor(city: string, date: string, scheme: Claim['scheme'], benefit: Claim['benefit'], tier: Claim['tier'], amount: Fen, outOfScope: Fen, ytdDeductible: Fen, ytdFund: Fen, account: Fen, family: Fen) {
    this.city = city;
    this.date = date;
    this.scheme = scheme;
    this.benefit = benefit;
    this.tier = tier;
    this.amount = amount;
    this.outOfScope = outOfScope;
    this.ytdDeductible = ytdDeductible;
    this.ytdFund = ytdFund;
    this.account = account;
    this.family = family;
  }
}
