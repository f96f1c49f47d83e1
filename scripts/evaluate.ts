// Scores the analyzer on the labelled corpora in tests/corpus:
//   npm run evaluate -- --tuning [--misses] [--kind=caption]   the tuning corpora and the personal messages
//   npm run evaluate -- --holdout                              the hold-outs, scored only (never their misses)
//   npm run evaluate -- real/tune/exais-sms.jsonl …            only the corpora named
//   npm run evaluate -- --tuning --phrases                     which phrase fires on which labels, in how many sources
//   npm run evaluate                                           everything, hold-outs first
// Real posts are reported per file, then per kind of text, then against the bars of issue 8.
import { analyzePost } from '../lib/analysis';
import { evaluate, LABELS, type Label } from '../lib/evaluation/metrics';
import { holdoutCorpora, PERSONAL_CORPUS, readCorpus, tuningCorpora } from '../lib/evaluation/corpora';
import { byKind, issueChecks, metricsOf, passes, type Check, type RealPost, type Scored } from '../lib/evaluation/checks';
import { phraseUsage } from '../lib/evaluation/phrase-usage';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const kindFilter = args.find((a) => a.startsWith('--kind='))?.slice('--kind='.length);
const named = args.filter((a) => a.endsWith('.jsonl'));
const tuning = tuningCorpora();
const holdout = holdoutCorpora();
const scope = args.includes('--tuning') ? 'tuning' : args.includes('--holdout') ? 'holdout' : 'all';
const wanted = (file: string) =>
  named.length > 0 ? named.includes(file) || named.includes(file.split('/').pop()!) : scope === 'all' || (scope === 'tuning' ? tuning.includes(file) : holdout.includes(file));

const counts = (posts: { label: Label }[]) => LABELS.map((l) => posts.filter((p) => p.label === l).length).join(' / ');

function line(file: string, scored: Scored[]): string {
  const e = metricsOf(scored);
  return (
    `${file}${holdout.includes(file) ? ' (hold-out)' : ''}: ${e.total} posts (${counts(scored.map((s) => s.post))} conv/broad/hard), accuracy ${pct(e.accuracy)}, ` +
    `macro-F1 ${e.macroF1.toFixed(3)}, hard sells caught ${e.perLabel['hard-sell'].support ? pct(e.perLabel['hard-sell'].recall) : '–'}, ` +
    `conversations called hard sell ${e.confusion.conversation['hard-sell']}`
  );
}

function kindTable(scored: Scored[]): string {
  const rows = byKind(scored).map(({ kind, scored: list }) => {
    const e = metricsOf(list);
    const called = (v: string) => pct(list.filter((s) => s.verdict === v).length / list.length);
    const recall = (l: Label) => (e.perLabel[l].support ? pct(e.perLabel[l].recall) : '–');
    return `| ${kind} | ${list.length} | ${counts(list.map((s) => s.post))} | ${e.macroF1.toFixed(3)} | ${pct(e.accuracy)} | ${recall('hard-sell')} | ${recall('broadcast')} | ${recall('conversation')} | ${e.confusion.conversation['hard-sell']} | ${called('hard-sell')} | ${called('conversation')} |`;
  });
  return [
    '| kind | posts | conv / broad / hard | macro-F1 | accuracy | hard sells caught | broadcasts right | conversations right | conversations called hard sell | called hard sell | called conversation |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function checkTable(checks: Check[]): string {
  const show = (c: Check, v: number) => (c.unit === 'share' ? pct(v) : c.unit === 'score' ? v.toFixed(3) : String(v));
  return ['| bar (issue 8, read on our labels) | posts | measured | bar | met |', '|---|---|---|---|---|', ...checks.map((c) => `| ${c.name} | ${c.posts} | ${show(c, c.value)} | ${c.atLeast ? '≥' : '≤'} ${show(c, c.bar)} | ${passes(c) ? 'yes' : '**no**'} |`)].join('\n');
}

function printMisses(scored: Scored[]) {
  for (const { post, verdict } of scored) {
    if (verdict === post.label || (kindFilter && post.kind !== kindFilter)) continue;
    const a = analyzePost(post.text);
    const found = a.findings.map((f) => `${f.rule}:${JSON.stringify(post.text.slice(f.start, f.end).slice(0, 40))}`).join(' ');
    console.log(`MISS ${post.id} [${post.kind ?? ''}] expected ${post.label} got ${verdict} ${JSON.stringify(a.scores)}\n   ${post.text.replace(/\s+/g, ' ').slice(0, 400)}\n   ${found}`);
  }
}

const real: Record<'tuning' | 'holdout', Scored[]> = { tuning: [], holdout: [] };
// Hold-outs first: their numbers are the honest ones.
for (const file of [...holdout, ...tuning].filter(wanted)) {
  const posts = readCorpus<RealPost>(file);
  const scored = posts.map((post) => ({ post, verdict: analyzePost(post.text).verdict }));
  const part = holdout.includes(file) ? 'holdout' : 'tuning';
  console.log(line(file, scored));
  if (file.startsWith('real/')) real[part].push(...scored);
  else {
    const e = evaluate(posts, (t) => analyzePost(t));
    console.log(`  phrases covered ${pct(e.phraseCoverage)} (pushy ones in hard sells ${pct(e.pushyCoverage)}); confusion (rows expected): ${JSON.stringify(e.confusion)}`);
  }
  // Misses are shown for the tuning corpora only: the hold-outs stay unseen.
  if (showMisses && part === 'tuning') printMisses(scored);
}

for (const part of ['holdout', 'tuning'] as const) {
  const scored = real[part].filter((s) => !kindFilter || s.post.kind === kindFilter);
  if (scored.length === 0) continue;
  console.log(`\n## Real posts, ${part === 'holdout' ? 'blind hold-out' : 'tuning part'}: ${line('all', scored).replace(/^all: /, '')}\n`);
  console.log(kindTable(scored));
  console.log('');
  console.log(checkTable(issueChecks(scored)));
}

if (wanted(PERSONAL_CORPUS) || (named.length === 0 && scope !== 'all')) {
  const personal = readCorpus<{ id: string; text: string }>(PERSONAL_CORPUS);
  const flagged = personal.filter((p) => analyzePost(p.text).verdict === 'hard-sell');
  console.log(`\n${PERSONAL_CORPUS}: ${personal.length} messages, ${flagged.length} called hard sell (${pct(flagged.length / personal.length)}; bar ≤ 1%)`);
  if (showMisses) for (const p of flagged) console.log(`  ${p.id}: ${p.text} [${analyzePost(p.text).findings.map((f) => f.rule + ':' + p.text.slice(f.start, f.end)).join(' | ')}]`);
}

// Per phrase, on the real tuning posts only: the labels it fires on and how many sources it carries over to.
if (args.includes('--phrases')) {
  const personal = readCorpus<{ text: string }>(PERSONAL_CORPUS).map((p) => p.text);
  const exclude = args.filter((a) => a.startsWith('--without=')).map((a) => a.slice('--without='.length));
  const posts = real.tuning.map((s) => s.post).filter((p) => !exclude.includes(p.source ?? ''));
  console.log('\n| rule | phrase | hard sell | broadcast | conversation | personal | sources (own label) |\n|---|---|---|---|---|---|---|');
  for (const u of phraseUsage(posts, personal)) {
    const n = u.posts['hard-sell'] + u.posts.broadcast + u.posts.conversation + u.personal;
    if (n > 0) console.log(`| ${u.rule} | \`${u.phrase.slice(0, 90)}\` | ${u.posts['hard-sell']} | ${u.posts.broadcast} | ${u.posts.conversation} | ${u.personal} | ${u.sources.size} |`);
  }
}
