import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderReference } from '../../../../scripts/reference/render-reference';
import { operations } from '../../src/workflow/operations';

const dir = fileURLToPath(new URL('../../../../docs/reference/', import.meta.url));

describe('docs/reference/', () => {
  it('is what scripts/generate-reference.ts renders from the operation table (regenerate it when this fails)', () => {
    const files = renderReference();
    expect(readdirSync(dir).filter((f) => f.endsWith('.md')).sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files) expect(readFileSync(`${dir}${name}`, 'utf8'), name).toBe(text);
  });

  it('has a page for every operation, with each input field', () => {
    const files = renderReference();
    for (const [name, op] of Object.entries(operations)) {
      const page = files.get(`${name}.md`);
      expect(page, name).toBeDefined();
      for (const field of Object.keys((op.input as unknown as { shape: object }).shape)) expect(page, `${name}.${field}`).toContain(`| \`${field}\` |`);
    }
  });
});
