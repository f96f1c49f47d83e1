// Scores the analyzer on the labelled corpora in tests/corpus: `npm run evaluate [-- --misses] [-- corpus.jsonl …]`.
// Hold-outs come first, and only their numbers are ever printed; naming corpora runs only those.
import { analyzePost } from '../lib/analysis';
import { evaluate, LABELS, type LabelledPost } from '../lib/evaluation/metrics';
import { holdoutCorpora, PERSONAL_CORPUS, readCorpus, tuningCorpora } from '../lib/evaluation/corpora';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const named = args.filter((a) => a.endsWith('.jsonl'));
const wanted = (file: string) => named.length === 0 || named.includes(file) || named.includes(file.split('/').pop()!);
const tuning = tuningCorpora();

for (const file of [...holdoutCorpora(), ...tuning].filter(wanted)) {
  const posts = readCorpus<LabelledPost>(file);
  const e = evaluate(posts, (t) => analyzePost(t));
  const hardSellCaught = e.perLabel['hard-sell'].recall;
  console.log(
    `\n${file}${tuning.includes(file) ? '' : ' (hold-out)'}: ${e.total} posts, accuracy ${pct(e.accuracy)}, macro-F1 ${e.macroF1.toFixed(3)}, hard sells caught ${pct(hardSellCaught)}, ` +
      `conversations called hard sell ${e.confusion.conversation['hard-sell']}, phrases covered ${pct(e.phraseCoverage)} (pushy ones in hard sells ${pct(e.pushyCoverage)})`,
  );
  console.log('| verdict | precision | recall | F1 | posts |\n|---|---|---|---|---|');
  for (const l of LABELS) console.log(`| ${l} | ${pct(e.perLabel[l].precision)} | ${pct(e.perLabel[l].recall)} | ${e.perLabel[l].f1.toFixed(3)} | ${e.perLabel[l].support} |`);
  console.log('confusion (rows expected):', JSON.stringify(e.confusion));
  // Misses are shown for the tuning corpora only: the hold-outs stay unseen.
  if (showMisses && tuning.includes(file)) {
    const byId = new Map(posts.map((p) => [p.id, p]));
    for (const m of e.misses) {
      const a = analyzePost(byId.get(m.id)!.text);
      console.log(`MISS ${m.id} expected ${m.expected} got ${m.got} ${JSON.stringify(a.scores)} [${a.findings.map((f) => f.rule).join(',')}]\n   ${byId.get(m.id)!.text.slice(0, 300)}`);
    }
    for (const u of e.uncoveredPhrases) console.log(`UNCOVERED ${u.id}: ${u.phrase}`);
  }
}
if (wanted(PERSONAL_CORPUS)) {
  const personal = readCorpus<{ id: string; text: string }>(PERSONAL_CORPUS);
  const flagged = personal.filter((p) => analyzePost(p.text).verdict === 'hard-sell');
  console.log(`\n${PERSONAL_CORPUS}: ${personal.length} messages, ${flagged.length} called hard sell (${pct(flagged.length / personal.length)})`);
  if (showMisses) for (const p of flagged) console.log(`  ${p.id}: ${p.text} [${analyzePost(p.text).findings.map((f) => f.rule + ':' + p.text.slice(f.start, f.end)).join(' | ')}]`);
}
