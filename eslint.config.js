// `npm run lint`: typescript-eslint's recommended rules, eslint-plugin-regexp's, and the purity of the
// analyzer and the history (no browser API, no DOM, no storage: they run in Node for the CLI and the tests).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/** What lib/analysis and lib/history may not reach: the browser, the page, storage, the UI. */
const BROWSER_MODULES = {
  patterns: [
    { group: ['wxt/*', '#i18n', '@wxt-dev/*', 'preact', 'preact/*'], message: 'lib/analysis and lib/history are pure: no browser API, storage or UI.' },
    {
      group: ['**/storage/*', '**/background/*', '**/page/*', '**/page/**', '**/components/**', '**/messaging/client', '**/messaging/listen', '**/messaging/page-client', '**/i18n/browser-wording', '@/*'],
      message: 'lib/analysis and lib/history are pure: they take data in and give data back; browser-bound code calls them, not the other way round.',
    },
  ],
};
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'chrome', 'browser', 'HTMLElement', 'Element', 'Node', 'MutationObserver', 'fetch', 'XMLHttpRequest'].map((name) => ({
  name,
  message: 'lib/analysis and lib/history are pure: no DOM or browser global.',
}));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/out/**', 'tests/fixtures/editors/src/**', 'tests/unit/i18n/fixtures/**', 'lib/i18n/generated-messages.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // The rule data compiles into patterns at run time: tests/unit/analysis/rules-data.test.ts checks those the same way.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // A leading underscore marks what is taken apart to be left out: `const { type: _type, ...rest } = message`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['lib/analysis/**', 'lib/history/**'],
    rules: {
      'no-restricted-imports': ['error', BROWSER_MODULES],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  {
    // Tests match fixed strings of their own: a pattern that could backtrack on a hostile input does no harm there.
    files: ['tests/**'],
    rules: { 'regexp/no-super-linear-move': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
