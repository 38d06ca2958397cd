// `yibao faq`, in-process against the bundled policies. Which entries a word must find was worked
// out by reading policies/*.yaml (and the Suizhou Q&A in the source), not from the program.
import { describe, expect, it } from 'vitest';
import { runCli } from '../faq/run-cli.js';
import { bundledPolicyIds, loadBundledPolicy } from '../../src/policy/bundled.js';

const policies = await Promise.all(bundledPolicyIds().map(async (id) => (await loadBundledPolicy(id)).policy));
const allEntries = policies.flatMap((p) => (p.faq ?? []).map((e) => ({ city: p.id, ...e })));

interface Result {
  city: string;
  id: string;
  question: string;
  answer: string;
  source: { title: string; publisher: string; date: string } | null;
  score: number;
}

async function search(...args: string[]): Promise<Result[]> {
  const { stdout, code } = await runCli(['faq', ...args, '--json']);
  expect(code).toBe(0);
  return JSON.parse(stdout).results as Result[];
}
const ids = (rs: Result[]) => rs.map((r) => r.id);

describe('yibao faq: Chinese substrings, no word splitting', () => {
  it('finds 意外伤害 in Suizhou Q&A 8 only', async () => {
    const rs = await search('意外伤害');
    expect(rs.map((r) => [r.city, r.question.includes('意外伤害能报销吗')])).toEqual([['suizhou', true]]);
    expect(rs[0]!.source?.publisher).toBe('随州日报');
  });

  it('finds 转移接续 in Suizhou Q&A 9 only', async () => {
    const rs = await search('转移接续');
    expect(rs.map((r) => [r.city, r.question.includes('转移接续后等待期')])).toEqual([['suizhou', true]]);
  });

  it('finds 共济 in every city that answers about family mutual aid, questions first', async () => {
    const rs = await search('共济');
    expect(ids(rs)).toEqual(expect.arrayContaining(['hanzhong-family-order', 'hanzhong-family-who', 'xianning-family-binding']));
    expect(rs.some((r) => r.city === 'suizhou' && r.question.includes('家庭共济范围'))).toBe(true); // Q&A 3
    // Every entry with 共济 in its question ranks above every entry with it elsewhere.
    const inQuestion = rs.map((r) => r.question.includes('共济'));
    expect(inQuestion).toEqual([...inQuestion].sort((a, b) => Number(b) - Number(a)));
    expect(ids(rs).indexOf('hanzhong-family-order')).toBeLessThan(ids(rs).indexOf('hanzhong-family-who'));
  });

  it('finds 封顶 in the answers about annual caps (Suizhou Q&A 2, Jiayu outpatient, Weihai 两病)', async () => {
    const rs = await search('封顶');
    expect(ids(rs)).toEqual(expect.arrayContaining(['jiayu-outpatient', 'weihai-two-diseases']));
    expect(rs[0]!.city).toBe('suizhou');
    expect(rs.some((r) => r.city === 'suizhou' && r.question.includes('门诊统筹金额额度'))).toBe(true);
  });

  it('finds traditional characters where the policy keeps them (Weihai 兩病)', async () => {
    expect(ids(await search('兩病'))).toEqual(['weihai-two-diseases']);
  });
});

describe('yibao faq: ranking and English', () => {
  it('ranks by how many words match, then where: question > keywords > answer', async () => {
    const rs = await search('慢性病', '刷卡');
    expect(rs[0]!.id).toBe('jiayu-chronic-card'); // both words, both in the question
    const at = (id: string) => ids(rs).indexOf(id);
    // 慢性病 in the question of jiayu-contribution-bands, only in the keywords of weihai-two-diseases
    expect(at('jiayu-contribution-bands')).toBeGreaterThan(0);
    expect(at('jiayu-contribution-bands')).toBeLessThan(at('weihai-two-diseases'));
    expect(rs.map((r) => r.score)).toEqual([...rs.map((r) => r.score)].sort((a, b) => b - a));
  });

  it('matches English words case-insensitively and shows English with --lang en', async () => {
    const { stdout, code } = await runCli(['faq', 'DIABETES', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('How much of my hypertension or diabetes outpatient costs is paid each year?');
    expect(stdout).toContain('Weihai');
    expect(stdout).toMatch(/Source: .+/);
  });

  it('shows city, answer and source (publisher, title, date) in the text output', async () => {
    const { stdout } = await runCli(['faq', '刷卡']);
    expect(stdout).toContain('为什么我的慢性病刷卡刷不了');
    expect(stdout).toContain('嘉鱼县');
    expect(stdout).toContain('张爹爹');
    const jiayu = policies.find((p) => p.id === 'jiayu')!;
    const src = jiayu.sources[jiayu.faq![0]!.source]!;
    expect(stdout).toContain(`来源:${src.publisher}《${src.title}》(${src.date})`);
  });
});

describe('yibao faq: listing, --city, --json, no match', () => {
  it('lists every question of every city when no words are given', async () => {
    const { stdout, code } = await runCli(['faq']);
    expect(code).toBe(0);
    expect(stdout).toContain(`共 ${allEntries.length} 条`);
    for (const e of allEntries) expect(stdout).toContain(e.question.zh);
  });

  it('narrows to one city with --city', async () => {
    const rs = await search('共济', '--city', 'hanzhong');
    expect(ids(rs).sort()).toEqual(['hanzhong-account-reform', 'hanzhong-family-order', 'hanzhong-family-premiums', 'hanzhong-family-who']);
    const { stdout } = await runCli(['faq', '--city', 'weihai']);
    expect(stdout).toContain('共 7 条');
    expect(stdout).not.toContain('随州');
  });

  it('refuses an unknown --city with exit 2', async () => {
    const { code, stderr, stdout } = await runCli(['faq', '共济', '--city', 'atlantis']);
    expect(code).toBe(2);
    expect(stderr).toContain('atlantis');
    expect(stdout).toBe('');
    const json = await runCli(['faq', '--city', 'atlantis', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error.code).toBe('unknown_city');
  });

  it('gives a stable JSON shape', async () => {
    const { stdout } = await runCli(['faq', '两病', '--city', 'weihai', '--json']);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(['schema', 'query', 'results']);
    expect(doc.schema).toBe('yibao.faq/1');
    expect(doc.query).toBe('两病');
    expect(doc.results).toHaveLength(1);
    const [r] = doc.results;
    expect(Object.keys(r)).toEqual(['city', 'id', 'question', 'answer', 'source', 'score']);
    expect(r).toMatchObject({ city: 'weihai', id: 'weihai-two-diseases', question: '高血压、糖尿病（“两病”）门诊费用每年能报多少？' });
    expect(r.answer).toContain('1000元、1500元');
    expect(r.source.quote).toContain('1500元');
    expect(r.score).toBe(7); // one word, in the question: 1 × (3 + 1) + 3
  });

  it('says clearly when nothing matches, with the list command and the hotline, exit 0', async () => {
    const { stdout, code } = await runCli(['faq', '牙齿矫正']);
    expect(code).toBe(0);
    expect(stdout).toContain('没有找到与“牙齿矫正”相关的问答');
    expect(stdout).toContain('yibao faq');
    expect(stdout).toContain('0722-3235698');
    expect((await search('牙齿矫正'))).toEqual([]);
  });

  it('says in English when nothing matches, and that a city without a number has none', async () => {
    const { stdout, code } = await runCli(['faq', 'dentures', '--city', 'weihai', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('No question or answer found for "dentures"');
    expect(stdout).toContain('no medical insurance hotline number for Weihai');
  });
});
