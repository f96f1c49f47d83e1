import type { SiteAdapter } from './adapter';
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import { x } from './x';
import { youtube } from './youtube';

export type { SiteAdapter } from './adapter';
export { generic };

export const siteAdapters: readonly SiteAdapter[] = [x, linkedin, facebook, threads, instagram, mastodon, bluesky, reddit, youtube];

/** The adapter for a hostname; the generic finder for sites Muffin has no adapter for. */
export function adapterFor(hostname: string): SiteAdapter {
  return siteAdapters.find((site) => site.servesHost(hostname)) ?? generic;
}

/**
 * The compose box a focused element belongs to: the site's own adapter first, then the generic finder
 * (sites redesign their boxes; a textbox is still a textbox).
 */
export function editorForTarget(site: SiteAdapter, target: Element): HTMLElement | null {
  return site.editorFor(target) ?? (site === generic ? null : generic.editorFor(target));
}
