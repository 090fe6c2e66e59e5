// Small real images for branding tests: an RGBA PNG written by hand, a JPEG made by pdftoppm.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A 120 × 40 RGBA PNG: a green disc and three bars on a transparent background. */
export function logoPng(): Uint8Array {
  const width = 120;
  const height = 40;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const at = y * (width * 4 + 1) + 1 + x * 4;
      const disc = (x - 20) ** 2 + (y - 20) ** 2 <= 18 ** 2;
      const bar = x >= 46 && (y - 6) % 11 < 6 && x < 46 + 70 - ((y - 6) / 11 | 0) * 18;
      if (disc || bar) {
        raw[at] = 11;
        raw[at + 1] = 110;
        raw[at + 2] = 79;
        raw[at + 3] = 255;
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** A JPEG: the first page of a PDF rendered by pdftoppm. */
export function jpegOf(pdf: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'honoraria-jpeg-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-jpeg', '-r', '20', '-f', '1', '-l', '1', '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')]);
    return new Uint8Array(readFileSync(join(dir, 'out.jpg')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
