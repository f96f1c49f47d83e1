// Whether the browser lets Muffin onto the built-in sites. Both browsers grant the manifest's host
// permissions at install, but a person can withdraw them (Chrome's "Site access", Firefox's add-on
// permissions tab), and Firefox can be set to grant none by default: then the coach silently never
// appears, so the popup says so and offers to ask again.
import { SITE_MATCHES } from '../sites';

/** Patterns that cover every https site. */
const EVERY_SITE = new Set(['<all_urls>', '*://*/*', 'https://*/*']);

/** Whether a granted match pattern lets Muffin onto every page of `site` ("https://host/*"). */
export function patternCovers(granted: string, site: string): boolean {
  if (granted === site || EVERY_SITE.has(granted)) return true;
  const wildcard = /^(?:https|\*):\/\/\*\.([^/*]+)\/\*$/.exec(granted);
  const host = /^https:\/\/([^/*]+)\/\*$/.exec(site)?.[1];
  return !!wildcard && !!host && (host === wildcard[1] || host.endsWith(`.${wildcard[1]}`));
}

export type SiteAccess =
  | { kind: 'granted' }
  /** `sites`: the patterns to ask for again; `hosts`: how the popup names them; `all`: none is granted. */
  | { kind: 'missing'; sites: string[]; hosts: string[]; all: boolean };

const hostOf = (site: string) => new URL(site.replace('/*', '/')).hostname.replace(/^www\./, '');

/** The built-in sites the granted origins (from `permissions.getAll()`) leave out. */
export function siteAccess(grantedOrigins: readonly string[], sites: readonly string[] = SITE_MATCHES): SiteAccess {
  const missing = sites.filter((site) => !grantedOrigins.some((granted) => patternCovers(granted, site)));
  if (missing.length === 0) return { kind: 'granted' };
  return { kind: 'missing', sites: missing, hosts: [...new Set(missing.map(hostOf))], all: missing.length === sites.length };
}
