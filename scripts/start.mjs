// `npm start`: from a fresh clone, installs what is missing (npm packages, Debian's Chromium), then builds
// the extension and opens Chromium with it on the local playground (scripts/playground.ts).
// Only Node built-ins here: this file runs before node_modules exists, on whatever Node the machine has.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync('node_modules/.bin/tsx')) {
  console.log('First run: installing npm packages (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
if (!existsSync(CHROMIUM)) {
  console.log(`Chromium not found at ${CHROMIUM}: installing Debian's chromium package…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
// Ctrl+C reaches the playground too, which closes Chromium and removes its profile: wait for that rather
// than die first and leave it finishing behind the shell prompt.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => undefined);
// Through npm, so the script runs on the project's own Node (the `node` devDependency), not the machine's.
const { status } = spawnSync('npm', ['run', '--silent', 'playground'], { stdio: 'inherit', env: process.env });
process.exit(status ?? 1);
