import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { allRules, customPhraseRule } from '../../../lib/analysis/rules';
import { generatedMessages, withGeneratedPart } from '../../../lib/i18n/generated-messages';
import { chromeMessageName, phraseForms } from '../../../lib/i18n/phrases';
import config from '../../../wxt.config';
import { EN_YML, loadEnMessages } from '../support/en-messages';

const ROOT = resolve(process.cwd());
const LOCALES = join(ROOT, 'locales');

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => join(ROOT, dir, file));
}

const en = await loadEnMessages();

describe('locales/en.yml', () => {
  it('holds the current rule and report wording (run `npm run locales` after changing a rule)', () => {
    const yaml = readFileSync(EN_YML, 'utf8');
    expect(yaml).toBe(withGeneratedPart(yaml));
  });

  it('has every generated message, in every rule', () => {
    const messages = generatedMessages();
    for (const rule of [...allRules, customPhraseRule]) {
      for (const field of ['name', 'message', 'advice']) expect(messages).toHaveProperty([`rule.${rule.id.replace(/-/g, '_')}.${field}`]);
    }
    for (const [key, phrase] of Object.entries(messages)) {
      expect(en[chromeMessageName(key)]?.message.split(' | '), key).toEqual(phraseForms(phrase).map((form) => form.replace(/\$/g, '$')));
    }
  });

  it('gives browsers only valid message names', () => {
    for (const name of Object.keys(en)) expect(name).toMatch(/^\w+$/);
  });

  it('has every key the code names', () => {
    const keyPattern = /['"`]((?:app|common|popup|options|coach|notification)\.[\w.]+)['"`]/g;
    const missing: string[] = [];
    for (const file of [...sourceFiles('components', /\.tsx?$/), ...sourceFiles('lib', /\.tsx?$/), ...sourceFiles('entrypoints', /\.tsx?$/)]) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(keyPattern)) {
        if (!en[chromeMessageName(key!)]) missing.push(`${relative(ROOT, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no message the code does not use', () => {
    const code = [...sourceFiles('components', /\.tsx?$/), ...sourceFiles('lib', /\.tsx?$/), ...sourceFiles('entrypoints', /\.tsx?$/)].map((file) => readFileSync(file, 'utf8')).join('\n');
    const generated = new Set(Object.keys(generatedMessages()).map(chromeMessageName));
    // Hand-written keys are camelCase, so "_" in a message name was a "." in the key.
    const unused = Object.keys(en)
      .filter((name) => !generated.has(name) && !['app_name', 'app_description', 'lang'].includes(name))
      .map((name) => name.replace(/_/g, '.'))
      .filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('names the extension and describes it through the locale', () => {
    const manifest = typeof config.manifest === 'function' ? config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as never) : config.manifest;
    expect(manifest).toMatchObject({ name: '__MSG_app_name__', description: '__MSG_app_description__', default_locale: 'en' });
    expect(en.app_name?.message).toBeTruthy();
    expect(en.app_description?.message.length).toBeLessThanOrEqual(132); // the Chrome Web Store's limit
  });

  it('is matched key for key by every translation', async () => {
    const others = readdirSync(LOCALES).filter((file) => /\.(?:ya?ml|json5?|jsonc|toml)$/.test(file) && !file.startsWith('en.'));
    for (const file of others) {
      const messages = JSON.parse(generateChromeMessagesText(await parseMessagesFile(join(LOCALES, file)))) as Record<string, unknown>;
      expect(Object.keys(messages).sort(), file).toEqual(Object.keys(en).sort());
    }
  });
});
