// `--format say --lang en`: the same sentence rules as in Chinese (test/cli/say.test.ts), each
// expected string worked out by hand from policies/suizhou.yaml (2024 employee outpatient:
// deductible 500 active / 400 retired, ratios 80/70/60% plus 5 points for retirees, cap 1300 / 1600).
import { describe, expect, it } from 'vitest';
import { yibao } from './calc-helpers.js';

async function say(status: 'active' | 'retired', tier: string, amount: string, ...more: string[]): Promise<string> {
  const r = await yibao(['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', status, '--tier', tier, '--amount', amount, ...more, '--format', 'say', '--lang', 'en']);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('say (en): the deductible', () => {
  it('800 all out of scope: nothing met, 500 still to go', async () => {
    expect(await say('active', '1', '800', '--out-of-scope', '800')).toBe(
      'Your visit cost 800 yuan in total. None of it is within the insurance scope, so you pay it all yourself. ' +
        "This year's deductible is 500 yuan. This visit does not count toward it: 500 yuan is still to go. " +
        'The fund pays nothing this time. Your share is 800 yuan, all of it outside the scope.\n',
    );
  });

  it('150 with 100 met before: 400 was still to go, 250 after', async () => {
    expect(await say('active', '1', '150', '--ytd-deductible', '100')).toBe(
      "Your visit cost 150 yuan in total. This year's deductible is 500 yuan. 100 yuan of it was met before, so 400 yuan was still to go. " +
        "All of this visit's 150 yuan counts toward it, and you pay that yourself. 250 yuan is still to go. " +
        'Nothing is above the deductible, so the fund pays nothing this time. Your share is 150 yuan.\n',
    );
  });

  it('300 with a 500 deductible: the deductible is 500, this visit adds 300, 200 to go', async () => {
    const out = await say('active', '1', '300');
    expect(out).toContain("This year's deductible is 500 yuan. All of this visit's 300 yuan counts toward it, and you pay that yourself. 200 yuan is still to go.");
    expect(out).not.toContain('first 300');
  });

  it('the contract example: met by this visit, 1,500 × 80% = 1,200', async () => {
    expect(await say('active', '1', '2000')).toBe(
      "Your visit cost 2,000 yuan in total. This year's deductible is 500 yuan. This visit meets it first: you pay those 500 yuan yourself. " +
        '80% of the 1,500 yuan left is reimbursed. The fund pays 1,200 yuan. Your share is 800 yuan.\n',
    );
  });

  it('met before: 1000 × 80% = 800 within scope', async () => {
    expect(await say('active', '1', '1000', '--ytd-deductible', '500')).toContain(
      "This year's deductible of 500 yuan was already met before this visit. 80% of the 1,000 yuan within scope is reimbursed. The fund pays 800 yuan.",
    );
  });

  it('1000 with 100 met before: meets the 400 still to go, 600 × 80% = 480', async () => {
    expect(await say('active', '1', '1000', '--ytd-deductible', '100')).toContain(
      '100 yuan of it was met before, so 400 yuan was still to go. This visit first meets the 400 yuan still to go, and you pay that yourself. 80% of the 600 yuan left is reimbursed. The fund pays 480 yuan.',
    );
  });
});

describe('say (en): the cap and the share', () => {
  it('the cap reached by this visit alone, then only part left, then used up', async () => {
    expect(await say('active', '1', '3000')).toContain('80% of the 2,500 yuan left is reimbursed. That would be 2,000 yuan, but the cap is 1,300 yuan a year. The fund pays 1,300 yuan.');
    expect(await say('active', '1', '1000', '--ytd-deductible', '500', '--ytd-fund', '1000')).toContain(
      "That would be 800 yuan, but only 300 yuan is left under this year's cap. The fund pays 300 yuan. Your share is 700 yuan.",
    );
    const used = await say('active', '1', '1000', '--ytd-deductible', '500', '--ytd-fund', '1300');
    expect(used).toContain("But this year's cap of 1,300 yuan is used up, so the fund pays nothing this time. Your share is 1,000 yuan.");
    expect(used).not.toMatch(/\b0 yuan/);
  });

  it('the share, the out-of-scope part of it and who pays it; no "0 yuan in cash"', async () => {
    const out = await say('active', '1', '2000', '--out-of-scope', '200', '--account', '300', '--family', '1000', '--relation', 'spouse');
    // in scope 1800; (1800 − 500) × 80% = 1040; share 960, of which 200 outside; account 300, family min(1800 − 1040 − 300, 1000) = 460; cash 200
    expect(out).toContain(
      'Your share is 960 yuan, of which 200 yuan is outside the scope. Your personal account pays 300 yuan. The family mutual-aid account pays 460 yuan. You pay 200 yuan in cash.',
    );
    const none = await say('active', '1', '2000', '--account', '300', '--family', '1000', '--relation', 'spouse');
    expect(none).toContain('Your personal account pays 300 yuan. The family mutual-aid account pays 500 yuan. Nothing is left to pay in cash.');
  });

  it('no hotline footer; the retiree reading in one clause', async () => {
    const out = await say('retired', '2', '1000');
    expect(out).toBe(
      "Your visit cost 1,000 yuan in total. This year's deductible is 400 yuan. This visit meets it first: you pay those 400 yuan yourself. " +
        '75% of the 600 yuan left is reimbursed. The fund pays 450 yuan. Your share is 550 yuan. The retiree ratio is taken as 5 percentage points higher; this is a reading of the source.\n',
    );
  });
});
