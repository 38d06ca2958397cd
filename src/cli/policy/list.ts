// `yibao policy list`: every bundled policy with its versions and what each version can compute.
import type { Policy } from '../../policy/schema.js';
import type { PolicyOrigin } from '../../policy/registry.js';
import { safeLine } from '../../safe-text.js';
import { computableNamed, computableText, partialBenefits, survey, type Partial } from './computable.js';
import { benefitScheme, versionLabel, type Lang } from './words.js';

export interface ListedPolicy {
  id: string;
  name: string;
  region: string;
  /** Where the policy comes from: bundled, or a policy directory's file (extending a bundled one). */
  origin: PolicyOrigin;
  versions: { effective: string | null; until: string | null; computable: ReturnType<typeof computableNamed>; partial: Partial[]; refused: { benefit: string; scheme: string; reason: string }[] }[];
}

export function listEntry(policy: Policy, origin: PolicyOrigin, lang: Lang): ListedPolicy {
  const versions = policy.versions.map((v, i) => {
    const { computable, refused } = survey(policy, i);
    return {
      effective: v.effective,
      until: policy.versions[i + 1]?.effective ?? null,
      computable: computableNamed(policy, computable, lang),
      partial: partialBenefits(policy, i, computable),
      refused: refused.map((r) => ({ benefit: r.benefit, scheme: r.scheme, reason: r.reason[lang] })),
    };
  });
  return { id: policy.id, name: policy.name[lang], region: policy.region[lang], origin, versions };
}

export function listJson(entries: ListedPolicy[]) {
  return { schema: 'yibao.policy-list/1', policies: entries };
}

/** 政策文件:内置 / policy file: bundled; or the directory's file, and the bundled policy it extends. */
export function originText(origin: PolicyOrigin, lang: Lang): string {
  const zh = lang === 'zh';
  if (origin.kind === 'bundled') return zh ? '政策文件:内置' : 'policy file: bundled';
  const ext = origin.extends ? (zh ? `(扩展内置的 ${origin.extends})` : ` (extends ${origin.extends})`) : '';
  const file = safeLine(origin.file);
  return zh ? `政策文件:${file}${ext}` : `policy file: ${file}${ext}`;
}

export function renderList(entries: ListedPolicy[], lang: Lang, strong: (s: string) => string): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  for (const e of entries) {
    lines.push(`${strong(e.id)}  ${e.name} (${e.region})`);
    lines.push(`  ${originText(e.origin, lang)}`);
    for (const v of e.versions) {
      const can = v.computable.map((c) => computableText(c, lang));
      const what = can.length ? can.join(zh ? '、' : '; ') : zh ? '无' : 'nothing';
      lines.push(`  ${versionLabel(v.effective, v.until, lang)}: ${zh ? '可计算' : 'computes'} ${what}`);
      for (const r of v.refused) lines.push(`    ${benefitScheme(r.benefit, r.scheme, lang)}: ${safeLine(r.reason)}`);
      for (const p of v.partial) {
        const miss = p.missing.map((m) => `--set ${p.benefit}.${p.scheme}.${m}=…`).join(' ');
        lines.push(`    ${benefitScheme(p.benefit, p.scheme, lang)}: ${zh ? `来源缺${p.missing.map((m) => (m === 'ratio' ? '报销比例' : '起付线')).join('和')},需 ${miss}` : `the sources lack the ${p.missing.join(' and ')}; needs ${miss}`}`);
      }
    }
  }
  lines.push('');
  lines.push(zh ? '详情:yibao policy show <城市>' : 'Details: yibao policy show <id>');
  return `${lines.join('\n')}\n`;
}
