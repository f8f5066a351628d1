// ESLint: typescript-eslint's rules that need no type information (fast: no program is built);
// formatting is Prettier's job, so eslint-config-prettier comes last and turns off every style rule.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const typeScriptRules = {
  // An unused parameter is often part of a signature that a framework calls (filters, guards, handlers);
  // a leading underscore marks the ones left unused on purpose.
  '@typescript-eslint/no-unused-vars': [
    'error',
    { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
  ],
  // A `let` read by a callback before its single assignment cannot become a `const`.
  'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
};

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'var/**', 'engine/**', 'web/src/api/schema.d.ts'] },
  {
    files: ['src/**/*.ts', 'indexer/**/*.ts', 'bench/**/*.ts', 'drill/**/*.ts', 'test/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: typeScriptRules,
  },
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx', 'web/vite.config.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...typeScriptRules,
    },
  },
  {
    // Plain CommonJS scripts run by Node directly (dev SMTP, smoke actions, the PDF text worker task).
    files: ['**/*.js', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.jest } },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  prettier,
);
