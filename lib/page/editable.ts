// Which boxes Muffin may read at all. Privacy first: never a password or payment field, never a box
// marked data-muffin="off" (on any site, or around the box, up to the whole page).

const PAYMENT_AUTOCOMPLETE = /^(?:cc-|transaction-)|(?:^|\s)(?:cc-[a-z-]+|current-password|new-password|one-time-code)\b/i;
const SECRET_NAME = /pass(?:word|wd)?|secret|card.?(?:number|num|no)|cc.?num|cvv|cvc|csc|iban|expir|security.?code|pin\b/i;

/** Muffin's own opt-out, honoured everywhere. */
const MUFFIN_OFF = '[data-muffin="off"]';
/**
 * Opt-outs aimed at Grammarly-like tools, which write into the page. Muffin writes nothing unless the person
 * presses Apply, so on the sites it knows the site's adapter decides (LinkedIn marks its share box
 * data-gramm="false"); only the generic finder, on sites Muffin knows nothing about, takes them as a no.
 */
const WRITING_TOOLS_OFF = '[data-gramm="false"], [data-enable-grammarly="false"]';

export interface CoachableOptions {
  /** True on the generic finder: a box that turned writing tools away is left alone. */
  honourWritingToolOptOut?: boolean;
}

function looksSecret(element: Element): boolean {
  const autocomplete = element.getAttribute('autocomplete') ?? '';
  if (PAYMENT_AUTOCOMPLETE.test(autocomplete)) return true;
  const name = `${element.getAttribute('name') ?? ''} ${element.id} ${element.getAttribute('aria-label') ?? ''}`;
  return SECRET_NAME.test(name);
}

/** True for a textarea or an editable contenteditable host Muffin is allowed to coach. */
export function isCoachable(element: Element | null, { honourWritingToolOptOut = false }: CoachableOptions = {}): element is HTMLElement {
  if (!element || !element.isConnected) return false;
  const tag = element.tagName;
  if (tag === 'INPUT') return false; // single-line inputs are search boxes, logins and card numbers
  if (tag === 'TEXTAREA') {
    const area = element as HTMLTextAreaElement;
    if (area.readOnly || area.disabled) return false;
  } else {
    const editable = element.getAttribute('contenteditable');
    if (editable === null || editable === 'false') return false;
  }
  if (looksSecret(element) || element.closest(MUFFIN_OFF)) return false;
  return !(honourWritingToolOptOut && element.closest(WRITING_TOOLS_OFF));
}

/** The outermost contenteditable that contains `node` (the editing host), or a textarea itself. */
export function editingHostOf(node: Element): HTMLElement | null {
  if (node.tagName === 'TEXTAREA') return node as HTMLElement;
  let host: HTMLElement | null = null;
  for (let el: Element | null = node; el; el = el.parentElement) {
    const editable = el.getAttribute('contenteditable');
    if (editable === 'false') break;
    if (editable !== null) host = el as HTMLElement;
  }
  return host;
}

/** Like Element#closest, but going on past the shadow roots `element` sits in (Reddit's composer). */
export function closestAcrossShadows(element: Element, selector: string): Element | null {
  for (let el: Element | null = element; el; ) {
    const found = el.closest(selector);
    if (found) return found;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
