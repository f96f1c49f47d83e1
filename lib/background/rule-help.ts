import { browser } from 'wxt/browser';

// The options page is its own entrypoint; its path is not typed until that entrypoint exists.
const extensionUrl = (path: string): string => browser.runtime.getURL(path as '/');

/** "Why?" → the rule's explanation in the options page, in a new tab. */
export async function openRuleHelp(rule: string): Promise<void> {
  await browser.tabs.create({ url: `${extensionUrl('/options.html')}#rule-${encodeURIComponent(rule)}` });
}
