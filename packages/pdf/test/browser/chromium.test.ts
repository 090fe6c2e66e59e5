// The engine in a real browser: the sources and the test fixture are bundled for the browser
// platform with esbuild (which fails on any Node API), then run in Debian's Chromium.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../src/index';
import { SEAL_KEY } from '../../src/verify/body-hash';
import { auditTrail, branding, clock, mandateLike } from '../fixtures/mandate-like';

const entry = `
import { renderDocument, verifyDocument } from './src/index';
import { auditTrail, branding, clock, mandateLike } from './test/fixtures/mandate-like';
const options = { lang: 'both', clock: clock(), branding, audit: auditTrail };
const first = await renderDocument(mandateLike, options);
const second = await renderDocument(mandateLike, { ...options, clock: clock() });
const verdict = await verifyDocument(first.bytes, { expectedSha256: first.bodySha256 });
const tampered = first.bytes.slice();
tampered[Math.floor(tampered.length / 2)] ^= 1;
window.result = {
  bytes: Array.from(first.bytes),
  same: first.bytes.length === second.bytes.length && first.bytes.every((b, i) => b === second.bytes[i]),
  valid: verdict.valid,
  tamperedValid: (await verifyDocument(tampered, { expectedSha256: first.bodySha256 })).valid,
};
`;

/** Every object of a PDF in object order, streams decompressed: what the file says, whichever zlib compressed it. */
async function decodedObjects(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.context.enumerateIndirectObjects().map(([ref, object]) => {
    if (!(object instanceof PDFRawStream)) return `${ref.toString()} ${object.toString()}`;
    // The seal prints the SHA-256 of the compressed body, so it differs with the compressor.
    if (object.dict.has(PDFName.of(SEAL_KEY))) return `${ref.toString()} seal`;
    return `${ref.toString()} ${Buffer.from(decodePDFRawStream(object).decode()).toString('latin1')}`;
  });
}

describe('in Chromium', () => {
  it('renders the same document as Node (CompressionStream there, node:zlib here), and verifies', { timeout: 60_000 }, async () => {
    const bundle = await build({
      stdin: { contents: entry, resolveDir: fileURLToPath(new URL('../../', import.meta.url)), loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      conditions: ['@honoraria/source'],
      // harfbuzzjs (loaded only for scripts beyond DejaVu) asks for Node's `module` behind a Node check.
      external: ['module'],
      write: false,
      logLevel: 'silent',
    });
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text, type: 'module' });
      await page.waitForFunction('window.result !== undefined', { timeout: 30_000 }).catch(() => undefined);
      expect(errors).toEqual([]);
      const result = (await page.evaluate('window.result')) as { bytes: number[]; same: boolean; valid: boolean; tamperedValid: boolean };
      expect(result.same).toBe(true);
      expect(result.valid).toBe(true);
      expect(result.tamperedValid).toBe(false);
      const node = await renderDocument(mandateLike, { lang: 'both', clock: clock(), branding, audit: auditTrail });
      // The two runtimes' zlib builds may compress differently: the objects and the decompressed streams are the same.
      expect(await decodedObjects(new Uint8Array(result.bytes))).toEqual(await decodedObjects(node.bytes));
    } finally {
      await browser.close();
    }
  });
});
