import { selectorAdapter } from './adapter';

// YouTube: comment and community-post boxes are a plain contenteditable with a fixed id.
export const youtube = selectorAdapter({
  id: 'youtube',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
  editors: ['#contenteditable-root[contenteditable]'],
  publish: ['#submit-button', 'ytd-button-renderer#submit-button'],
});
