// `npm run analyze -- [--jsonl] [--sensitivity gentle|standard|strict] [FILE | text…]`
// Plain: text from the arguments, FILE or stdin, and a readable report. --jsonl: one result per input line.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzePost } from '../lib/analysis';
import type { Sensitivity } from '../lib/analysis';
import { formatReport } from '../lib/cli/report';
import { analyzeJsonLine } from '../lib/cli/jsonl';

const USAGE = 'usage: npm run analyze -- [--jsonl] [--sensitivity gentle|standard|strict] [FILE | text…]';
const args = process.argv.slice(2);
let jsonl = false;
let sensitivity: Sensitivity = 'standard';
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--jsonl') jsonl = true;
  else if (arg === '--sensitivity') {
    const value = args[++i];
    if (value !== 'gentle' && value !== 'standard' && value !== 'strict') fail(`--sensitivity takes gentle, standard or strict\n${USAGE}`);
    sensitivity = value;
  } else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else rest.push(arg);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const file = rest.length === 1 && existsSync(rest[0]!) ? rest[0]! : null;

async function main() {
  if (jsonl) {
    if (rest.length > 0 && !file) fail(`no such file: ${rest.join(' ')}\n${USAGE}`);
    const lines = createInterface({ input: file ? createReadStream(file) : process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      const out = analyzeJsonLine(line, ++n, analyzePost, { sensitivity });
      if (out !== null && !process.stdout.write(out + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
    return;
  }
  const text = file ? readFileSync(file, 'utf8') : rest.length > 0 ? rest.join(' ') : process.stdin.isTTY ? fail(USAGE) : readFileSync(0, 'utf8');
  console.log(formatReport(text, analyzePost(text, { sensitivity })));
}

main().catch((error) => fail(`analyze: ${(error as Error).message}`));
