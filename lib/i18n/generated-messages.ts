// The English messages that come from data rather than from the pages: the rules' names, messages and
// advice, and the history's report, target and import wording. `npm run locales` writes them into
// locales/en.yml below the GENERATED line; a unit test fails when the file is stale.
import { allRules, customPhraseRule } from '../analysis/rules';
import { englishHabitPhrase, isHabit } from '../history/habits';
import { ARCHIVE_PROBLEMS } from '../history/archives/types';
import { IMPORT_PROBLEMS } from '../history/import';
import { REPORT_PHRASES } from '../history/report';
import { STORED_PROBLEMS } from '../history/stored';
import { TARGET_PHRASES } from '../history/targets';
import { chromeMessageName, ruleKey, type Phrase } from './phrases';

export const GENERATED_MARKER = '# GENERATED: do not edit below this line (npm run locales).';

type Tree = { [key: string]: Tree | Phrase };

/** Every generated message, keyed the way the pages look them up (see `ruleKey`). */
export function generatedMessages(): Record<string, Phrase> {
  const messages: Record<string, Phrase> = {};
  for (const rule of [...allRules, customPhraseRule]) {
    messages[ruleKey(rule.id, 'name')] = rule.name;
    messages[ruleKey(rule.id, 'message')] = rule.message;
    messages[ruleKey(rule.id, 'advice')] = rule.advice;
    if (isHabit(rule.id)) messages[ruleKey(rule.id, 'habit')] = englishHabitPhrase(rule.id);
  }
  const tables = { report: REPORT_PHRASES, target: TARGET_PHRASES, importProblem: IMPORT_PROBLEMS, storedProblem: STORED_PROBLEMS, archiveProblem: ARCHIVE_PROBLEMS };
  for (const [prefix, table] of Object.entries(tables)) {
    for (const [key, phrase] of Object.entries(table)) messages[`${prefix}.${key}`] = phrase;
  }
  return messages;
}

function toTree(messages: Record<string, Phrase>): Tree {
  const tree: Tree = {};
  for (const [key, phrase] of Object.entries(messages)) {
    const path = key.split('.').map(chromeMessageName);
    let node = tree;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Tree;
    node[path.at(-1)!] = phrase;
  }
  return tree;
}

// A "$" in a message is a substitution to browser.i18n: "$$" is a literal one.
const quote = (text: string) => JSON.stringify(text.replace(/\$/g, '$$$$'));

function treeYaml(tree: Tree, indent: string): string {
  return Object.entries(tree)
    .map(([key, value]) =>
      typeof value === 'string' ? `${indent}${quote(key)}: ${quote(value)}\n` : `${indent}${quote(key)}:\n${treeYaml(value as Tree, `${indent}  `)}`,
    )
    .join('');
}

/** The generated part of locales/en.yml, from the marker line to the end. */
export function generatedYaml(): string {
  return `${GENERATED_MARKER}\n${treeYaml(toTree(generatedMessages()), '')}`;
}

/** `yaml` (the whole file) with its generated part replaced by the current one. */
export function withGeneratedPart(yaml: string): string {
  const at = yaml.indexOf(GENERATED_MARKER);
  return `${(at < 0 ? `${yaml.trimEnd()}\n\n` : yaml.slice(0, at))}${generatedYaml()}`;
}
