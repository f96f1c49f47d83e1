import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension. One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
