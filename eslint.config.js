'use strict';

// One lint configuration for the whole repository: typescript-eslint's recommended rules everywhere, the React hooks
// rules on the admin-panel halves, and Prettier's settings last so that formatting is Prettier's alone.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const prettier = require('eslint-config-prettier');
const globals = require('globals');

const ADMIN = ['src/admin/**/*.{ts,tsx}', 'src/plugins/*/admin/**/*.{ts,tsx}'];

module.exports = tseslint.config(
  { ignores: ['dist/', 'build/', '.tmp/', '.strapi/', 'node_modules/', 'coverage/', 'types/generated/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments named with a leading underscore are part of a signature Strapi calls.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      // The text guards and their tests match control characters on purpose: they are what plain text must not hold.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ADMIN,
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  prettier,
);
