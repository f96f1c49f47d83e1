import { selectorAdapter } from './adapter';

// Any other site the user enabled: textboxes that announce themselves, and textareas.
export const generic = selectorAdapter({
  id: 'generic',
  hosts: [],
  editors: ['[contenteditable][role="textbox"]', 'textarea'],
  publish: [],
});
