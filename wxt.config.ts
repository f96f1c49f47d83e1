import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './lib/sites';
import { preactWithoutInnerHtml } from './build/preact-without-inner-html';

export default defineConfig({
  // MV3 for Firefox too (WXT defaults Firefox to MV2): one manifest shape, reviewed once.
  manifestVersion: 3,
  // No webextension-polyfill: WXT's `browser` (wxt/browser) is the browser's own promise-based API in Chrome MV3 and Firefox.
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preactWithoutInnerHtml(), preact()],
    // Vite's modulepreload polyfill is a fetch() call; every browser Muffin supports preloads modules itself.
    build: { modulePreload: { polyfill: false } },
  }),
  zip: {
    // The sources zip that Firefox reviewers rebuild from with `npm ci && npm run build:firefox`
    // (docs/store/reviewer-notes.md). WXT already leaves out node_modules, .output, dot-files and *.test.ts;
    // what else the build does not read stays out too: tests and their fixtures, benchmarks, screenshots,
    // developer scripts (except the linter run) and anything .gitignore keeps out of the repository.
    excludeSources: [
      'tests/**',
      'bench/**',
      'scripts/!(lint-firefox.mjs)',
      'docs/screenshots/**',
      'docs/store/*.png',
      'vitest.config.ts',
      'vitest.browser.config.ts',
      '**/*.log',
      'tmp/**',
      'stats.html',
      't.ts',
    ],
  },
  manifest: ({ browser }) => ({
    // Both come from locales/<lang>.yml, so the store listing is translated with the rest.
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'alarms', 'notifications', 'activeTab'],
    host_permissions: SITE_MATCHES,
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'muffin-coach@muffin.example',
              // 140 (desktop) and 142 (Android) are the first versions that read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
