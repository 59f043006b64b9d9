import { type Document, isMap, isScalar, isSeq, type Node, type Pair, parseDocument, Scalar, type YAMLMap } from 'yaml';
import { SourceLines } from './source-lines.js';

/** A pair of a mapping as the parser gives it: its key is a node with a position. */
export type SourcePair = Pair<Node, Node | null>;

const DEFAULT_STEP = 2;

/**
 * The answers file's text with its parsed document: where each key and value stands, where a
 * value's line ends, where a new key goes. Only positions: the text itself is never re-rendered.
 */
export class AnswersSource {
  readonly doc: Document;
  readonly lines: SourceLines;
  /** how far the file indents a key under its section (read from the file, 2 when it has none) */
  readonly step: number;

  constructor(readonly text: string) {
    this.doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    this.lines = new SourceLines(text);
    this.step = this.indentationStep();
  }

  get root(): YAMLMap<Node, Node | null> | undefined {
    return isMap(this.doc.contents) ? (this.doc.contents as YAMLMap<Node, Node | null>) : undefined;
  }

  /** The first pair of `map` with the key `key`, as gecc's reader takes it. */
  pairOf(map: YAMLMap<Node, Node | null>, key: string): SourcePair | undefined {
    return (map.items as SourcePair[]).find((pair) => keyName(pair) === key);
  }

  /** The offset just after the `:` of a pair, or undefined when it has none (`{ text }`). */
  colonEnd(pair: SourcePair): number | undefined {
    const keyEnd = pair.key.range![1];
    const match = /^[ \t]*:/.exec(this.text.slice(keyEnd, keyEnd + 200));
    return match ? keyEnd + match[0].length : undefined;
  }

  /** The column of a pair's key: the indentation of its mapping. */
  keyColumn(pair: SourcePair): number {
    return this.lines.column(pair.key.range![0]);
  }

  /** Where the last character of a value's content stands (its trailing comments and blank lines not counted). */
  nodeContentEnd(node: Node): number {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
      const last = node.items[node.items.length - 1];
      return isMap(node) ? this.pairContentEnd(last as SourcePair) : this.nodeContentEnd(last as Node);
    }
    const [start, end] = node.range!;
    return this.lines.withoutTrailingBreak(start, end);
  }

  pairContentEnd(pair: SourcePair): number {
    const value = pair.value;
    return value && !isEmptyValue(value) ? this.nodeContentEnd(value) : pair.key.range![1];
  }

  /**
   * The start of the line after a pair's (or list entry's) content, past comment lines indented
   * deeper than `column`: those belong to what is above them.
   */
  lineAfter(contentEnd: number, column: number): number {
    let pos = this.lines.nextLineStart(contentEnd);
    while (pos < this.text.length && (this.lines.commentLineIndent(pos) ?? -1) > column) pos = this.lines.nextLineStart(pos);
    return pos;
  }

  /** The start of a key's line, or of the comment lines right above it at its own indentation (its heading). */
  lineBefore(pair: SourcePair): number {
    const column = this.keyColumn(pair);
    let pos = this.lines.lineStart(pair.key.range![0]);
    for (let above = this.lines.previousLineStart(pos); above !== undefined; above = this.lines.previousLineStart(above)) {
      if (this.lines.commentLineIndent(above) !== column) break;
      pos = above;
    }
    return pos;
  }

  /** The indentation step of the file: how far the first nested key stands from its section's key. */
  private indentationStep(): number {
    const queue: YAMLMap<Node, Node | null>[] = this.root ? [this.root] : [];
    while (queue.length > 0) {
      const map = queue.shift()!;
      for (const pair of map.items as SourcePair[]) {
        if (!isMap(pair.value) || pair.value.flow || pair.value.items.length === 0 || !pair.key.range) continue;
        const child = pair.value.items[0] as SourcePair;
        if (!child.key?.range) continue;
        const step = this.lines.column(child.key.range[0]) - this.keyColumn(pair);
        if (step > 0 && step < 10) return step;
        queue.push(pair.value as YAMLMap<Node, Node | null>);
      }
    }
    return DEFAULT_STEP;
  }
}

export function keyName(pair: SourcePair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** `key:` with nothing after it: the parser gives a null scalar of no width. */
export function isEmptyValue(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null && node.range![0] === node.range![1]);
}

export function isBlockScalar(node: Node | null): node is Scalar {
  return isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
}
