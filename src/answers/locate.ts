import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Position } from '../findings/finding.js';

export type YamlPath = readonly (string | number)[];

/** Finds where a value (or its key) stands in application.yaml, as the editor shows it. */
export class Locator {
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
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
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

  offset(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  private position(node: Node | undefined | null): Position | undefined {
    const range = node?.range;
    return range ? this.offset(range[0]) : undefined;
  }
}
