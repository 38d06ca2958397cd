// The claim tests' calls of the two parsers: the value when a test expects success, the
// problem or message when it expects a failure; the wrong outcome fails the test at once.
import { parseClaim, parseOverride, type RawClaim } from '../../src/claim/index.js';

type Defaults = { city: string; date: string };

export function claimOk(raw: RawClaim, defaults: Defaults) {
  const r = parseClaim(raw, defaults);
  if (!r.ok) throw new Error(r.message.en);
  return r.claim;
}

export function claimProblem(raw: RawClaim, defaults: Defaults) {
  const r = parseClaim(raw, defaults);
  if (r.ok) throw new Error('expected a problem');
  return r;
}

export function overrideOk(text: string) {
  const r = parseOverride(text);
  if (!r.ok) throw new Error(r.message.en);
  return r.override;
}

export function overrideError(text: string) {
  const r = parseOverride(text);
  if (r.ok) throw new Error('expected an error');
  return r.message;
}
