import { SITES } from '../../sites';
import { siteAdapter, type SiteAdapter } from './adapter';
import { generic } from './generic';

export type { SiteAdapter } from './adapter';
export { generic };

/** One adapter per registry entry, in registry order. */
export const siteAdapters: readonly SiteAdapter[] = SITES.map(siteAdapter);

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
