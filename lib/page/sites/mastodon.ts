import { selectorAdapter } from './adapter';

// Mastodon: a plain textarea in the compose form, on thousands of servers (others are added as optional sites).
export const mastodon = selectorAdapter({
  id: 'mastodon',
  hosts: ['mastodon.social', 'mastodon.online', 'mstdn.social'],
  editors: ['form.compose-form textarea'],
  publish: ['form.compose-form button[type="submit"]', '.compose-form__publish-button-wrapper button'],
});
