// The anchor of the document benchmarks: plain pdf-lib + fontkit (subsetting the full DejaVu Sans)
// drawing the same text, page for page, as a document of ours. The lines come from pdftotext.
import fontkit from '@pdf-lib/fontkit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const dejavu = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
const regularTtf = readFileSync(join(dejavu, 'ttf/DejaVuSans.ttf'));
const boldTtf = readFileSync(join(dejavu, 'ttf/DejaVuSans-Bold.ttf'));

/** The lines of each page of a PDF, as pdftotext lays them out. */
export function pageLines(bytes: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'honoraria-anchor-'));
  try {
    writeFileSync(join(dir, 'd.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', join(dir, 'd.pdf'), '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1).map((page) => page.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The anchor document: each page's lines drawn with pdf-lib, the first in bold, fonts subset by fontkit. */
export async function anchorPdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(regularTtf, { subset: true });
  const bold = await doc.embedFont(boldTtf, { subset: true });
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    lines.forEach((line, i) => page.drawText(line, { x: 54, y: 740 - i * 13, size: i === 0 ? 12 : 8.5, font: i === 0 ? bold : regular, maxWidth: 504 }));
  }
  return doc.save();
}
