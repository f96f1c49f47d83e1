// `npm run docs:rules`: regenerates docs/rules.md from the rule data.
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../lib/analysis/rules-doc';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());
console.log('docs/rules.md written');
