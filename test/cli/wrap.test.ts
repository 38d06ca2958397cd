// wrapLine (src/cli/render/wrap.ts): breaks only where UAX #14 allows, keeps an amount with
// its unit, keeps the indent on continuation lines, and cuts a word only when it is wider
// than a whole line.
import { describe, expect, it } from 'vitest';
import { wrapLine } from '../../src/cli/render/wrap.js';
import { displayWidth } from '../../src/cli/render/width.js';

describe('wrapLine', () => {
  it('a line that fits is left alone', () => {
    expect(wrapLine('  起付线 500.00 元', 60)).toEqual(['  起付线 500.00 元']);
  });

  it('never breaks a number ("13⏎00.00") and keeps 元 with its amount', () => {
    // 26 columns of Chinese then "1300.00 元": the number moves to the next line whole
    const line = '本年基金已支付零元尚可支付 1300.00 元;本次未达到封顶线。';
    const out = wrapLine(line, 30);
    expect(out).toEqual(['本年基金已支付零元尚可支付', '1300.00 元;本次未达到封顶线。']);
    expect(out.every((l) => displayWidth(l) <= 30)).toBe(true);
  });

  it('breaks English between words and indents continuation lines like the first', () => {
    expect(wrapLine('    Annual deductible 500.00; 0.00 already met this year, 500.00 left.', 30)).toEqual([
      '    Annual deductible 500.00;',
      '    0.00 already met this',
      '    year, 500.00 left.',
    ]);
  });

  it('a hanging indent for warnings ("   ! …"), and no line starts with a closing mark', () => {
    const out = wrapLine('   ! 退休人员比例提高采用的解读:“提高5%”理解为提高5个百分点,而非乘以1.05。', 24, 5);
    expect(out[0]).toBe('   ! 退休人员比例提高采');
    expect(out.slice(1).every((l) => l.startsWith('     ') && !/^ +[,。;:”)]/.test(l))).toBe(true);
    expect(out.join('').replace(/ /g, '')).toBe('!退休人员比例提高采用的解读:“提高5%”理解为提高5个百分点,而非乘以1.05。');
  });

  it('a flag stays whole ("--benefit" is not broken after its dashes)', () => {
    expect(wrapLine('(可用 --city、--benefit、--date 更改)。', 20)).toEqual(['(可用 --city、', '--benefit、--date', '更改)。']);
  });

  it('a short Chinese word between spaces stays whole, with its menu key: the hotline menu at 60 columns (audit-11)', () => {
    // 咨询:随州市医保服务热线 0722-3235698( is 37 columns; "1 市本级" ends at 45, " 2 曾都区" at 54;
    // " 3 广水" would end at 61, so the line ends after 曾都区 and "3 广水" starts the next ("广⏎水" before).
    expect(wrapLine('咨询:随州市医保服务热线 0722-3235698(1 市本级 2 曾都区 3 广水 4 随县)', 60)).toEqual([
      '咨询:随州市医保服务热线 0722-3235698(1 市本级 2 曾都区',
      '3 广水 4 随县)',
    ]);
    // running text still breaks between characters
    expect(wrapLine('统筹基金支付报销比例起付线封顶线', 10)).toEqual(['统筹基金支', '付报销比例', '起付线封顶', '线']);
  });

  it('a word wider than the line is cut, the only case where it is', () => {
    expect(wrapLine('x'.repeat(25), 10)).toEqual(['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
  });
});
