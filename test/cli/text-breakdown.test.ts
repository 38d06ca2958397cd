// The text breakdown: the deductible and the cap read as the year's amount, what was met
// before and this visit's part (never this visit's part under the bare title 起付线); at 60
// columns no number breaks in the middle and English breaks between words; a source quoted
// from two separate passages shows two quotes. Amounts worked out by hand from policies/suizhou.yaml.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/render/width.js';
import { employee, yibao } from './calc-helpers.js';

/** The label and amount of every amount row ("  起付线(全年)  500.00 元" -> ["起付线(全年)", "500.00"]). */
const rows = (out: string) =>
  out
    .split('\n')
    .map((l) => /^ {2,4}(\S.*?)\s+([\d,]+\.\d\d) (?:元|yuan)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!]);

describe('text: the deductible and the cap rows', () => {
  it('150 with 100 met before: the year 500, met before 100, this visit 150, still to go 250', async () => {
    const r = await yibao(employee('active', '1', '150', '--ytd-deductible', '100', '--no-color'));
    expect(rows(r.stdout)).toEqual([
      ['政策范围内费用', '150.00'],
      ['起付线(全年)', '500.00'],
      ['此前已付', '100.00'],
      ['本次付', '150.00'],
      ['付后还差', '250.00'],
      // (the ratio row shows 80%, not money)
      ['封顶线(全年)', '1,300.00'],
      ['此前已报', '0.00'],
      ['本次最多可报', '1,300.00'],
      ['统筹基金支付', '0.00'],
      ['现金支付', '150.00'],
      ['统筹基金支付', '0.00'],
      ['您需现金支付', '150.00'],
    ]);
    expect(r.stdout).not.toMatch(/^ {2}起付线 +150\.00 元$/m);
  });

  it('1000 with 1000 paid before, in English: the cap 1,300, paid before 1,000, left 300', async () => {
    const r = await yibao(employee('active', '1', '1000', '--ytd-deductible', '500', '--ytd-fund', '1000', '--lang', 'en', '--no-color'));
    const found = rows(r.stdout);
    expect(found).toContainEqual(['Deductible (year)', '500.00']);
    expect(found).toContainEqual(['met before', '500.00']);
    expect(found).toContainEqual(['this visit', '0.00']);
    expect(found).toContainEqual(['Cap (year)', '1,300.00']);
    expect(found).toContainEqual(['fund paid before', '1,000.00']);
    expect(found).toContainEqual(['left this visit', '300.00']);
    expect(found).toContainEqual(['Fund pays', '300.00']);
  });

  it('the detail rows are indented under their row and every amount ends in the same column', async () => {
    const r = await yibao(employee('retired', '2', '1000', '--no-color'));
    const lines = r.stdout.split('\n').filter((l) => / 元$/.test(l) && !l.includes('。'));
    expect(lines.find((l) => l.includes('此前已付'))).toMatch(/^ {4}此前已付/);
    expect(lines.find((l) => l.includes('起付线(全年)'))).toMatch(/^ {2}起付线/);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });
});

/** Every number in `text` ("1,300.00", "0722-3235698" counts as two). */
const numbers = (text: string) => (text.match(/\d[\d,.]*\d|\d/g) ?? []).sort();

describe('text: fits a 60-column terminal', () => {
  const claim = employee('retired', '3', '3000', '--out-of-scope', '100', '--account', '100', '--family', '200', '--relation', '兄弟姐妹', '--ytd-fund', '300', '--compare', '--no-color');

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: no line wider than 60, no number broken, the same words as unwrapped`, async () => {
      const wide = await yibao([...claim, '--lang', lang]);
      const narrow = await yibao([...claim, '--lang', lang], { stdoutTTY: true, columns: 60 });
      expect(narrow.code).toBe(0);
      const lines = narrow.stdout.split('\n');
      expect(lines.filter((l) => displayWidth(l) > 60)).toEqual([]);
      expect(lines.length).toBeGreaterThan(wide.stdout.split('\n').length);
      expect(numbers(narrow.stdout)).toEqual(numbers(wide.stdout));
      if (lang === 'en') {
        // Words are never cut (up to --compare's table, which becomes a list of lines at this width).
        const words = (t: string) => t.slice(0, t.indexOf('The same claim at each tier')).match(/[A-Za-z]+/g);
        expect(words(narrow.stdout)).toEqual(words(wide.stdout));
      }
    });
  }

  it('$COLUMNS is honoured when stdout is not a terminal; say wraps too', async () => {
    const r = await yibao([...claim, '--format', 'say'], { env: { COLUMNS: '60' } });
    expect(r.stdout.split('\n').filter((l) => displayWidth(l) > 60)).toEqual([]);
    const piped = await yibao([...claim, '--format', 'say']);
    expect(piped.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('text: two passages, two quotes', () => {
  it('the retiree ratio cites the tier ratio and the uplift as two quotes (text and JSON)', async () => {
    const r = await yibao(employee('retired', '2', '1000', '--no-color'));
    expect(r.stdout).toContain('来源: 随州日报 2024 “二级70%” “其中,退休人员支付比例提高5%。”');
    const json = JSON.parse((await yibao(employee('retired', '2', '1000', '--json'))).stdout) as { steps: { key: string; source: string }[] };
    expect(json.steps.find((s) => s.key === 'ratio')!.source).toMatch(/:“二级70%” “其中,退休人员支付比例提高5%。”$/);
  });
});
