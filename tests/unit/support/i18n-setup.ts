// Gives the fake browser an i18n.getMessage backed by locales/en.yml (fakeBrowser has none).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, loadEnMessages } from './en-messages';

const messages = await loadEnMessages();
Object.assign(fakeBrowser, {
  i18n: {
    getMessage: (name: string, substitutions?: string | string[]) => getMessageFrom(messages, name, substitutions),
    getUILanguage: () => 'en',
  },
});
