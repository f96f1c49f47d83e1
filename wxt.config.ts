import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOCIAL_SITES } from './lib/social-sites';

export { SOCIAL_SITES } from './lib/social-sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Muffin: the conversation coach',
    description: 'Coaches business posts on social networks: a conversation, not a billboard. Runs fully offline.',
    permissions: ['storage', 'scripting', 'alarms', 'notifications', 'activeTab'],
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
