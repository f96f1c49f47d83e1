import type { SiteSpec } from '../../sites';
import { hostsOf } from '../../sites';
import { closestAcrossShadows, editingHostOf, isCoachable, type CoachableOptions } from '../editable';

/** One site's compose boxes and post buttons, built from its registry entry (lib/sites/registry.ts). */
export interface SiteAdapter {
  /** The registry id ('generic' for the fallback); also the platform name recorded in the history. */
  id: string;
  /** True when this adapter serves the page's hostname. */
  servesHost(hostname: string): boolean;
  /** The compose box that `target` (the focused element, inside any open shadow root) belongs to. */
  editorFor(target: Element): HTMLElement | null;
  /** True when `target` is (inside) this site's button that sends the post. */
  isPublishButton(target: Element): boolean;
  /** True when `editor` answers someone: a reply or a comment box. */
  isReply(editor: Element): boolean;
}

/** What an adapter is built from: a registry entry, or the generic finder's own selectors. */
export type AdapterSpec = Pick<SiteSpec, 'id' | 'editors' | 'publish' | 'shadowHosts' | 'replies'> & { hosts: readonly string[] };

const PUBLISH_WORDS = /^(?:post|post all|tweet|reply|publish|send|toot|share|share now|comment|save)$/i;

/** A button whose visible label says it posts: the fallback when a site renames its test ids. */
export function looksLikePublishButton(target: Element): boolean {
  const button = target.closest('button, [role="button"], input[type="submit"]');
  if (!button) return false;
  if (button.matches('[type="submit"]')) return true;
  const label = (button.textContent ?? '').trim() || button.getAttribute('aria-label') || '';
  return PUBLISH_WORDS.test(label.trim());
}

/** Inside a shadow root, an editor is the site's only when the root's host is one the site names. */
function inSiteShadow(element: Element, shadowHosts: readonly string[]): boolean {
  const root = element.getRootNode();
  if (!(root instanceof ShadowRoot)) return true;
  return shadowHosts.some((selector) => root.host.matches(selector));
}

export function selectorAdapter(spec: AdapterSpec, coachable: CoachableOptions = {}): SiteAdapter {
  const editorSelector = spec.editors.join(', ');
  const publishSelector = spec.publish.join(', ');
  const replySelector = (spec.replies ?? []).join(', ');
  const hosts = new Set(spec.hosts);
  const shadowHosts = spec.shadowHosts ?? [];
  return {
    id: spec.id,
    servesHost: (hostname) => hosts.has(hostname),
    editorFor(target) {
      const match = target.closest(editorSelector);
      const editor = match && inSiteShadow(match, shadowHosts) ? editingHostOf(match) : null;
      return isCoachable(editor, coachable) ? editor : null;
    },
    isPublishButton(target) {
      return (publishSelector !== '' && target.closest(publishSelector) !== null) || looksLikePublishButton(target);
    },
    isReply: (editor) => replySelector !== '' && closestAcrossShadows(editor, replySelector) !== null,
  };
}

/** The adapter of a built-in site. */
export const siteAdapter = (site: SiteSpec): SiteAdapter => selectorAdapter({ ...site, hosts: hostsOf(site) });
