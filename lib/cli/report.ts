import type { Analysis } from '../analysis/types';
import { rulesById } from '../analysis/rules';

const LABEL: Record<Analysis['verdict'], string> = {
  conversation: 'conversation: it talks with people',
  broadcast: 'broadcast: it talks at people',
  'hard-sell': 'hard sell: it pushes people to buy',
  none: 'nothing to judge (empty, or not English)',
};

/** A plain-text report of one analysis, for people reading a terminal. */
export function formatReport(text: string, analysis: Analysis): string {
  const lines = [`Verdict: ${LABEL[analysis.verdict]}`];
  const { conversation, broadcast, hardSell } = analysis.scores;
  lines.push(`Scores: conversation ${conversation}, broadcast ${broadcast}, hard sell ${hardSell}`);
  for (const f of analysis.findings) {
    const name = rulesById.get(f.rule)?.name ?? f.rule;
    const mark = f.category === 'conversation' ? '+' : '!';
    lines.push(`  ${mark} [${f.category}] ${name} (${f.rule}) at ${f.start}-${f.end}: "${text.slice(f.start, f.end)}"`);
    lines.push(`      ${f.message}`);
    if (f.suggestion) {
      lines.push(`      Try: ${f.suggestion.advice}${f.suggestion.example === undefined ? '' : ` For example: "${f.suggestion.example}"`}`);
      if (f.suggestion.replacement !== undefined) lines.push(`      Apply: ${f.suggestion.replacement === '' ? '(remove it)' : `"${f.suggestion.replacement}"`}`);
    }
  }
  return lines.join('\n');
}
