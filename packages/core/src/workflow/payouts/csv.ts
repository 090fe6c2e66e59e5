/**
 * CSV as RFC 4180 writes it, safe to open in a spreadsheet: fields separated by commas, records
 * by CRLF; a field holding a comma, a semicolon, a tab, a double quote, a CR or an LF is quoted,
 * its double quotes doubled.
 */

/** The characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A separator some reader may split a cell at (the comma of RFC 4180, the semicolon of fr-CA
 * Excel, a tab, a line break) when it is followed by a formula character.
 */
const INNER_FORMULA = /[,;\t\r\n](?=[=+\-@\t\r])/g;

/**
 * Neutralizes spreadsheet formula injection whatever delimiter the reader uses: a cell starting
 * with `=`, `+`, `-`, `@`, a tab or a CR gets a leading apostrophe, and so does every part of the
 * cell that starts with one of them after a comma, a semicolon, a tab or a line break (where
 * fr-CA Excel, which reads `;`-separated files, or a tab-separated reader would start a new
 * cell). A spreadsheet then shows each part as text instead of evaluating it.
 *
 * @example
 * ```ts
 * neutralizeFormula('=1+1'); // "'=1+1"
 * neutralizeFormula('Roy;=HYPERLINK("http://x")'); // "Roy;'=HYPERLINK(\"http://x\")"
 * ```
 */
export function neutralizeFormula(cell: string): string {
  const inner = cell.replace(INNER_FORMULA, (separator) => `${separator}'`);
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** Quotes a field when RFC 4180 requires it, and when it holds a `;` or a tab, so readers splitting at those keep it whole. */
export function quoteField(cell: string): string {
  return /[",;\t\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Writes rows as CSV (each cell neutralized, then quoted as needed), every record ending with CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) out += `${row.map((cell) => quoteField(neutralizeFormula(cell))).join(',')}\r\n`;
  return out;
}

/** Integer cents as a plain decimal amount for machines (`123456` → `1234.56`, `-5` → `-0.05`). */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
