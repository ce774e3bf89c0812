import Papa from 'papaparse';

/**
 * Cells a spreadsheet would run as a formula start with = + - @, or with tab, CR, LF or NUL (which
 * some apps strip before evaluating). papaparse's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/,
 * whose `.` stops at a newline, so a multi-line cell such as "=1+1\nfoo" slips through. This pattern
 * only looks at the first character, so any cell starting so is caught, whatever follows.
 */
export const DANGEROUS_START = /^[=+\-@\t\r\n\0]/;

const BOM = '\uFEFF';

/**
 * RFC 4180 CSV for spreadsheets: header row, CRLF rows, fields quoted where needed (quotes
 * doubled), UTF-8 BOM so Excel reads it as UTF-8, and formula-like cells neutralised with a leading
 * apostrophe.
 */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  const body = Papa.unparse(
    // Papaparse only reads the rows (no copy of 100,000 of them).
    { fields: [...header], data: rows as unknown[][] },
    {
      newline: '\r\n',
      escapeFormulae: DANGEROUS_START,
      // An empty cell alone on its line would read as a blank line, not a record: quote it. (Asked of
      // every cell, so only when there is one column.)
      quotes: header.length === 1 ? (value: unknown) => value === '' : false,
    },
  );
  // Every record ends with CRLF, once: papaparse ends a header-only sheet with one already.
  return `${BOM}${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}

/** Tab-separated text for pasting into a spreadsheet: same quoting and neutralising, no BOM. */
export function toTsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  return Papa.unparse(
    { fields: [...header], data: rows as unknown[][] },
    { newline: '\r\n', delimiter: '\t', escapeFormulae: DANGEROUS_START },
  );
}
