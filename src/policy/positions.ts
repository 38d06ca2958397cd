// Maps a path into the parsed policy (['versions', 1, 'benefits', …]) to a line and column of
// the YAML text, so every validation error points at the node it is about.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';

export type PathSegment = string | number;

export interface Position {
  line: number;
  col: number;
}

/**
 * The position of the value at `path`, or of its key when `at` is 'key' (unknown keys).
 * A path that does not exist (a missing key) points at the deepest node that does. A key a map
 * takes from a merge key (`<<: *chronic`) is found where the anchor states it; an alias is followed.
 */
export function positionOf(doc: Document, lc: LineCounter, path: readonly PathSegment[], at: 'value' | 'key' = 'value'): Position {
  let node: unknown = doc.contents;
  let found: unknown = node;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairOf(doc, node, String(seg));
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

/** The pair of `key` in a map, or in the maps it merges (`<<: *anchor` or `<<: [*a, *b]`), its own first. */
function pairOf(doc: Document, map: YAMLMap, key: string, depth = 0): Pair | undefined {
  const own = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  if (own || depth > 8) return own;
  for (const p of map.items) {
    if (!isScalar(p.key) || p.key.source !== '<<') continue;
    const sources = isSeq(p.value) ? p.value.items : [p.value];
    for (const s of sources) {
      const merged = isAlias(s) ? s.resolve(doc) : s;
      const hit = isMap(merged) ? pairOf(doc, merged, key, depth + 1) : undefined;
      if (hit) return hit;
    }
  }
  return undefined;
}

export function offsetPosition(lc: LineCounter, offset: number): Position {
  const { line, col } = lc.linePos(offset);
  return { line, col };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}
