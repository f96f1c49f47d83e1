import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOCIAL_SITES } from './lib/social-sites';

export { SOCIAL_SITES } from './lib/social-sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Both come from locales/<lang>.yml, so the store listing is translated with the rest.
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'alarms', 'notifications'],
    host_permissions: SOCIAL_SITES,
    optional_host_permissions: ['https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'muffin-coach@muffin.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
