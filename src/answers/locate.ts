import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Position } from '../findings/finding.js';

export type YamlPath = readonly (string | number)[];

/** Finds where a value (or its key) stands in application.yaml, as the editor shows it. */
export class Locator {
  private readonly pairsByMap = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  /**
   * The position of the node at `path`; for a path that is absent, the position of the key of
   * the nearest ancestor that is present (so "missing" findings point at their section).
   */
  at(path: YamlPath, target: 'key' | 'value' = 'value'): Position | undefined {
    let node: unknown = this.doc.contents;
    let keyNode: Node | undefined;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = this.pairsOf(node).get(String(segment));
        if (!pair) return this.position(keyNode);
        keyNode = pair.key as Node;
        if (last && target === 'key') return this.position(keyNode);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
        keyNode = node as Node;
      } else {
        return this.position(keyNode);
      }
    }
    return this.position((node as Node | null) ?? keyNode);
  }

  /** Whether the mapping at `path` is written in braces, `{ text: …, files: … }`. */
  isFlowMap(path: YamlPath): boolean {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      if (isMap(node)) node = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment))?.value;
      else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
      else return false;
    }
    return isMap(node) && node.flow === true;
  }

  /** The pairs of a mapping by key, the first of each key (looking every key up in turn would cost n² for n keys). */
  private pairsOf(map: YAMLMap): Map<string, Pair> {
    let pairs = this.pairsByMap.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const pair of map.items as Pair[]) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!pairs.has(key)) pairs.set(key, pair);
      }
      this.pairsByMap.set(map, pairs);
    }
    return pairs;
  }

  offset(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  private position(node: Node | undefined | null): Position | undefined {
    const range = node?.range;
    return range ? this.offset(range[0]) : undefined;
  }
}
