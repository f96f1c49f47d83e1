// ESLint for the analyzer and its scripts (flat config): typescript-eslint's and eslint-plugin-regexp's
// recommended rules, and no regular expression that can backtrack super-linearly. The patterns the rule
// data compiles into at run time are checked the same way by tests/unit/analysis/rules-data.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**'] },
  {
    files: ['lib/analysis/**/*.ts', 'lib/evaluation/**/*.ts', 'scripts/fit.ts', 'scripts/evaluate.ts', 'scripts/docs-rules.ts', 'bench/analyzer.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, regexp.configs['flat/recommended']],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
