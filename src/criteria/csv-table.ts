/**
 * A table saved from a spreadsheet as CSV (RFC 4180): fields separated by commas (or tabs, when
 * the header has tabs and no commas), quoted fields with "" for a quote and line breaks inside,
 * CRLF or LF. Excel on a Thai Windows saves "CSV" in the Thai code page (windows-874) and
 * "CSV UTF-8" with a byte-order mark: both are read.
 */

export interface CsvRow {
  /** 1-based line of the file where the row starts */
  line: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly problem: 'unclosed-quote' | 'text-after-quote',
  ) {
    super(`line ${line}: ${problem}`);
  }
}

/** The text of the file: UTF-8 (with or without BOM), UTF-16 with BOM, else the Thai code page. */
export function decodeTable(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

export function parseCsv(text: string): CsvRow[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    // a blank line is no row; a row of empty cells (",,,") is one the reader skips too
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell.trim() === '') {
      // a quoted field: up to the quote that is not doubled
      cell = '';
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvError(opened, 'unclosed-quote');
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
      }
      while (text[i] === ' ') i++;
      if (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') throw new CsvError(line, 'text-after-quote');
      continue;
    }
    if (ch === separator) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}
