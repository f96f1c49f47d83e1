import { selectorAdapter } from './adapter';

// LinkedIn: the share box was Quill (.ql-editor); newer boxes are TipTap (.ProseMirror).
export const linkedin = selectorAdapter({
  id: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  editors: ['.ql-editor[contenteditable]', '.ProseMirror[contenteditable]'],
  publish: ['.share-actions__primary-action', '.comments-comment-box__submit-button', '.comments-comment-box__submit-button--cr'],
});
