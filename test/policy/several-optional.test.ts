// `several` (the limit of a patient with several 门诊慢特病) is needed only where two diseases may share
// a limit. 鹤汀 三（三）2「同时患有两种及以上病种的，各病种年度支付限额分别计算、分别使用，不得相互调剂」:
// every disease separate (恶性肿瘤 「不设单病种支付限额」): the file has no `several` and is valid.
// Fixture: test/fixtures/chronic3/heting.yaml, changed one key at a time.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yibao } from '../cli/calc-helpers.js';

const FIXTURE = 'test/fixtures/chronic3/heting.yaml';

function hetingWith(from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'several-'));
  cpSync('test/fixtures/chronic3/sources', join(dir, 'sources'), { recursive: true });
  const text = readFileSync(FIXTURE, 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, 'heting.yaml'), text.replace(from, to));
  return join(dir, 'heting.yaml');
}

// 高血压 and 糖尿病 no longer separate (冠心病 and 慢阻肺 still are): they may share a limit, and the file must say how
const APART = '{ value: true, source: ht, quote: 各病种年度支付限额分别计算、分别使用，不得相互调剂 }';
const SHARING = hetingWith(`              separate: &apart ${APART}\n`, '');
writeFileSync(SHARING, readFileSync(SHARING, 'utf8').replace('              separate: *apart\n', '').replace('              separate: *apart\n', `              separate: &apart ${APART}\n`));

describe('several: left out where every limit is apart', () => {
  it('鹤汀 without several is valid, and show says each disease keeps its own limit', async () => {
    expect(readFileSync(FIXTURE, 'utf8')).not.toMatch(/^\s+several:/m);
    expect((await yibao(['policy', 'validate', FIXTURE])).code).toBe(0);
    expect((await yibao(['policy', 'show', FIXTURE])).stdout).toContain('同时患多个病种:各病种限额单独计算,不共用');
    expect((await yibao(['policy', 'show', FIXTURE, '--lang', 'en'])).stdout).toContain('several diseases: each disease keeps its own limit, none shared');
  });

  it('two diseases not separate (高血压, 糖尿病) and no several: refused, naming them', async () => {
    const zh = await yibao(['policy', 'validate', SHARING]);
    expect(zh.code).toBe(2);
    expect(zh.stdout + zh.stderr).toContain('需要 several');
    expect(zh.stdout + zh.stderr).toContain('高血压、糖尿病');
    const en = await yibao(['policy', 'validate', SHARING, '--lang', 'en']);
    expect(en.stdout + en.stderr).toContain('needs several');
    expect(en.stdout + en.stderr).toContain('write separate on each disease');
  });

  it('a patient with 高血压 and 糖尿病 under 鹤汀: 糖尿病 keeps its own 2000 (1850 used: 150 left)', async () => {
    // 三（三）1「糖尿病2000元」, 2 apart: 2000.00 − 1850.00 = 150.00 (HT-04, the fund capped at it)
    const out = await yibao(['calc', '--policy', FIXTURE, '--date', '2026-10-14', '--scheme', 'employee', '--status', 'retired', '--age', '66', '--benefit', 'chronic', '--tier', '社区卫生服务中心', '--diseases', '高血压,糖尿病', '--disease', '糖尿病', '--amount', '600', '--class-b-drugs', '200', '--ytd-fund', '2150', '--ytd-deductible', '200', '--ytd-disease-deductible', '高血压=100', '--ytd-disease-deductible', '糖尿病=100', '--ytd-benefit-fund', '2150', '--ytd-disease-fund', '高血压=300', '--ytd-disease-fund', '糖尿病=1850', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const j = JSON.parse(out.stdout);
    expect(j.result.disease_limit).toBe('2000.00');
    expect(j.result.fund_pays).toBe('150.00');
  });
});
