// Sites beyond the built-in list (a Mastodon server, a scheduling tool): the person grants Muffin that one
// origin as an optional host permission ("Enable Muffin on this site"), and the background registers the
// coach's content script there. Granting and revoking anywhere (popup, options, the browser's own
// extension settings) keeps the registration in step.
import { browser } from 'wxt/browser';
import { SITE_MATCHES } from '../sites';

export const OPTIONAL_SCRIPT_ID = 'muffin-coach-optional-sites';
const CONTENT_SCRIPT = 'content-scripts/content.js';
const BROAD = new Set(['https://*/*', 'http://*/*', '<all_urls>', '*://*/*']);

/** The granted origins the coach should run on beyond the built-in sites: one site each, never a wildcard. */
export function optionalOrigins(granted: readonly string[]): string[] {
  return granted.filter((pattern) => !SITE_MATCHES.includes(pattern) && !BROAD.has(pattern) && /^https:\/\/[^/*]+\/\*$/.test(pattern));
}

/** The match pattern for one page's origin, e.g. "https://mastodon.art/*"; null for non-https pages. */
export function patternForOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' && url.hostname ? `https://${url.host}/*` : null;
  } catch {
    return null;
  }
}

/** Re-registers the content script for exactly the optional origins currently granted. */
export async function syncOptionalSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = optionalOrigins(origins);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [OPTIONAL_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [OPTIONAL_SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: OPTIONAL_SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Background: keep the registration in step with granted permissions. */
export function watchOptionalSites(): void {
  const sync = () => void syncOptionalSites().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
}

/**
 * "Enable Muffin on this site", from an extension page (the popup), in the click handler: asks for the
 * origin, then starts the coach in the open tab without a reload. Resolves false when refused.
 */
export async function enableMuffinOn(origin: string, tabId?: number): Promise<boolean> {
  const pattern = patternForOrigin(origin);
  if (!pattern) return false;
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  await syncOptionalSites();
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
  return true;
}

/** What the popup can say about the open tab's site. */
export type SiteStatus =
  | { kind: 'built-in'; host: string }
  | { kind: 'enabled'; host: string }
  | { kind: 'can-enable'; host: string; origin: string }
  | { kind: 'unsupported' };

/** Whether the coach runs on `url` already (built in, or granted before) or can be enabled there. */
export function siteStatus(url: string | undefined, granted: readonly string[]): SiteStatus {
  if (!url) return { kind: 'unsupported' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unsupported' };
  }
  const pattern = patternForOrigin(parsed.origin);
  if (!pattern) return { kind: 'unsupported' };
  const host = parsed.host;
  if (SITE_MATCHES.includes(pattern)) return { kind: 'built-in', host };
  if (optionalOrigins(granted).includes(pattern)) return { kind: 'enabled', host };
  return { kind: 'can-enable', host, origin: parsed.origin };
}
