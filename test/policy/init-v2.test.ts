// `policy init` gives a model-2 skeleton with every rulebook structure present and unknown, and
// the JSON Schema (schema/policy.schema.json, generated from the zod schema) covers every
// structure. No JSON Schema validator is a dependency of the project, so the skeleton and the
// example rulebooks are validated by the zod schema the JSON Schema is generated from, and the
// JSON Schema is checked to define every model-2 key.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { skeletonPolicy } from '../../src/cli/policy/init.js';
import { policyJsonSchemaText } from '../../src/policy/compile.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { parsePolicyText } from '../../src/policy/parse.js';
import { runCli } from './run-cli.js';

const V2 = {
  top: ['facilities', 'grades'],
  version: ['first_pay', 'second_layer', 'assistance', 'account_scope', 'status_change'],
  benefit: ['disease_limits'],
  scheme: ['deductible_schedule', 'retiree_deductible_share', 'bands', 'age_bonus', 'filing', 'cap_shared'],
};

describe('policy init: the model-2 skeleton', () => {
  const text = skeletonPolicy('qingsong', '../schema/policy.schema.json');
  const data = parse(text);
  const version = data.versions[0];

  it('passes validation as it is', () => {
    expect(() => parsePolicyText(text, 'qingsong.yaml')).not.toThrow();
    expect(data.schema).toBe('yibao.policy/2');
  });

  it('has every structure: as data, unknown; bands, a shared cap and a schedule as comments (they are rules by their presence)', () => {
    for (const k of V2.top) expect(data).toHaveProperty(k);
    for (const k of V2.version) expect(version).toHaveProperty(k);
    expect(version.benefits.chronic).toHaveProperty('disease_limits');
    for (const k of ['retiree_deductible_share', 'age_bonus', 'filing']) expect(version.benefits.inpatient.employee).toHaveProperty(k);
    for (const k of ['age_bonus', 'filing']) expect(version.benefits.inpatient.resident).toHaveProperty(k);
    for (const k of ['bands:', 'cap_shared:', 'deductible_schedule:']) expect(text).toContain(`# ${k}`);
  });

  it('states nothing: every value in it is null, with a note to fill in', () => {
    const values: unknown[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if ('value' in o && (o.value === null || typeof o.value !== 'object')) {
          values.push(o.value);
          expect(o.note, JSON.stringify(o)).toBeDefined();
        }
        if ('counts_as' in o && o.counts_as !== undefined) values.push(o.counts_as);
        Object.values(o).forEach(walk);
      }
    };
    walk(data.versions);
    walk(data.facilities);
    expect(values.length).toBeGreaterThan(60);
    expect(values.filter((v) => v !== null)).toEqual([]);
  });

  it('asks for an uplift in percentage points, with how to write it (白鹭 四（二）: 提高5个百分点 is 0.05, 85% becoming 90%)', () => {
    const notes = (v: { note: { zh: string; en: string } }) => v.note;
    const bonus = notes(version.benefits.outpatient.employee.retiree_bonus);
    expect(bonus.zh).toContain('退休人员支付比例提高的百分点,0..1(提高5个百分点写 0.05)');
    expect(bonus.en).toContain('points added to the ratio for retirees, 0..1 (5 points: 0.05)');
    const plus = text.split('\n').find((l) => l.trim().startsWith('ratio_plus:'))!;
    expect(plus).toContain('各段比例提高的百分点(提高5个百分点写 0.05)');
  });

  it('its Chinese notes name the benefit, status and level in Chinese, with the unit (a bureau reads 在职 and 一级, not active and 1)', () => {
    const emp = version.benefits.inpatient.employee;
    expect(emp.deductible.active.note.zh).toBe('待填写:住院·职工起付线(在职),元');
    expect(emp.ratio.retired['2'].note.zh).toBe('待填写:住院·职工报销比例(退休,二级),0..1(80%写 0.8)');
    expect(emp.cap.retired.note.zh).toBe('待填写:住院·职工封顶线(退休),元');
    expect(version.benefits.outpatient.resident.ratio.community.note.zh).toBe('待填写:普通门诊·居民报销比例(社区),0..1(80%写 0.8)');
    expect(version.benefits.chronic.resident.deductible.note.zh).toBe('待填写:门诊慢特病·居民起付线,元');
    for (const line of text.split('\n').filter((l) => l.includes('note: { zh:'))) {
      const zh = /zh: "([^"]*)"/.exec(line)![1]!;
      expect(zh, line).not.toMatch(/\((active|retired|community|1|2|3)\)|,(active|retired),/);
    }
  });

  it('tells how to write retirees’ ratios by added points (白鹭 五（一）: one ratio per level, 退休人员相应提高10个百分点): by level only, with retiree_bonus', () => {
    const lines = text.split('\n');
    const employeeRatio = lines.flatMap((l, i) => (l === '          ratio:' && lines[i + 1] === '            active:' ? [i] : []));
    expect(employeeRatio).toHaveLength(3);
    for (const i of employeeRatio) {
      expect(lines[i - 1]).toContain('# 退休人员按“提高N个百分点”计算时:去掉 active/retired 这一层,只按级别写比例,并填 retiree_bonus');
      expect(lines[i - 1]).toContain('另列 retired 比例时不再加 retiree_bonus');
    }
    expect(() => parsePolicyText(text, 'qingsong.yaml')).not.toThrow();
  });

  it('`yibao policy init` prints it and `policy validate` accepts the written file', async () => {
    const printed = await runCli(['policy', 'init', 'qingsong']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(text);
  });
});

describe('the JSON Schema covers model 2', () => {
  const schema = JSON.parse(policyJsonSchemaText());
  // a schema used more than once is written once under $defs and referred to ("$ref": "#/$defs/…")
  const at = (node: { $ref?: string }): Record<string, any> => (node.$ref ? at(schema.$defs[node.$ref.replace('#/$defs/', '')]) : node);
  const props = (node: Record<string, unknown>): string[] => Object.keys((at(node).properties as object) ?? {});
  const version = at(at(schema.properties.versions).items);
  const benefit = at(at(version.properties.benefits).properties.inpatient);
  const scheme = at(benefit.properties.employee);

  it('defines every model-2 key where the format puts it, and accepts schema yibao.policy/2', () => {
    expect(props(schema)).toEqual(expect.arrayContaining(V2.top));
    expect(props(version)).toEqual(expect.arrayContaining(V2.version));
    expect(props(benefit)).toEqual(expect.arrayContaining(V2.benefit));
    expect(props(scheme)).toEqual(expect.arrayContaining(V2.scheme));
    expect(JSON.stringify(schema.properties.schema)).toContain('yibao.policy/2');
  });

  it('every example rulebook validates (by the zod schema the JSON Schema is made from)', async () => {
    const files = readdirSync('examples/rulebooks').filter((f) => f.endsWith('.yaml'));
    expect(files).toContain('bailu.yaml');
    for (const f of files) {
      const { policy } = await loadPolicyFile(`examples/rulebooks/${f}`);
      expect(policy.schema).toBe('yibao.policy/2');
    }
  });
});
