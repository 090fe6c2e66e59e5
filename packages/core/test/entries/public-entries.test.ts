import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as main from '@honoraria/core';
import * as machines from '@honoraria/core/machines';
import * as schemas from '@honoraria/core/schemas';
import * as storage from '@honoraria/core/storage';
import { describe, expect, it } from 'vitest';

// The public surface of @honoraria/core, entry by entry: a change to it is a change to the
// committed list (entries.snapshot.json), made on purpose and told in a changeset.

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../../..');
const snapshot = JSON.parse(readFileSync(join(here, 'entries.snapshot.json'), 'utf8')) as Record<string, string[]>;
const entries: Record<string, object> = {
  '@honoraria/core': main,
  '@honoraria/core/storage': storage,
  '@honoraria/core/machines': machines,
  '@honoraria/core/schemas': schemas,
};
const runtimeNames = (entry: object): string[] => Object.keys(entry).sort();

/** The text of every source, example and doc outside core, where the main entry's exports must be used. */
function consumerText(): string {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist' || name === 'dist-browser' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|mts|mjs|js|md)$/.test(name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['packages/adapters', 'packages/pdf', 'packages/forms', 'examples', 'docs']) walk(join(root, dir));
  texts.push(readFileSync(join(root, 'README.md'), 'utf8'), readFileSync(join(root, 'packages/core/README.md'), 'utf8'));
  return texts.join('\n');
}

describe('the entries of @honoraria/core', () => {
  it('export exactly the committed runtime names', () => {
    const actual = Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, runtimeNames(entry)]));
    expect(actual).toEqual(snapshot);
  });

  it('the main entry holds at most 120 runtime exports, each used by another package, an example or a doc', () => {
    const names = runtimeNames(main);
    expect(names.length).toBeLessThanOrEqual(120);
    const text = consumerText();
    expect(names.filter((name) => !new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
  });

  it('no internal of the service is exported', () => {
    const all = Object.values(entries).flatMap(runtimeNames);
    for (const internal of ['loadEntity', 'CommandScope', 'transact', 'writeEntity', 'checkMessageParity', 'toCsv', 'neutralizeFormula', 'defineCommand', 'defineQuery']) {
      expect(all).not.toContain(internal);
    }
  });
});
