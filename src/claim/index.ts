// Claim parsing shared by every front end (flags, wizard, batch rows, `ask`, the API).
export { parseClaim, blankGiven, isCalendarDate, claimSource, type ParseClaimResult, type ClaimProblem, type ClaimDefaults, type ClaimSource } from './parse.js';
export { halfWidth } from '../text/width.js';
export { parseAmount, parseDate, type Parsed } from './values.js';
export { parseOverride, OVERRIDE_PARAMS, type ParseOverrideResult } from './override.js';
export { CLAIM_FIELDS, FIELD_LABELS, flagName, requiredFields, missingFields, given, type ClaimField, type RawClaim } from './fields.js';
export { SCHEME_ALIASES, STATUS_ALIASES, BENEFIT_ALIASES, TIER_ALIASES, RELATION_ALIASES, YES_NO_ALIASES, ALIAS_WORDS, lookup, choices } from './aliases.js';
export { CITY_ALIASES, cityId } from '../cities.js';
