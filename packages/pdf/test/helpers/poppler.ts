// Real PDF tools from Debian's poppler-utils and qpdf, run on temporary files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(bytes: Uint8Array, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'honoraria-pdf-'));
  const path = join(dir, 'document.pdf');
  writeFileSync(path, bytes);
  try {
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF (or of a page range) as pdftotext extracts it, in reading order; with `raw`,
 * in content-stream order (a table row's cells one after the other, and the spaces of very short
 * cells such as `8 h` kept: poppler's reading-order heuristics read those as letter spacing).
 */
export function pdfToText(bytes: Uint8Array, pages?: { first: number; last: number }, raw = false): string {
  return withFile(bytes, (path) => {
    const range = pages === undefined ? [] : ['-f', String(pages.first), '-l', String(pages.last)];
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), ...range, path, '-'], { encoding: 'utf8' });
  });
}

/** The text of each page (content-stream order with `raw`). */
export function pageTexts(bytes: Uint8Array, raw = false): string[] {
  return pdfToText(bytes, undefined, raw).split('\f').slice(0, -1);
}

/** pdfinfo's fields (Title, Pages, Producer, …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  return withFile(bytes, (path) => {
    const out = execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
    const info: Record<string, string> = {};
    for (const line of out.split('\n')) {
      const at = line.indexOf(':');
      if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
    return info;
  });
}

/** pdffonts' table rows: name, type, encoding, embedded, subset, unicode. */
export function pdfFonts(bytes: Uint8Array): string[] {
  return withFile(bytes, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== ''));
}

/** Runs `qpdf --check`; returns its output, throws when qpdf finds errors (exit status 2). */
export function qpdfCheck(bytes: Uint8Array): string {
  return withFile(bytes, (path) => execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }));
}

/** Rewrites a PDF with qpdf (new object numbers, object streams): a benign transformation. */
export function qpdfRewrite(bytes: Uint8Array, args: readonly string[]): Uint8Array {
  return withFile(bytes, (path) => {
    const out = `${path}.out.pdf`;
    execFileSync('qpdf', [...args, path, out]);
    return new Uint8Array(readFileSync(out));
  });
}

/** Renders pages to PNG files `<prefix>-<n>.png` with pdftoppm; returns nothing, the files are the output. */
export function renderPng(bytes: Uint8Array, prefix: string, dpi = 72, format: 'png' | 'jpeg' = 'png'): void {
  withFile(bytes, (path) => execFileSync('pdftoppm', [`-${format}`, '-r', String(dpi), path, prefix]));
}
