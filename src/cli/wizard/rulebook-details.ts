// The year-so-far totals a model-2 policy's layers count, inside the wizard's optional details
// step ("还有别的情况要算进去吗?"): after the fund paid this year, the fund for this benefit alone
// (a disease limit inside a shared cap), the second layer's burden and payments, and medical
// assistance's; and the fund question names the benefits that share the cap. A model-1 policy
// adds nothing and keeps its own wording.
import type { ClaimField, RawClaim } from '../../claim/index.js';
import { BENEFIT_NAMES } from '../../engine/index.js';
import type { Claim } from '../../engine/types.js';
import type { BenefitId } from '../../domain.js';
import type { Policy } from '../../policy/schema.js';
import type { Lang } from '../errors.js';
import type { Text } from './text.js';
import { familyCapped, secondLayerName, sharedCap, yearNeeds } from './rulebook-needs.js';
import { RQ } from './rulebook-text.js';
import { versionInForce } from '../../engine/version.js';

type ClaimSoFar = Pick<Claim, 'date' | 'benefit' | 'scheme'>;

/** The model-2 totals to offer after ytd_fund, for this claim and the assistance group answered. */
export function rulebookDetailFields(raw: RawClaim, claim: ClaimSoFar, policy: Policy): ClaimField[] {
  const fields = yearNeeds(policy, { ...claim, ...(raw.assistance ? { assistance: raw.assistance } : {}) });
  // 家庭共济 capped per year (family_year_cap): what was paid by 共济 this year, where a relative's account pays
  if (raw.family !== undefined && !/^\s*0*(\.0*)?\s*$/.test(raw.family)) fields.push(...familyYearFields(claim, policy));
  return fields;
}

/**
 * What 共济 has paid this year, where the policy caps it (family_year_cap): the holder's account's total
 * where the cap counts the holder's year, the patient's where it counts each relative's, both where the
 * text does not say. Asked once a relative's account is known to pay (the wizard asks it after the balance).
 */
export function familyYearFields(claim: ClaimSoFar, policy: Policy): ClaimField[] {
  if (!familyCapped(policy, claim.date)) return [];
  const per = versionInForce(policy, claim.date)?.family_year_cap?.per;
  if (per?.value === 'holder' && !per.reading) return ['ytd_family_paid'];
  if (per?.value === 'relative' && !per.reading) return ['ytd_family_received'];
  return ['ytd_family_paid', 'ytd_family_received'];
}

/** The question for a model-2 total, or for ytd_fund where the cap is shared; undefined: the wizard's own wording. */
export function rulebookDetailMessage(field: ClaimField, claim: ClaimSoFar, policy: Policy, lang: Lang): Text | undefined {
  const benefitName = (b: BenefitId) => BENEFIT_NAMES[b][lang];
  const layer = secondLayerName(policy, claim)?.[lang] ?? '';
  switch (field) {
    case 'ytd_fund': {
      const shared = sharedCap(policy, claim);
      return shared && shared.length > 1 ? RQ.ytdFundShared(shared.map((b) => benefitName(b as BenefitId)).join(lang === 'zh' ? '和' : ' and ')) : undefined;
    }
    case 'ytd_benefit_fund':
      return RQ.ytdBenefitFund(benefitName(claim.benefit));
    case 'ytd_burden':
      return RQ.ytdBurden(layer);
    case 'ytd_second':
      return RQ.ytdSecond(layer);
    case 'ytd_assistance':
      return RQ.ytdAssistance;
    case 'ytd_assistance_deductible':
      return RQ.ytdAssistanceDeductible;
    case 'ytd_family_paid':
      return RQ.ytdFamilyPaid;
    case 'ytd_family_received':
      return RQ.ytdFamilyReceived;
    case 'ytd_banded':
      return RQ.ytdBanded;
    default:
      return undefined;
  }
}
