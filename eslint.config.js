import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SERVER = 'packages/server/src/**/*.ts';

/**
 * Where the database may be touched: repositories, db/ itself, and two repository-like folders that
 * write whole data sets in bulk and have no service above them: seed/ (the sample plan on first
 * start) and generate/ (`plantrack generate`, province-scale demonstration data).
 */
const DATABASE_CODE = ['packages/server/src/**/*.repository.ts', 'packages/server/src/db/**', 'packages/server/src/seed/**', 'packages/server/src/generate/**'];

/** Kysely's query builder entry points: only database code starts a query (a service opens a transaction and calls repositories). */
const QUERY_STARTS = ['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto', 'selectNoFrom'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**', 'packages/contract/openapi/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The web app runs in the browser (React, DOM); its end-to-end tests and Vite config run in Node.
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      // The browser gets the API's shapes from the contract and the rules from the domain package, never
      // server code. From the contract it takes types only (the zod schemas stay out of its bundle), apart
      // from the plain enumerations and error codes.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@plantrack/server', '@plantrack/server/*'],
              message: 'The web app does not import server code: share it through @plantrack/contract or @plantrack/domain.',
            },
            {
              regex: '^(\\.\\./)+(packages/)?server/',
              message: 'The web app does not import server code: share it through @plantrack/contract or @plantrack/domain.',
            },
            {
              group: ['@plantrack/contract/*', '!@plantrack/contract/enums', '!@plantrack/contract/errors'],
              allowTypeImports: true,
              message: 'Import contract shapes with `import type`; values only from @plantrack/contract/enums or /errors.',
            },
          ],
        },
      ],
    },
  },
  {
    // Route → service → repository: only database code sees Kysely. Tests (here and in test/), bench and scripts may.
    files: [SERVER],
    ignores: [...DATABASE_CODE, 'packages/server/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', allowTypeImports: false, message: 'Only repositories (and db/) use Kysely: call a repository function.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^(${QUERY_STARTS.join('|')})$/]`,
          message: 'Only repositories touch the database: move this query into a *.repository.ts function.',
        },
      ],
    },
  },
);
