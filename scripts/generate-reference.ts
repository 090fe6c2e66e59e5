// Regenerates docs/reference/ from the operation table and its zod schemas, or checks it is up to
// date with --check. Run: node --conditions=@honoraria/source --import tsx scripts/generate-reference.ts [--check]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReference } from './reference/render-reference';

const dir = fileURLToPath(new URL('../docs/reference/', import.meta.url));
const files = renderReference();
const existing = (() => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.md'));
  } catch {
    return [];
  }
})();
if (process.argv.includes('--check')) {
  const stale = [...files].filter(([name, text]) => !existing.includes(name) || readFileSync(join(dir, name), 'utf8') !== text).map(([name]) => name);
  const extra = existing.filter((f) => !files.has(f));
  if (stale.length + extra.length > 0) {
    console.error(`docs/reference/ is stale (${[...stale, ...extra].join(', ')}): run node --conditions=@honoraria/source --import tsx scripts/generate-reference.ts`);
    process.exit(1);
  }
  console.log(`docs/reference/ is up to date (${files.size} pages).`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const f of existing) if (!files.has(f)) rmSync(join(dir, f));
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  console.log(`wrote ${files.size} pages to docs/reference/`);
}
