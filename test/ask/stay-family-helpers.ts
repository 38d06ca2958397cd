// The question reader with a rulebook's group names, for the readmission / newborn / family / group sentences.
import { readQuestion, type ClaimQuestion } from '../../src/ask/parse.js';
import type { PolicyWords } from '../../src/ask/extras.js';

const WORDS: PolicyWords = { diseases: [], groups: ['特困人员', '低保对象', '返贫致贫人口'] };

export function claimOf(q: string, needs: string[]): ClaimQuestion {
  const r = readQuestion(q, new Set(needs), WORDS);
  if (r.kind !== 'claim') throw new Error(`not a claim: ${q}`);
  return r.claim;
}
