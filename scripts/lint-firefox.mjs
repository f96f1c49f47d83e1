// `npm run lint:firefox`: builds the Firefox package and runs Mozilla's addons-linter on it, as AMO does on
// upload. Fails on any error and on any warning that is not in ALLOWED below. Run it before every submission.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PACKAGE_DIR = join(ROOT, '.output/firefox-mv3');
const REVIEWER_NOTES = join(ROOT, 'docs/store/reviewer-notes.md');

/**
 * Warnings known to be false positives. Each entry needs a reason here and a paragraph naming its code in
 * docs/store/reviewer-notes.md, where the reviewer reads it. An entry that no longer matches fails the run,
 * so the list cannot outlive the warning it excuses.
 * @type {{ code: string; file: string; reason: string }[]}
 */
const ALLOWED = [
  // Empty: the Preact innerHTML warning is fixed at build time (build/preact-without-inner-html.ts) and the
  // data_collection_permissions warnings by the minimum Firefox versions that read the key (wxt.config.ts).
];

const built = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const linter = spawnSync(join(ROOT, 'node_modules/.bin/addons-linter'), ['--output', 'json', '--boring', PACKAGE_DIR], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** @type {{ summary: Record<string, number>; errors: Message[]; warnings: Message[]; notices: Message[] }} */
let report;
try {
  report = JSON.parse(linter.stdout);
} catch {
  console.error(`addons-linter gave no JSON report (exit ${linter.status}):\n${linter.stdout}\n${linter.stderr}`);
  process.exit(1);
}
/** @typedef {{ code: string; message: string; description?: string | string[]; file?: string; line?: number; column?: number }} Message */

const notes = readFileSync(REVIEWER_NOTES, 'utf8');
const where = (/** @type {Message} */ m) => `${m.file ?? '(package)'}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
const isAllowed = (/** @type {Message} */ m) => ALLOWED.some((a) => a.code === m.code && a.file === m.file);
const problems = [];

for (const m of report.errors) problems.push(`error    ${m.code} ${where(m)}: ${m.message}`);
for (const m of report.warnings) if (!isAllowed(m)) problems.push(`warning  ${m.code} ${where(m)}: ${m.message}`);
for (const a of ALLOWED) {
  if (!report.warnings.some((m) => m.code === a.code && m.file === a.file)) problems.push(`stale allow-list entry ${a.code} ${a.file}: the warning is gone, remove the entry`);
  if (!notes.includes(a.code)) problems.push(`allow-list entry ${a.code} is not explained in docs/store/reviewer-notes.md`);
}
for (const m of report.notices) console.log(`notice   ${m.code} ${where(m)}: ${m.message}`);

const allowed = report.warnings.filter(isAllowed).length;
console.log(`addons-linter ${PACKAGE_DIR}: ${report.errors.length} errors, ${report.warnings.length} warnings (${allowed} known false positives), ${report.notices.length} notices`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
