/**
 * CSV as RFC 4180 writes it, safe to open in a spreadsheet: fields separated by commas, records
 * by CRLF; a field holding a comma, a double quote, a CR or an LF is quoted, its double quotes
 * doubled.
 */

/** The characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralizes spreadsheet formula injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * CR gets a leading apostrophe, so a spreadsheet shows it as text instead of evaluating it.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Quotes a field when RFC 4180 requires it. */
export function quoteField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
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
