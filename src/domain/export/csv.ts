/**
 * CSV files for the comparison table and the breakdown, written from plain rows of strings (the
 * figures exactly as the screen shows them). The rules, in words:
 * - RFC 4180: fields are separated by commas and records end with CRLF; a field holding a comma, a
 *   double quote, a CR or an LF is wrapped in double quotes, with each double quote doubled.
 * - Formula injection is neutralised: a text cell starting with = + - @, a tab or a CR (or their
 *   full-width forms ＝ ＋ － ＠) gets a leading apostrophe, so a spreadsheet shows it as text
 *   instead of running it. Cells that are plain numbers ("-3.5", "+1", "-$1,234.56", "-12%") are
 *   numbers, not text, and stay as they are.
 * - Every record of a table has as many fields as its header: short rows are padded with empty
 *   fields, long rows are cut.
 * - `parseCsv` reads RFC 4180 text back (for tests and for checking an export); it never throws.
 */

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const PLAIN_NUMBER = /^[+-]?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/** The cell as a spreadsheet should read it: text that would start a formula gets a leading ' . */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** One field, neutralised and quoted when it must be. */
export function csvField(cell: string): string {
  const safe = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, which Excel needs to read non-ASCII text (default false). */
  readonly byteOrderMark?: boolean;
}

/** Rows of cells as CSV text: CRLF after every record, the last one included. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
  return options.byteOrderMark ? `\uFEFF${body}` : body;
}

/** A table as CSV: the header, then each row padded or cut to the header's width. */
export function tableToCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions = {},
): string {
  const width = header.length;
  const fitted = rows.map((row) =>
    row.length >= width ? row.slice(0, width) : [...row, ...Array<string>(width - row.length).fill('')],
  );
  return toCsv([header, ...fitted], options);
}

/**
 * Reads CSV text into rows of fields. Accepts CRLF or LF record ends, a leading byte-order mark and a
 * missing final line end. A quote inside an unquoted field is kept as it is; an unterminated quoted
 * field runs to the end of the text.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < source.length) {
    const char = source[index] as string;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && source[index + 1] === '\n')) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (char === '\r') index += 1;
    } else field += char;
    index += 1;
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
