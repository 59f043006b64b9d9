/** Lines of the answers file's text, as offsets into it: where a line starts and ends, and its line break. */
export class SourceLines {
  /** the line break the file uses: new lines are written with it */
  readonly eol: string;
  /** 1 when the text starts with a byte-order mark, which stays first */
  readonly bomLength: number;

  constructor(readonly text: string) {
    const first = text.indexOf('\n');
    this.eol = first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
    this.bomLength = text.startsWith('\uFEFF') ? 1 : 0;
  }

  /** The offset where the line holding `pos` starts (after a byte-order mark). */
  lineStart(pos: number): number {
    return Math.max(this.text.lastIndexOf('\n', pos - 1) + 1, this.bomLength);
  }

  /** The offset of the line break ending the line that holds `pos` (the text's length on the last line). */
  lineEnd(pos: number): number {
    const lf = this.text.indexOf('\n', pos);
    if (lf === -1) return this.text.length;
    return lf > 0 && this.text[lf - 1] === '\r' ? lf - 1 : lf;
  }

  /** The offset where the next line starts; the text's length when `pos` is on the last line. */
  nextLineStart(pos: number): number {
    const lf = this.text.indexOf('\n', pos);
    return lf === -1 ? this.text.length : lf + 1;
  }

  /** The offset where the previous line starts, or undefined on the first line. */
  previousLineStart(pos: number): number | undefined {
    const start = this.lineStart(pos);
    return start <= this.bomLength ? undefined : this.lineStart(start - 1);
  }

  column(pos: number): number {
    return pos - this.lineStart(pos);
  }

  /** The text of the line holding `pos`, without its line break. */
  lineAt(pos: number): string {
    return this.text.slice(this.lineStart(pos), this.lineEnd(pos));
  }

  /** 1-based, as editors and gecc's findings count lines. */
  lineNumber(pos: number): number {
    let line = 1;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < pos; i = this.text.indexOf('\n', i + 1)) line++;
    return line;
  }

  /** Whether the line holding `pos` is a comment alone, and how deep it is indented. */
  commentLineIndent(pos: number): number | undefined {
    const match = /^( *)#/.exec(this.lineAt(pos));
    return match ? match[1]!.length : undefined;
  }

  /** The offset just after the last character of `[from, to)` that is not a line break. */
  withoutTrailingBreak(from: number, to: number): number {
    let end = to;
    while (end > from && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }
}
