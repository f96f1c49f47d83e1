// Where Debian's Chromium and the production build are, and the flags every launch here uses (browser tests,
// benchmarks, the playground): the extension loaded unpacked, and nothing of Chromium's own phoning home.
import { resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

export function chromiumArgs({ extension = true, headless = true }: { extension?: boolean; headless?: boolean } = {}): string[] {
  return [
    ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
    ...(headless ? ['--no-sandbox', '--disable-gpu'] : []),
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
