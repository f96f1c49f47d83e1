import { selectorAdapter } from './adapter';

// Instagram: captions and comments are textareas on some screens, contenteditables on others.
export const instagram = selectorAdapter({
  id: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  editors: ['textarea[aria-label]', 'form textarea', '[contenteditable][role="textbox"]'],
  publish: ['[role="button"][aria-label="Share"]'],
});
