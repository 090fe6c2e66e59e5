// Docs that run: every TypeScript block of README.md, docs/**/*.md and examples/*/README.md is
// type-checked (strict, against the workspace sources through the @honoraria/source condition)
// and, unless its fence says ```ts fragment (type-checked only) or ```ts browser (type-checked with
// the DOM, run by the browser tests' components), run as a module. A wrong example fails here.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { blockFileName, blockModule, docFiles, extractBlocks } from '../src/doc-blocks';
import type { DocBlock } from '../src/doc-blocks';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '../..');
const out = join(here, '.blocks');
const preludePath = join(here, 'src/fragment-prelude.ts');
const preludeNames = [...readFileSync(preludePath, 'utf8').matchAll(/^export declare const (\w+)/gm)].map((m) => m[1]!);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

interface Written {
  readonly block: DocBlock;
  readonly path: string;
  readonly offset: number;
  readonly importLines: number;
}

// DOCS_FILE=docs/compensation.md checks one file's blocks only (while editing it).
const only = process.env.DOCS_FILE;
const written: Written[] = docFiles(root).filter((f) => only === undefined || f.endsWith(only)).flatMap((file) => extractBlocks(root, file)).map((block) => {
  const path = join(out, blockFileName(block));
  const { text, offset, importLines } = blockModule(block, { path: preludePath.replace(/\.ts$/, ''), names: preludeNames });
  writeFileSync(path, text);
  return { block, path, offset, importLines };
});

/** Type-checks every block in one program; returns the messages per block file, with Markdown lines. */
function typeCheck(): Map<string, string[]> {
  const config = ts.readConfigFile(join(here, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, here);
  const node = written.filter((w) => w.block.kind !== 'browser');
  const browser = written.filter((w) => w.block.kind === 'browser');
  // Node blocks see Node's types and no DOM; browser blocks see the DOM.
  const programs = [
    { blocks: node, program: ts.createProgram(node.map((w) => w.path), { ...parsed.options, noEmit: true }) },
    { blocks: browser, program: ts.createProgram(browser.map((w) => w.path), { ...parsed.options, noEmit: true, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: [] }) },
  ];
  const messages = new Map<string, string[]>();
  for (const { blocks, program } of programs) for (const w of blocks) {
    const source = program.getSourceFile(w.path)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    messages.set(w.path, diagnostics.map((d) => {
      const { line } = d.start === undefined ? { line: 0 } : source.getLineAndCharacterOfPosition(d.start);
      const inBlock = w.block.kind !== 'fragment' ? line : line < w.importLines ? line : w.importLines + line - w.offset;
      return `${w.block.file}:${w.block.line + 1 + inBlock}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    }));
  }
  return messages;
}

let checked: Map<string, string[]> | undefined;
const diagnosticsOf = (path: string): string[] => (checked ??= typeCheck()).get(path) ?? [];

describe('documentation blocks', () => {
  it('finds the blocks of README.md, docs/ and examples/*/README.md', () => {
    if (only === undefined) expect(written.length).toBeGreaterThan(20);
    // Fragments are the exception in the guides: at least half their blocks run. (The generated
    // operation reference, docs/reference/, shows one type-checked call per operation.)
    const guides = written.filter((w) => !w.block.file.startsWith('docs/reference/'));
    if (only === undefined) expect(guides.filter((w) => w.block.kind === 'fragment').length).toBeLessThanOrEqual(guides.length / 2);
  });

  for (const w of written) {
    const name = `${w.block.file}:${w.block.line}`;
    it(`${name} type-checks${w.block.kind === 'run' ? '' : ` (${w.block.kind})`}`, { timeout: 120_000 }, () => {
      expect(diagnosticsOf(w.path)).toEqual([]);
    });
    if (w.block.kind === 'run') {
      it(`${name} runs`, { timeout: 60_000 }, async () => {
        // In a scratch directory: a block that writes (`./data/honoraria`) writes there.
        const cwd = process.cwd();
        const scratch = mkdtempSync(join(tmpdir(), 'honoraria-docs-'));
        process.chdir(scratch);
        try {
          await import(pathToFileURL(w.path).href);
        } finally {
          process.chdir(cwd);
          rmSync(scratch, { recursive: true, force: true });
        }
      });
    }
  }
});
