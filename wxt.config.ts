import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The sites whose compose boxes Muffin coaches out of the box. Everything else is opt-in,
// one origin at a time, through optional host permissions.
export const SOCIAL_SITES = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.threads.net/*',
  'https://www.threads.com/*',
  'https://mastodon.social/*',
  'https://bsky.app/*',
  'https://www.reddit.com/*',
  'https://old.reddit.com/*',
  'https://www.youtube.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Muffin: the conversation coach',
    description: 'Coaches business posts on social networks: a conversation, not a billboard. Runs fully offline.',
    permissions: ['storage'],
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
