// What the rest of Muffin reads about sites, derived from the registry (registry.ts).
import { SITES, type SiteSpec } from './registry';

export { SITES, type SiteId, type SiteSpec } from './registry';

/** The hostname of a match pattern such as "https://www.reddit.com/*". */
export const hostOfPattern = (pattern: string): string => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');

/** The hosts a site's adapter serves: exactly the hosts of its match patterns, so never one the manifest misses. */
export const hostsOf = (site: SiteSpec): string[] => site.matches.map(hostOfPattern);

/** The manifest's host permissions and content-script matches, in registry order. */
export const SITE_MATCHES: string[] = SITES.flatMap((site) => [...site.matches]);

/** The built-in site a match pattern belongs to. */
export function siteForPattern(pattern: string): SiteSpec | undefined {
  return SITES.find((site) => (site.matches as readonly string[]).includes(pattern));
}

/** The brand name of a site id; undefined for ids that are not a built-in site. */
export function siteLabel(id: string): string | undefined {
  return SITES.find((site) => site.id === id)?.label;
}

/**
 * Whether the coach runs on a site, from the settings' switches (match pattern → on/off). A built-in site
 * is one switch for all of its patterns: off when any of them is off (settings from before the options
 * page showed one row per site may hold one pattern off).
 */
export function siteSwitchedOn(switches: Readonly<Record<string, boolean>>, pattern: string): boolean {
  const site = siteForPattern(pattern);
  const patterns = site ? site.matches : [pattern];
  return patterns.every((p) => switches[p] !== false);
}

/** The switches after turning a site (all of its patterns, for a built-in site) on or off. */
export function switchSite(switches: Readonly<Record<string, boolean>>, pattern: string, on: boolean): Record<string, boolean> {
  const site = siteForPattern(pattern);
  const next = { ...switches };
  for (const p of site ? site.matches : [pattern]) next[p] = on;
  return next;
}
