// Help is in the language asked for, every command alike (issue 17): Chinese by default, English
// with --lang en (before or after --help) or YIBAO_LANG=en; only the top-level description is
// bilingual on one line. A line of help with Han characters in English help is allowed only where
// it names a Chinese word the user may type (职工, 随州, 问答台…), never a Chinese description.
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const COMMANDS = [[], ['calc'], ['batch'], ['check'], ['policy'], ['policy', 'list'], ['policy', 'show'], ['policy', 'validate'], ['policy', 'init'], ['faq'], ['ask'], ['hotline']];
const TOP_LINE = '解释基本医疗保险如何报销一笔费用 / explains how basic medical insurance pays a claim';
// Chinese words an English help line may show as what the user types (example command lines are skipped;
// policy model 2's flags take a policy's own names: a facility, an assistance group, a disease)
const TYPED_WORDS = /职工|居民|在职|退休|门诊|住院|慢特病|一级|二级|三级|社区|配偶|父母|子女|兄弟姐妹|祖父母|外祖父母|孙子女|外孙子女|随州|人员编号|就诊日期|参保类型|乡镇卫生院|特困人员|低保对象|糖尿病/g;

describe('help language', () => {
  for (const path of COMMANDS) {
    const name = ['yibao', ...path].join(' ');
    it(`${name} --help is Chinese by default`, async () => {
      const { stdout, code } = await runYibao([...path, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^用法:/);
      const body = stdout.replace(TOP_LINE, '');
      // no line of English words (four or more Latin words in a row) outside commands and flags
      const english = body.split('\n').filter((l) => !/^\s*(yibao|cat |-)/.test(l.trim()) && /[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+ [a-z]+/.test(l.replace(/--?[\w-]+( <[^>]+>)?/g, '')));
      expect(english).toEqual([]);
    });
    it(`${name} --help --lang en is English`, async () => {
      for (const args of [[...path, '--help', '--lang', 'en'], ['--lang', 'en', ...path, '--help']]) {
        const { stdout, code } = await runYibao(args);
        expect(code).toBe(0);
        expect(stdout).toMatch(/^Usage:/);
        const han = stdout.replace(TOP_LINE, '').replace(TYPED_WORDS, '').split('\n').filter((l) => !l.trim().startsWith('yibao ') && /[\u4e00-\u9fff]{3,}/.test(l));
        expect(han).toEqual([]);
      }
    });
  }
  it('YIBAO_LANG=en gives English help too', async () => {
    const { stdout } = await runYibao(['batch', '--help'], { env: { YIBAO_LANG: 'en' } });
    expect(stdout).toContain('explain every claim of an Excel, CSV or JSONL file');
    expect(stdout).not.toContain('逐行解释');
  });
});

describe('--relation in help: the words the user types', () => {
  it('English help lists the English words and says the Chinese ones are read too; Chinese help names the English ones', async () => {
    const en = (await runYibao(['calc', '--help', '--lang', 'en'])).stdout.replace(/\s+/g, ' ');
    expect(en).toContain("--relation <r> the patient's relation to the account holder (the patient is the holder's …): spouse, parent, child, sibling, grandparent, grandchild, parent_in_law (a spouse's parent) or child_in_law (a child's spouse)");
    expect(en).toContain('(配偶, 父母, 子女, 兄弟姐妹, 祖父母, 外祖父母, 孙子女, 外孙子女, 配偶的父母/岳父母/公婆, 子女的配偶/女婿/儿媳)');
    const zh = (await runYibao(['calc', '--help'])).stdout.replace(/\s+/g, '');
    expect(zh).toContain('看病的人是账户持有人的什么人');
    expect(zh).toContain('配偶的父母(岳父母、公婆)子女的配偶(女婿、儿媳)');
    expect(zh).toContain('也认英文:spouse、parent、child、sibling、grandparent、grandchild、parent_in_law、child_in_law');
  });

  it('both are read: --relation 外孙子女 and --relation grandchild are the same relation', async () => {
    const claim = ['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '100', '--family', '100', '--json'];
    for (const word of ['外孙子女', 'grandchild']) {
      const r = await runYibao([...claim, '--relation', word]);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).claim.relation).toBe('grandchild');
    }
  });

  it('the in-laws help names are read: 岳父母 / parent_in_law, 女婿 / child_in_law', async () => {
    const claim = ['calc', '--date', '2024-06-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '100', '--family', '100', '--json'];
    for (const [word, id] of [['岳父母', 'parent_in_law'], ['parent_in_law', 'parent_in_law'], ['配偶的父母', 'parent_in_law'], ['女婿', 'child_in_law'], ['child_in_law', 'child_in_law'], ['子女的配偶', 'child_in_law']]) {
      const r = await runYibao([...claim, '--relation', word!]);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).claim.relation).toBe(id);
    }
  });
});

describe('--days in help: what the days are', () => {
  it('says outpatient days of care, a stay\'s bed-days, --discharge-date instead, and the 1-day default', async () => {
    const zh = (await runYibao(['calc', '--help'])).stdout.replace(/\s+/g, '');
    expect(zh).toContain('--days<n>这笔费用包含几天:门诊是就诊天数,住院是床日数');
    expect(zh).toContain('住院也可以给--discharge-date,由入院、出院日期算床日;都不给时按1天算');
    const en = (await runYibao(['calc', '--help', '--lang', 'en'])).stdout.replace(/\s+/g, ' ');
    expect(en).toContain('--days <n> how many days this cost covers: days of care for outpatient care, bed-days for a stay');
  });
});
