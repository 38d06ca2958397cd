// Yes or no as people type it at a prompt: y/n, yes/no, 是/否, 不是, 对, 没有, 要/不要, 好, 算了…
// Case, spaces, full-width forms and a closing 。/!/~ are ignored. Anything else is neither, so
// that a prompt asks again rather than reading it as its default. Data and one lookup; pure.
import { lookup, table } from './word-table.js';

const YES_NO_SPOKEN = table<'yes' | 'no'>({
  yes: ['y', 'yes', 'yeah', 'ok', '是', '是的', '是啊', '对', '对的', '对啊', '没错', '要', '要的', '需要', '好', '好的', '行', '可以', '嗯', '嗯嗯', '有', '有的', '继续', '确定'],
  no: ['n', 'no', 'nope', '否', '不', '不是', '不是的', '不对', '没有', '没', '没了', '不要', '不用', '不需要', '不了', '不行', '算了', '无', '没有了'],
});

const CLOSING = /[。.!！~～]+$/u;

/** true for yes, false for no, undefined for anything else (the prompt asks again). */
export function readYesNo(typed: string): boolean | undefined {
  const id = lookup(YES_NO_SPOKEN, typed.trim().replace(CLOSING, ''));
  return id === undefined ? undefined : id === 'yes';
}
