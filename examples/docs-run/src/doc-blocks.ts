// Finds the TypeScript blocks of the documentation and turns each into a module file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * How a block is checked: `run` blocks are type-checked and run in Node; `fragment` blocks are
 * only type-checked; `browser` blocks (```ts browser: code for a page, such as registering custom
 * elements) are type-checked as modules with the DOM library and `@honoraria/forms`, and their
 * behaviour is covered by the browser tests.
 */
export type BlockKind = 'run' | 'fragment' | 'browser';

/** One fenced TypeScript block of a Markdown file. */
export interface DocBlock {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  readonly kind: BlockKind;
  /** The code, with the fence's indentation removed. */
  readonly code: string;
}

/** The Markdown files whose TypeScript blocks are checked: README.md, docs/**, examples/*\/README.md. */
export function docFiles(root: string): string[] {
  const found: string[] = [join(root, 'README.md')];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk(join(root, 'docs'));
  for (const entry of readdirSync(join(root, 'examples'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const readme = join(root, 'examples', entry.name, 'README.md');
    try {
      readFileSync(readme);
      found.push(readme);
    } catch {
      // no README in this example
    }
  }
  return found.sort();
}

const opening = /^(\s*)```(ts|typescript|tsx)(?:\s+(.*))?$/;

/**
 * The TypeScript blocks of a Markdown file. A fence ```ts is a runnable module; ```ts fragment
 * marks a fragment (type-checked inside a wrapper with the declarations of `fragment-prelude.ts`,
 * not run). Any other info word is refused, so a typo cannot silently exempt a block.
 */
export function extractBlocks(root: string, path: string): DocBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = opening.exec(lines[i]!);
    if (open === null) continue;
    const indent = open[1]!.length;
    const info = (open[3] ?? '').trim();
    if (info !== '' && info !== 'fragment' && info !== 'browser') {
      throw new Error(`${relative(root, path)}:${i + 1}: unknown fence info "${info}" (use \`\`\`ts, \`\`\`ts fragment or \`\`\`ts browser)`);
    }
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(Math.min(indent, lines[j]!.search(/\S|$/))));
    blocks.push({ file: relative(root, path), line: i + 1, kind: info === 'fragment' ? 'fragment' : info === 'browser' ? 'browser' : 'run', code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** A file name for a block: `docs/adapters/sql.md` line 27 → `docs-adapters-sql-md-27.ts`. */
export function blockFileName(block: DocBlock): string {
  return `${block.file.replace(/[^a-zA-Z0-9]+/g, '-')}-${block.line}.ts`;
}

/**
 * Splits a fragment into what is hoisted to the module (its imports, and its one-line `declare`
 * statements naming what the fragment assumes, such as `declare const mandate: Mandate;`) and its
 * statements.
 */
function splitImports(code: string): { imports: string[]; body: string[] } {
  const imports: string[] = [];
  const body: string[] = [];
  let inImport = false;
  for (const line of code.split('\n')) {
    if (!inImport && /^declare\s/.test(line)) {
      imports.push(line);
      continue;
    }
    if (!inImport && /^import\s/.test(line)) inImport = true;
    if (inImport) {
      imports.push(line);
      if (/from\s+['"][^'"]+['"];?\s*$/.test(line) || /^import\s+['"][^'"]+['"];?\s*$/.test(line)) inImport = false;
    } else {
      body.push(line);
    }
  }
  return { imports, body };
}

/**
 * The module text for a block, and the number of lines added before the block's first line (to
 * map a diagnostic back to the Markdown file). A runnable block is the module as written.
 * A fragment's imports and `declare` lines are hoisted, then its statements are wrapped in an
 * async function where the names of `fragment-prelude.ts` are in scope (unless the fragment
 * declares them itself, or shadows them).
 */
export function blockModule(block: DocBlock, prelude: { path: string; names: readonly string[] }): { text: string; offset: number; importLines: number } {
  if (block.kind !== 'fragment') return { text: `${block.code}\n`, offset: 0, importLines: 0 };
  const { imports, body } = splitImports(block.code);
  // A name the fragment declares itself is not taken from the prelude.
  // `declare const a: A, b: B;` declares a and b (top-level commas of simple types).
  const declared = new Set(imports.filter((l) => /^declare\s/.test(l)).flatMap((l) =>
    [...l.matchAll(/(?:^declare\s+(?:const|let|function|class)\s+|,\s*)(\w+)/g)].map((m) => m[1]!)));
  const names = prelude.names.filter((n) => !declared.has(n));
  const head = [
    ...imports,
    `import * as __prelude from '${prelude.path}';`,
    'export async function __fragment(): Promise<void> {',
    `  const { ${names.join(', ')} } = __prelude;`,
    '  {',
  ];
  return { text: [...head, ...body, '  }', '}', ''].join('\n'), offset: head.length, importLines: imports.length };
}
