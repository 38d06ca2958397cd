// `yibao faq '(' '.*'`: words with no searchable character say so (exit 0) instead of listing
// every question as if no words were given.
import { describe, expect, it } from 'vitest';
import { runCli } from '../faq/run-cli.js';

describe('yibao faq with only punctuation', () => {
  it('says there is nothing to search for, zh, exit 0', async () => {
    const r = await runCli(['faq', '(', '.*']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('没有可搜索的词:“( .*”只含标点、符号或“请问”“怎么”这类虚词。\n输入 yibao faq 列出全部问题,或用文字再试(如 yibao faq 起付线)。\n');
  });

  it('in English with --lang en', async () => {
    const r = await runCli(['faq', '--lang', 'en', '?!']);
    expect(r.stdout).toBe('Nothing to search for: "?!" has only punctuation, symbols or filler words.\nType yibao faq to list every question, or try words (e.g. yibao faq deductible).\n');
  });

  it('--json: no results, not the whole list', async () => {
    const r = await runCli(['faq', '(', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ schema: 'yibao.faq/1', query: '(', results: [], nearest: [] });
  });
});
