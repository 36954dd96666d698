// Why these rules, and which were left off: docs/adr/0047-client-lint.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'test-results', 'playwright-report', 'blob-report']),
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A function-valued member typed as a property is checked strictly (a method's parameters are
      // bivariant), and destructuring it from props is then not taken for an unbound method.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // React ignores what an event handler returns: an async one catches its own failures, as a
      // synchronous one does.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Leaving a property out of a copy by destructuring the rest is the idiom for it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // Its findings here reset or follow state when a key changes, before anything is painted (ADR).
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    // A fetch stand-in is async to answer with a promise as fetch does, and act(async () => …) lets
    // the promise callbacks it starts run inside act: neither needs an await.
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Unit test files share their worker's modules (vite.config.ts): a module replaced in one would
    // stay replaced for the next.
    files: ['src/**/*.test.{ts,tsx}'],
    ignores: ['src/**/*.isolated.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock)$/]",
          message: 'A test that replaces a module runs alone: name its file *.isolated.test.ts(x).',
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
]);
