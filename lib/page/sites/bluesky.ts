import { selectorAdapter } from './adapter';

// Bluesky: a TipTap (ProseMirror) editor.
export const bluesky = selectorAdapter({
  id: 'bluesky',
  hosts: ['bsky.app'],
  editors: ['.ProseMirror[contenteditable]'],
  publish: ['[data-testid="composerPublishBtn"]'],
});
