import { selectorAdapter } from './adapter';

// Any other site the person enabled, and the fallback on known sites whose markup changed: textboxes that
// announce themselves, and textareas. Knowing nothing of the site, it also leaves alone the boxes that
// turned writing tools away (data-gramm="false", data-enable-grammarly="false").
export const generic = selectorAdapter(
  { id: 'generic', hosts: [], editors: ['[contenteditable][role="textbox"]', 'textarea'], publish: [] },
  { honourWritingToolOptOut: true },
);
