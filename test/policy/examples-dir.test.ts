// examples/rulebooks/ is a policy directory as a bureau would make one: its policies (白鹭, 云岭:
// fiction) are listed with where they come from, their sources are the files beside them, and
// a claim is answered by a city's name from there.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runYibao } from '../helpers/cli.js';

const dir = resolve('examples/rulebooks');
const ids = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));

describe('yibao --policy-dir examples/rulebooks', () => {
  it('lists every rulebook there, with its file', async () => {
    expect(ids).toContain('bailu');
    const r = await runYibao(['--policy-dir', 'examples/rulebooks', 'policy', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const listed = JSON.parse(r.stdout).policies;
    for (const id of ids) {
      expect(listed.find((p: { id: string }) => p.id === id)?.origin).toEqual({ kind: 'directory', file: `examples/rulebooks/${id}.yaml` });
    }
  });

  it('resolves each source beside its policy file, to a file that exists', async () => {
    for (const id of ids) {
      const r = await runYibao(['--policy-dir', 'examples/rulebooks', 'policy', 'show', id, '--json']);
      const sources = Object.values(JSON.parse(r.stdout).policy.sources) as Array<{ file: string }>;
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(existsSync(s.file), s.file).toBe(true);
    }
  });

  it('answers an outpatient claim of 白鹭 by its name: (2000 − 1000) × 75% = 750.00 (五（一）)', async () => {
    const r = await runYibao(['--policy-dir', 'examples/rulebooks', 'calc', '--city', '白鹭', '--date', '2025-03-01', '--scheme', 'employee', '--status', 'active', '--tier', '1', '--amount', '2000', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).result.fund_pays).toBe('750.00');
  });
});

// 白鹭 三（一）（三） give residents' inpatient deductibles by level and ratios for 一档 and 二档;
// 五（二） gives residents' outpatient ratios for both grades (三级 不予支付, a reading of 0%).
// So every benefit and scheme of 白鹭 computes, for both grades.
describe('policy list: what 白鹭 computes, resolved as the engine resolves a claim (grades, bands)', () => {
  const EVERY = '普通门诊·职工、普通门诊·居民、住院·职工、住院·居民、门诊慢特病·职工、门诊慢特病·居民';

  it('lists all six benefits of 白鹭, residents’ inpatient and outpatient included', async () => {
    const r = await runYibao(['policy', 'list'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`bailu  白鹭市 (白鹭市（测试用虚构城市）)\n  政策文件:${join(dir, 'bailu.yaml')}\n  2025-01-01 起: 可计算 ${EVERY}\n`);
    const show = await runYibao(['policy', 'show', 'bailu'], { env: { YIBAO_POLICY_DIR: dir } });
    expect(show.stdout).toContain(`  可计算:${EVERY}\n`);
  });

  it('--json: residents’ inpatient and outpatient are computable, with no grade left out', async () => {
    const r = await runYibao(['policy', 'list', '--json'], { env: { YIBAO_POLICY_DIR: dir } });
    const bailu = JSON.parse(r.stdout).policies.find((p: { id: string }) => p.id === 'bailu');
    const can = bailu.versions[0].computable as { benefit: string; scheme: string; grades?: unknown }[];
    expect(can.map((c) => `${c.benefit}.${c.scheme}`)).toEqual(['outpatient.employee', 'outpatient.resident', 'inpatient.employee', 'inpatient.resident', 'chronic.employee', 'chronic.resident']);
    for (const c of can) expect(c.grades).toBeUndefined();
  });

  it('names the grade that computes when the other grade’s ratios are unknown', async () => {
    // A bureau that has not yet written 二档's inpatient ratios (三（三）'s second half).
    const copy = mkdtempSync(join(tmpdir(), 'yibao-grade-'));
    cpSync(join(dir, 'sources'), join(copy, 'sources'), { recursive: true });
    const doc = parseDocument(readFileSync(join(dir, 'bailu.yaml'), 'utf8'));
    doc.setIn(['versions', 0, 'benefits', 'inpatient', 'resident', 'ratio', 'grade_2'], { value: null, note: { zh: '二档比例待补。', en: 'Grade 2 ratios to come.' } });
    writeFileSync(join(copy, 'bailu.yaml'), doc.toString());
    const env = { YIBAO_POLICY_DIR: copy };
    const zh = await runYibao(['policy', 'list'], { env });
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('可计算 普通门诊·职工、普通门诊·居民、住院·职工、住院·居民(仅一档)、门诊慢特病·职工、门诊慢特病·居民\n');
    const en = await runYibao(['--lang', 'en', 'policy', 'list'], { env });
    expect(en.stdout).toContain('inpatient, residents (grade 1 only)');
    const json = JSON.parse((await runYibao(['policy', 'list', '--json'], { env })).stdout);
    const can = json.policies.find((p: { id: string }) => p.id === 'bailu').versions[0].computable;
    expect(can.find((c: { benefit: string; scheme: string }) => c.benefit === 'inpatient' && c.scheme === 'resident')).toEqual({ benefit: 'inpatient', scheme: 'resident', inferred: false, grades: [{ grade: '1', name: '一档' }] });
    const show = await runYibao(['policy', 'show', 'bailu'], { env });
    expect(show.stdout).toContain('  可计算:普通门诊·职工、普通门诊·居民、住院·职工、住院·居民(仅一档)、门诊慢特病·职工、门诊慢特病·居民\n');
  });

  it('a layer’s unknown value does not make its benefits uncomputable: only a claim the layer could pay on stops, as calc names it', async () => {
    // 六（一）'s threshold (1.8万元) not yet written: every benefit is still computable; a resident claim
    // that adds to the 大病 burden could reach the unknown threshold, so it stops (exit 3 naming it)
    const copy = mkdtempSync(join(tmpdir(), 'yibao-layer-'));
    cpSync(join(dir, 'sources'), join(copy, 'sources'), { recursive: true });
    const doc = parseDocument(readFileSync(join(dir, 'bailu.yaml'), 'utf8'));
    doc.setIn(['versions', 0, 'second_layer', 'resident', 'threshold'], { value: null, note: { zh: '待补。', en: 'To come.' } });
    writeFileSync(join(copy, 'bailu.yaml'), doc.toString());
    const env = { YIBAO_POLICY_DIR: copy };
    const zh = (await runYibao(['policy', 'list'], { env })).stdout;
    expect(zh).toContain('可计算 普通门诊·职工、普通门诊·居民、住院·职工、住院·居民、门诊慢特病·职工、门诊慢特病·居民\n');
    const calc = await runYibao(['calc', '--city', 'bailu', '--date', '2025-03-01', '--scheme', 'resident', '--grade', '1', '--tier', '1', '--benefit', 'inpatient', '--amount', '3000'], { env });
    expect(calc.code).toBe(3);
    expect(calc.stderr).toContain('second_layer.resident.threshold');
    const show = (await runYibao(['policy', 'show', 'bailu'], { env })).stdout;
    expect(show).toContain('未知的数值只影响用得到它的案例');
  });
});
