// `npm test`: installs what the tests need (Chromium and Firefox ESR from Debian when missing), type-checks,
// runs the unit tests, builds the extension for each browser and runs the browser tests against the builds:
// Chromium's (Playwright), then Firefox's (puppeteer-core over WebDriver BiDi). Ends with "N passed, N failed".
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

if (!existsSync('node_modules/.bin/vitest')) execSync('npm ci', { stdio: 'inherit' });
const missing = [
  [CHROMIUM, 'chromium', 'Chromium'],
  [FIREFOX, 'firefox-esr', 'Firefox ESR'],
].filter(([path]) => !existsSync(path));
if (missing.length > 0) {
  for (const [path, pkg, name] of missing) console.log(`${name} not found at ${path}: installing Debian's ${pkg} package…`);
  const packages = missing.map(([, pkg]) => pkg).join(' ');
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
}

let passed = 0;
let failed = 0;
let broken = false;
mkdirSync('.output/test-results', { recursive: true });
const vitest = (config, name) => {
  const out = `.output/test-results/${name}.json`;
  rmSync(out, { force: true });
  const code = run('npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (r.numTotalTests === 0) broken = true;
  }
  if (code !== 0) broken = true;
};

if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.log('Type check failed.');
  broken = true;
}
vitest('vitest.config.ts', 'unit');
if (run('npx', ['wxt', 'build']) !== 0) broken = true;
else vitest('vitest.browser.config.ts', 'browser');
if (run('npx', ['wxt', 'build', '-b', 'firefox']) !== 0) broken = true;
else vitest('tests/firefox/vitest.config.ts', 'firefox');

console.log(`${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
