import { allRules } from './rules';
import { FITTED } from './rules/fitted';
import { VOCABULARY } from './rules/vocabulary';
import type { PhraseSpec, RuleSpec } from './types';

const CATEGORY_TITLE = { 'hard-sell': 'Hard sell', broadcast: 'Broadcast', conversation: 'Conversation (good signals)' } as const;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
/** An example with its finding in bold instead of brackets. */
const shown = (example: string) => cell(example.replace(/\[/g, '**').replace(/\]/g, '**'));

function behaviour(rule: RuleSpec): string {
  const parts: string[] = [];
  if (rule.commercial) parts.push('commercial');
  if (rule.callToAction) parts.push('call to action');
  if (rule.opening) parts.push('opening for the reader');
  if (rule.rhetorical) parts.push('makes a question rhetorical');
  if (rule.level) parts.push(`shows from ${rule.level}`);
  if (rule.scope && rule.scope !== 'sentence') parts.push(rule.scope === 'opening' ? 'first sentence only' : 'across two sentences');
  if (rule.notInQuestions) parts.push('not in questions');
  if (rule.check) parts.push(`check \`${rule.check}\``);
  if (rule.replacement) parts.push(`Apply: ${rule.replacement}`);
  return parts.join(', ');
}

function phraseRows(phrases: readonly PhraseSpec[], note = ''): string[] {
  return phrases.map((p) => {
    const guards = [p.notAfter?.length ? `not after ${p.notAfter.map(code).join(', ')}` : '', p.notBefore?.length ? `not before ${p.notBefore.map(code).join(', ')}` : ''].filter(Boolean).join('; ');
    return `| ${cell(code(p.phrase))}${note}${guards ? ` (${cell(guards)})` : ''} | ${p.fires.map(shown).join('<br>')} |`;
  });
}

/** docs/rules.md, generated from the rule data so the two never disagree. */
export function rulesMarkdown(): string {
  const out = [
    "# Muffin's rules",
    '',
    'Generated from `lib/analysis/rules/` by `npm run docs:rules`; a unit test fails when this file is stale.',
    'Every rule is data: an id, a message, advice, its phrases (templates over the shared vocabularies below,',
    'compiled by one factory into one matcher per rule) or a whole-post check, how it behaves, and examples:',
    'each phrase has examples that must fire, with the whole finding they produce in **bold**, and each rule',
    'has examples that must not fire. Weights are fitted by `npm run fit` (see the README).',
    '',
    'Templates: `(a|b)` a choice, `[a]` optional, `{name}` a vocabulary, `{word!name}` any word but one of the',
    'vocabulary, `~` up to 30 characters of the same sentence (`~40`: 40), `^` the start of the sentence; `?` makes the',
    'letter before it optional, an apostrophe is optional and a hyphen also matches a space.',
  ];
  for (const category of ['hard-sell', 'broadcast', 'conversation'] as const) {
    out.push('', `## ${CATEGORY_TITLE[category]}`, '', '| id | name | weight | behaviour | why | instead |', '|---|---|---|---|---|---|');
    const rules = allRules.filter((rule) => rule.category === category);
    for (const r of rules) out.push(`| [\`${r.id}\`](#${r.id}) | ${cell(r.name)} | ${r.weight} | ${behaviour(r)} | ${cell(r.message)} | ${cell(r.advice)} |`);
    for (const r of rules) {
      out.push('', `### ${r.id}`, '');
      const rows = [...phraseRows(r.phrases ?? []), ...phraseRows(r.inContext?.phrases ?? [], ` (only beside {${r.inContext?.vocabulary}})`)];
      if (r.imperatives) rows.push(`| a command: ${cell(r.imperatives.verbs.join(', '))} opening a clause, with ${cell(code(r.imperatives.pressure))} | ${r.imperatives.fires.map(shown).join('<br>')} |`);
      if (r.check) rows.push(`| whole post: \`${r.check}\` | ${r.examples.fires.map(shown).join('<br>')} |`);
      if (rows.length) out.push('| phrase | fires on |', '|---|---|', ...rows);
      out.push('', `Does not fire on: ${[...r.examples.passes, ...(r.phrases ?? []).flatMap((p) => p.passes ?? [])].map((e) => `"${cell(e)}"`).join(', ')}`);
    }
  }
  out.push('', '## Vocabularies', '', '| name | what | words |', '|---|---|---|');
  for (const [name, v] of Object.entries(VOCABULARY)) out.push(`| \`{${name}}\` | ${cell(v.note)} | ${'words' in v ? cell(v.words.join(', ')) : '(a pattern)'} |`);
  const t = FITTED.hardSell.threshold;
  out.push(
    '',
    '## Verdict',
    '',
    `Hard sell when the hard-sell points reach ${t.gentle} (gentle) / ${t.standard} (standard) / ${t.strict} (strict) with at least one commercial finding`,
    `(${FITTED.hardSell.personalVoice} more in a personal voice, ${FITTED.hardSell.reply} more in a reply to one person); else conversation when the conversation points reach ${FITTED.conversation.threshold.standard}; else broadcast.`,
  );
  return out.join('\n') + '\n';
}
