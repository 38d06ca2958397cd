// `yibao faq`, in-process against the bundled policies: the output a hotline operator reads (city,
// question, answer, source), the city in use first, another city's answers labelled, --all-cities,
// --json (yibao.faq/1), the listing and the no-match message. Which entries a question must reach
// was worked out by reading policies/*.yaml, not from the program.
import { describe, expect, it } from 'vitest';
import { runCli } from '../faq/run-cli.js';
import { bundledPolicyIds, loadBundledPolicy } from '../../src/policy/bundled.js';

const policies = await Promise.all(bundledPolicyIds().map(async (id) => (await loadBundledPolicy(id)).policy));
const entriesOf = (city: string) => policies.find((p) => p.id === city)!.faq ?? [];

interface Result {
  city: string;
  id: string;
  question: string;
  answer: string;
  source: { title: string; publisher: string; date: string; quote: string } | null;
  score: number;
}

async function search(...args: string[]): Promise<Result[]> {
  const { stdout, code } = await runCli(['faq', ...args, '--json']);
  expect(code).toBe(0);
  return JSON.parse(stdout).results as Result[];
}

describe('yibao faq: whole questions, the city in use first', () => {
  it('answers 家庭共济怎么办理 with Suizhou Q&A 4, city, answer and source shown', async () => {
    const { stdout, code } = await runCli(['faq', '家庭共济怎么办理']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^找到 \d+ 条随州市与“家庭共济怎么办理”相关的问答:/);
    expect(stdout).toContain('1. 如何办理“家庭共济”？ [随州市 suizhou-q4]');
    expect(stdout).toContain('湖北医疗保障');
    expect(stdout).toContain('来源:随州日报《');
  });

  it('gives Suizhou only for 退休 报销比例 (Xianning\'s 90/75/60 not above 85/75/65), and offers the others', async () => {
    const { stdout } = await runCli(['faq', '退休', '报销比例']);
    expect(stdout).toContain('[随州市 suizhou-q2]');
    expect(stdout).not.toContain('咸宁');
    expect(stdout).toMatch(/另有 \d+ 条其他城市的问答也相关,加 --all-cities 查看。/);
    expect((await search('退休', '报销比例', '--all-cities')).map((r) => r.id)).toContain('xianning-outpatient-ratio');
  });

  it('--city picks the city in use; a city named in the question does too', async () => {
    expect((await search('退休', '报销比例', '--city', 'xianning'))[0]!.id).toBe('xianning-outpatient-ratio');
    expect((await search('退休', '报销比例', '--city', '咸宁'))[0]!.id).toBe('xianning-outpatient-ratio');
    expect((await search('咸宁退休报销比例'))[0]!.id).toBe('xianning-outpatient-ratio');
  });

  it('labels another city\'s answer when the city in use has none', async () => {
    const { stdout } = await runCli(['faq', '个人账户能买医疗器械吗']);
    expect(stdout).toContain('随州市的问答中没有找到');
    expect(stdout).toContain('不是随州市的政策');
    expect(stdout).toContain('[其他城市:咸宁市 xianning-account-devices]');
  });

  it('under other cities\' answers, shows the city in use\'s nearest questions (audit of issue 9)', async () => {
    // 高血压 and 我妈 weigh most and only Hanzhong's and Weihai's entries name 高血压; Suizhou's entry on
    // 门诊慢特病 (起付线 abolished) holds the rest: the operator must see it is there
    const { stdout } = await runCli(['faq', '我妈有高血压，门诊慢特病还要起付线不']);
    expect(stdout).toContain('不是随州市的政策');
    expect(stdout).toMatch(/随州市最接近的问题\(相关程度不够,不算答案;可换个说法再问\):\n {2}- 门诊慢特病有哪些变化？有多少种病？还有起付线吗？ \[随州市 suizhou-chronic\]/);
    const { stdout: en } = await runCli(['faq', '我妈有高血压，门诊慢特病还要起付线不', '--lang', 'en']);
    expect(en).toMatch(/Suizhou's nearest questions \(not close enough to count as answers; ask again in other words\):\n {2}- What changed for chronic/);
  });

  it('shows no nearest questions when the city in use\'s own entries answer', async () => {
    const { stdout } = await runCli(['faq', '家庭共济怎么办理']);
    expect(stdout).not.toContain('最接近的问题');
  });

  it('answers in English with --lang en, the search reading both languages', async () => {
    const { stdout, code } = await runCli(['faq', 'DIABETES', '--city', 'weihai', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('How much of my hypertension or diabetes outpatient costs is paid each year?');
    expect(stdout).toMatch(/Source: .+/);
  });
});

describe('yibao faq: listing, --json, no match, errors', () => {
  it('lists the city in use\'s questions with no words, every city\'s with --all-cities', async () => {
    const { stdout, code } = await runCli(['faq']);
    expect(code).toBe(0);
    expect(stdout).toContain(`随州市的全部问题(共 ${entriesOf('suizhou').length} 条)`);
    for (const e of entriesOf('suizhou')) expect(stdout).toContain(e.question.zh);
    expect(stdout).not.toContain(entriesOf('weihai')[0]!.question.zh);
    const all = await runCli(['faq', '--all-cities']);
    for (const p of policies) for (const e of p.faq ?? []) expect(all.stdout).toContain(e.question.zh);
    const weihai = await runCli(['faq', '--city', 'weihai']);
    expect(weihai.stdout).toContain(`共 ${entriesOf('weihai').length} 条`);
    expect(weihai.stdout).not.toContain('随州');
  });

  it('keeps the yibao.faq/1 JSON shape', async () => {
    const { stdout } = await runCli(['faq', '两病', '--city', 'weihai', '--json']);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(['schema', 'query', 'results', 'nearest']);
    expect(doc.schema).toBe('yibao.faq/1');
    expect(doc.query).toBe('两病');
    const [r] = doc.results;
    expect(Object.keys(r)).toEqual(['city', 'id', 'question', 'answer', 'source', 'score']);
    expect(r).toMatchObject({ city: 'weihai', id: 'weihai-two-diseases', question: '高血压、糖尿病（“两病”）门诊费用每年能报多少？' });
    expect(r.source.quote).toContain('1500元');
    expect(r.score).toBeGreaterThan(0);
  });

  it('says clearly when nothing matches, with the nearest questions and the hotline, exit 0', async () => {
    const { stdout, code } = await runCli(['faq', '牙齿矫正']);
    expect(code).toBe(0);
    expect(stdout).toContain('没有找到与“牙齿矫正”相关的问答');
    expect(stdout).toContain('0722-3235698');
    expect(await search('牙齿矫正')).toEqual([]);
    const near = await runCli(['faq', '住院押金要交多少']);
    expect(near.stdout).toContain('最接近的问题:');
    expect(near.stdout).toContain('住院能报百分之多少？'); // suizhou-inpatient-ratio
  });

  it('an off-topic question (我想买个手机): says so and gives the hotline, exit 0 (issue 18)', async () => {
    const { stdout, code } = await runCli(['faq', '我想买个手机']);
    expect(code).toBe(0);
    expect(stdout).toContain('没有找到与“我想买个手机”相关的问答');
    expect(stdout).toContain('0722-3235698');
  });

  it('--json with no answer gives the nearest questions the text offers (issue 18)', async () => {
    const text = (await runCli(['faq', '住院押金要交多少'])).stdout;
    const doc = JSON.parse((await runCli(['faq', '住院押金要交多少', '--json'])).stdout);
    expect(doc.results).toEqual([]);
    expect(doc.nearest[0]).toEqual({ city: 'suizhou', id: 'suizhou-inpatient-ratio', question: '住院能报百分之多少？住院报销比例是多少？' });
    for (const n of doc.nearest) expect(text).toContain(`${n.question} [`);
  });

  it('says in English when nothing matches, and that a city without a number has none', async () => {
    const { stdout, code } = await runCli(['faq', 'dentures', '--city', 'weihai', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('No question or answer found for "dentures"');
    expect(stdout).toContain('no medical insurance hotline number for Weihai');
  });

  it('refuses an unknown --city and a bad --limit with exit 2', async () => {
    const { code, stderr, stdout } = await runCli(['faq', '共济', '--city', 'atlantis']);
    expect(code).toBe(2);
    expect(stderr).toContain('atlantis');
    expect(stdout).toBe('');
    const json = await runCli(['faq', '--city', 'atlantis', '--json']);
    expect(JSON.parse(json.stdout).error.code).toBe('unknown_city');
    expect((await runCli(['faq', '共济', '--limit', '0'])).code).toBe(2);
  });

  it('shows at most --limit answers', async () => {
    expect(await search('共济', '--all-cities', '--limit', '2')).toHaveLength(2);
  });
});
