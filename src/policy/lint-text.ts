// Text a policy may not hold: every string of the file (keys too) is shown to people by calc,
// say, policy show and faq, so a control character (ESC and the sequences it starts, CR, BS,
// DEL, C1) or a bidi override in a name, quote or reading is refused at load, with the place.
// Tabs and line feeds (a block scalar's lines) are text and stay allowed.
import { escapeChar, firstUnsafe } from '../safe-text.js';
import type { PathSegment } from './positions.js';
import type { PathIssue } from './zod-issues.js';
import { describe } from './zod-issues.js';

/** At most this many such issues are listed: a hostile file would otherwise list thousands. */
const MAX_ISSUES = 20;

export function lintControlText(data: unknown): PathIssue[] {
  const issues: PathIssue[] = [];
  walk(data, [], issues);
  return issues;
}

function walk(value: unknown, path: PathSegment[], issues: PathIssue[]): void {
  if (issues.length >= MAX_ISSUES) return;
  if (typeof value === 'string') {
    const bad = firstUnsafe(value);
    if (bad) issues.push(issue(path, 'value', bad.char));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, i], issues));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    const bad = firstUnsafe(k);
    if (bad) issues.push(issue([...path, k], 'key', bad.char));
    walk(v, [...path, k], issues);
  }
}

function issue(path: PathSegment[], at: 'value' | 'key', char: string): PathIssue {
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const shown = `${escapeChar(char)}, ${code}`;
  const where = describe(path);
  const what = at === 'key' ? { zh: '键', en: 'key' } : { zh: '文本', en: 'text' };
  return {
    path,
    at,
    message: {
      zh: `${where}:${what.zh}含控制字符(${shown});政策文件的文字会显示在终端上,不能含控制字符或双向文本控制符`,
      en: `${where}: control character (${shown}) in ${what.en}; a policy's words are shown on terminals and may not hold control or bidi-override characters`,
    },
  };
}
