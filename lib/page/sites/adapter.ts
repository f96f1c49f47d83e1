import { editingHostOf, isCoachable } from '../editable';

/** One social site's compose boxes and post buttons. Selectors move: each site keeps them in its own file. */
export interface SiteAdapter {
  /** Also the platform name recorded in the history. */
  id: string;
  /** True when this adapter serves the page's hostname. */
  servesHost(hostname: string): boolean;
  /** Every coachable compose box under `root` (shadow roots the site uses included). */
  findEditors(root: ParentNode): HTMLElement[];
  /** The compose box that `target` (the focused element, inside any shadow root) belongs to. */
  editorFor(target: Element): HTMLElement | null;
  /** True when `target` is (inside) this site's button that sends the post. */
  isPublishButton(target: Element): boolean;
}

export interface SelectorSite {
  id: string;
  hosts: readonly string[];
  /** Selectors for the editor element itself (a textarea or the contenteditable host). */
  editors: readonly string[];
  publish: readonly string[];
  /** Custom elements whose shadow roots hold the editor (Reddit's shreddit-composer). */
  shadowHosts?: readonly string[];
}

const PUBLISH_WORDS = /^(?:post|post all|tweet|reply|publish|send|toot|share|share now|comment|save)$/i;

/** A button whose visible label says it posts: the fallback when a site renames its test ids. */
export function looksLikePublishButton(target: Element): boolean {
  const button = target.closest('button, [role="button"], input[type="submit"]');
  if (!button) return false;
  if (button.matches('[type="submit"]')) return true;
  const label = (button.textContent ?? '').trim() || button.getAttribute('aria-label') || '';
  return PUBLISH_WORDS.test(label.trim());
}

function queryAll(root: ParentNode, selector: string, shadowHosts: readonly string[]): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const hostSelector of shadowHosts) {
    for (const host of root.querySelectorAll(hostSelector)) {
      if (host.shadowRoot) found.push(...host.shadowRoot.querySelectorAll(selector));
    }
  }
  return found;
}

export function selectorAdapter(site: SelectorSite): SiteAdapter {
  const editorSelector = site.editors.join(', ');
  const publishSelector = site.publish.join(', ');
  const hosts = new Set(site.hosts);
  return {
    id: site.id,
    servesHost: (hostname) => hosts.has(hostname),
    findEditors(root) {
      const found = queryAll(root, editorSelector, site.shadowHosts ?? []);
      return [...new Set(found.map((el) => editingHostOf(el) ?? el))].filter(isCoachable);
    },
    editorFor(target) {
      const match = target.closest(editorSelector);
      const editor = match ? editingHostOf(match) : null;
      return isCoachable(editor) ? editor : null;
    },
    isPublishButton(target) {
      return (publishSelector !== '' && target.closest(publishSelector) !== null) || looksLikePublishButton(target);
    },
  };
}
