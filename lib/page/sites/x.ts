import { selectorAdapter } from './adapter';

// X (Twitter): a Draft.js editor whose contenteditable carries data-testid="tweetTextarea_N".
export const x = selectorAdapter({
  id: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  editors: ['[data-testid^="tweetTextarea_"][contenteditable]', '[data-testid^="tweetTextarea_"] [contenteditable]'],
  publish: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
});
