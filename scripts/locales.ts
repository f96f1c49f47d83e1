// `npm run locales`: writes the messages that come from data (rules, report wording) into locales/en.yml.
import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedPart } from '../lib/i18n/generated-messages';

const file = new URL('../locales/en.yml', import.meta.url);
writeFileSync(file, withGeneratedPart(readFileSync(file, 'utf8')));
console.log('locales/en.yml written');
