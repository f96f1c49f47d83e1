// Run in a fresh process by run.ts: the first call pays for loading compromise and compiling the rules.
const t0 = performance.now();
const { analyzePost } = await import('../lib/analysis');
const loaded = performance.now();
analyzePost('Hey, we just added cinnamon-raisin muffins. You have got to come over within the next two hours. Bye.');
const first = performance.now();
console.log(JSON.stringify({ load: loaded - t0, firstCall: first - loaded }));
