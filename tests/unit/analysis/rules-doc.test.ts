import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rulesMarkdown } from '../../../lib/analysis/rules-doc';
import { allRules } from '../../../lib/analysis';

it('docs/rules.md matches the rule data (run `npm run docs:rules` after changing a rule)', () => {
  const doc = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
  expect(doc).toBe(rulesMarkdown());
  for (const rule of allRules) expect(doc).toContain(`\`${rule.id}\``);
});
