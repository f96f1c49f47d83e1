import { allRules } from './rules';

const CATEGORY_TITLE = { 'hard-sell': 'Hard sell', broadcast: 'Broadcast', conversation: 'Conversation (good signals)' } as const;

/** The rule table for docs/rules.md, generated from the rule data so the two never disagree. */
export function rulesMarkdown(): string {
  const out = [
    '# Muffin\'s rules',
    '',
    'Generated from `lib/analysis/rules/` by `npm run docs:rules`; a unit test fails when this file is stale.',
    'Every rule is data: an id, a message, advice, patterns or a whole-post check, and examples that must and must not fire.',
  ];
  for (const category of ['hard-sell', 'broadcast', 'conversation'] as const) {
    out.push('', `## ${CATEGORY_TITLE[category]}`, '', '| id | name | weight | why | instead | fires on |', '|---|---|---|---|---|---|');
    for (const r of allRules.filter((rule) => rule.category === category)) {
      const cell = (s: string) => s.replace(/\|/g, '\\|');
      out.push(`| \`${r.id}\` | ${cell(r.name)} | ${r.weight} | ${cell(r.message)} | ${cell(r.advice)} | ${cell(r.examples.fires.map((e) => `"${e}"`).join('<br>'))} |`);
    }
  }
  return out.join('\n') + '\n';
}
