import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser tests in Firefox ESR: the Firefox build installed as a temporary add-on. One file at a time, as
// the Chromium suite does: the machine has two cores.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Every wait is on a state (expect.poll); the limit only turns a hang into a failure, so it is generous
    // for a busy two-core machine.
    expect: { poll: { timeout: 20_000 } },
  },
});
