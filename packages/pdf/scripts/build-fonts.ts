// Regenerates src/font/data/*.ts from the DejaVu TrueType files of the dejavu-fonts-ttf package.
// Run with `pnpm --filter @honoraria/pdf build:fonts`.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontModule, packDejaVu } from './font-pack';

const here = dirname(fileURLToPath(import.meta.url));
const dejavu = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(dejavu, 'ttf', file)));
const packed = packDejaVu(read('DejaVuSans.ttf'), read('DejaVuSans-Bold.ttf'));
const out = join(here, '../src/font/data');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'dejavu-sans.ts'), fontModule('DEJAVU_SANS', 'DejaVu Sans', packed.regular));
writeFileSync(join(out, 'dejavu-sans-bold.ts'), fontModule('DEJAVU_SANS_BOLD', 'DejaVu Sans Bold', packed.bold));
copyFileSync(join(dejavu, 'LICENSE'), join(here, '../LICENSE-DejaVu'));
console.log(`regular ${packed.regular.length} B, bold ${packed.bold.length} B`);
