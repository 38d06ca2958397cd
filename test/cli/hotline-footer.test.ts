// hotlineFooter: the last line of every explanation. Expected text is written from the Suizhou
// source's Q&A 10 ("全市医保服务热线为0722-3235698 … 1号线为市本级,2号线为曾都区,3号线为广水,
// 4号线为随县") and from Xianning's source, which gives no number.
import { describe, expect, it } from 'vitest';
import { hotlineFooter } from '../../src/cli/render/hotline-footer.js';
import { loadBundledPolicy } from '../../src/policy/bundled.js';
import type { Policy } from '../../src/policy/schema.js';

const suizhou = (await loadBundledPolicy('suizhou')).policy;
const xianning = (await loadBundledPolicy('xianning')).policy;

describe('hotlineFooter', () => {
  it('gives Suizhou\'s number and voice menu in Chinese, on one line', () => {
    expect(hotlineFooter(suizhou, 'zh')).toBe('咨询:随州市医保服务热线 0722-3235698(1 市本级 2 曾都区 3 广水 4 随县)');
  });

  it('gives the number and menu in English', () => {
    expect(hotlineFooter(suizhou, 'en')).toBe(
      'Questions: Suizhou medical insurance hotline 0722-3235698 (menu: 1 city level (市本级), 2 Zengdu District, 3 Guangshui, 4 Sui County)',
    );
  });

  it('says plainly when the sources give no number (Xianning)', () => {
    expect(hotlineFooter(xianning, 'zh')).toBe('咨询:来源未给出咸宁市的医保服务热线号码。');
    expect(hotlineFooter(xianning, 'en')).toBe('Questions: the sources give no medical insurance hotline number for Xianning.');
  });

  it('leaves out the menu when a number has none', () => {
    const bare: Policy = { ...suizhou, hotline: { number: '0722-1234567' } };
    expect(hotlineFooter(bare, 'zh')).toBe('咨询:随州市医保服务热线 0722-1234567');
  });

  it('is one line without colour codes, so the caller can style it', () => {
    for (const p of [suizhou, xianning]) {
      for (const lang of ['zh', 'en'] as const) {
        expect(hotlineFooter(p, lang)).not.toMatch(/[\n\x1b]/);
      }
    }
  });
});
