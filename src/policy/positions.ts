// Maps a path into the parsed policy (['versions', 1, 'benefits', …]) to a line and column of
// the YAML text, so every validation error points at the node it is about.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type PathSegment = string | number;

export interface Position {
  line: number;
  col: number;
}

/**
 * The position of the value at `path`, or of its key when `at` is 'key' (unknown keys).
 * A path that does not exist (a missing key) points at the deepest node that does.
 */
export function positionOf(doc: Document, lc: LineCounter, path: readonly PathSegment[], at: 'value' | 'key' = 'value'): Position {
  let node: unknown = doc.contents;
  let found: unknown = node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && at === 'key') {
        found = pair.key;
        break;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      node = node.items[seg];
    } else break;
    found = node ?? found;
  }
  return offsetPosition(lc, rangeStart(found) ?? 0);
}

export function offsetPosition(lc: LineCounter, offset: number): Position {
  const { line, col } = lc.linePos(offset);
  return { line, col };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}
