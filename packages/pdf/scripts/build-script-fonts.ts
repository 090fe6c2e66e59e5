// Regenerates src/font/data/noto-*.ts from the @fontsource/noto-sans-* packages.
// Run with `pnpm --filter @honoraria/pdf build:script-fonts`.
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { cjkCodePoints, compressedFontModule, mergeFonts, packCodePoints, readFont, woffToSfnt } from './script-fonts';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = join(here, '../src/font/data');
const dirOf = (name: string): string => dirname(require.resolve(`@fontsource/${name}/package.json`));
const versionOf = (name: string): string => (JSON.parse(readFileSync(join(dirOf(name), 'package.json'), 'utf8')) as { version: string }).version;
const woff = (name: string, file: string): Uint8Array => woffToSfnt(new Uint8Array(readFileSync(join(dirOf(name), 'files', file))));

function write(file: string, constName: string, face: string, source: string, bytes: Uint8Array): void {
  const compressed = new Uint8Array(deflateSync(bytes, { level: 9 }));
  writeFileSync(join(out, file), compressedFontModule(constName, face, source, bytes, compressed));
  console.log(`${file}: ${bytes.length} B, ${compressed.length} B compressed`);
}

for (const [script, label] of [['arabic', 'Arabic'], ['hebrew', 'Hebrew'], ['devanagari', 'Devanagari']] as const) {
  const name = `noto-sans-${script}`;
  const source = `@fontsource/${name} ${versionOf(name)}`;
  write(`${name}.ts`, `NOTO_SANS_${script.toUpperCase()}`, `Noto Sans ${label}`, source, woff(name, `${name}-${script}-400-normal.woff`));
  write(`${name}-bold.ts`, `NOTO_SANS_${script.toUpperCase()}_BOLD`, `Noto Sans ${label} Bold`, source, woff(name, `${name}-${script}-700-normal.woff`));
}

// CJK: Simplified Chinese first (hanzi and kana), then Japanese (kanji the SC design lacks), then Korean (Hangul).
const slices = (name: string): Uint8Array[] =>
  readdirSync(join(dirOf(name), 'files'))
    .filter((file) => /-\d+-400-normal\.woff$/.test(file))
    .sort()
    .map((file) => woff(name, file));
const cjk = mergeFonts(['noto-sans-sc', 'noto-sans-jp', 'noto-sans-kr'].flatMap((name) => slices(name).map(readFont)));
const cjkSource = ['sc', 'jp', 'kr'].map((s) => `@fontsource/noto-sans-${s} ${versionOf(`noto-sans-${s}`)}`).join(', ');
write('noto-sans-cjk.ts', 'NOTO_SANS_CJK', 'Noto Sans CJK (SC, JP, KR), names subset', cjkSource, packCodePoints(cjk, cjkCodePoints()));
copyFileSync(join(dirOf('noto-sans-arabic'), 'LICENSE'), join(here, '../LICENSE-Noto'));
