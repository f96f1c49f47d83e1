// Which boxes Muffin may read at all. Privacy first: never a password or payment field, never a box
// whose site asked writing tools to stay away.

const PAYMENT_AUTOCOMPLETE = /^(?:cc-|transaction-)|(?:^|\s)(?:cc-[a-z-]+|current-password|new-password|one-time-code)\b/i;
const SECRET_NAME = /pass(?:word|wd)?|secret|card.?(?:number|num|no)|cc.?num|cvv|cvc|csc|iban|expir|security.?code|pin\b/i;

function optedOut(element: Element): boolean {
  return element.closest('[data-gramm="false"], [data-enable-grammarly="false"], [data-muffin="off"]') !== null;
}

function looksSecret(element: Element): boolean {
  const autocomplete = element.getAttribute('autocomplete') ?? '';
  if (PAYMENT_AUTOCOMPLETE.test(autocomplete)) return true;
  const name = `${element.getAttribute('name') ?? ''} ${element.id} ${element.getAttribute('aria-label') ?? ''}`;
  return SECRET_NAME.test(name);
}

/** True for a textarea or an editable contenteditable host Muffin is allowed to coach. */
export function isCoachable(element: Element | null): element is HTMLElement {
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
  return !looksSecret(element) && !optedOut(element);
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
