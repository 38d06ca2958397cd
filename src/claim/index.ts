// Claim parsing shared by every front end (flags, wizard, batch rows, the API).
export { parseClaim, blankGiven, isCalendarDate, type ParseClaimResult, type ClaimProblem } from './parse.js';
export { halfWidth } from './normalize.js';
export { parseOverride, OVERRIDE_PARAMS, type ParseOverrideResult } from './override.js';
export { CLAIM_FIELDS, FIELD_LABELS, flagName, requiredFields, missingFields, given, type ClaimField, type RawClaim } from './fields.js';
export { SCHEME_ALIASES, STATUS_ALIASES, BENEFIT_ALIASES, TIER_ALIASES, RELATION_ALIASES, YES_NO_ALIASES } from './aliases.js';
