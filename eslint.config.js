// One lint configuration for the whole workspace (ESLint flat config + typescript-eslint).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/dist-browser/**', '**/node_modules/**', '.ci/out/**', 'examples/docs-run/.blocks/**', '**/coverage/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportDeclaration[source.value="zod"] ImportSpecifier[imported.name="z"]', message: "Use `import * as z from 'zod'`: `import { z }` ships every zod locale." },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Core runs unchanged in browsers, Node and workers: no Node API, no DOM, no barrel self-import.
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(node:.*|fs|path|crypto|os|child_process|buffer|stream|util)$', message: 'core must not use Node APIs.' }, { regex: '(^\\.{1,2}$)|(/index(\\.[jt]s)?$)', message: 'Import the module itself, never a barrel.' }] },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/core/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^\\.{1,2}$)|(/index(\\.[jt]s)?$)', message: 'Import the module itself, never a barrel.' }] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['packages/forms/src/**/*.ts', 'packages/adapters/test/browser/**/*.ts', 'packages/adapters/src/indexeddb/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
);
