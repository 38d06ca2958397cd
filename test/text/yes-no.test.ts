// Yes or no as people type it at a prompt (src/text/yes-no.ts): y/n, yes/no, 是/否/不是/对/没有/
// 不/要/不要 and the like, with case, spaces, full-width forms and a closing 。/!/~ ignored;
// anything else is neither (undefined), so that the prompt asks again instead of guessing.
import { describe, expect, it } from 'vitest';
import { readYesNo } from '../../src/text/yes-no.js';

describe('readYesNo', () => {
  it.each(['y', 'Y', 'yes', 'YES', ' yes ', 'ｙ', '是', '是的', '对', '对的', '要', '好', '好的', '行', '可以', '嗯', '有', '是。', '对!'])('%s is yes', (typed) => {
    expect(readYesNo(typed)).toBe(true);
  });

  it.each(['n', 'N', 'no', 'No', 'ｎｏ', '否', '不', '不是', '不对', '没有', '没', '不要', '不用', '不了', '算了', '无', '不是的。'])('%s is no', (typed) => {
    expect(readYesNo(typed)).toBe(false);
  });

  it.each(['', 'maybe', '1', '2', 'yn', '是不是', '可能', '?', '退休'])('%s is neither', (typed) => {
    expect(readYesNo(typed)).toBeUndefined();
  });
});
