// @vitest-environment jsdom
// Adding a site is one entry in lib/sites/registry.ts and its fixture in tests/fixtures/sites.ts: this file
// fails until both are there, and proves every list that names sites picked the new one up.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { SitesSettings } from '@/components/options/SitesSettings';
import { platformName } from '@/components/popup/WeekOverview';
import contentScript from '@/entrypoints/content/index';
import { decodePosts, encodePosts } from '@/lib/history/compact';
import { OTHER_CODE, PLATFORMS, platformCode } from '@/lib/history/platforms';
import { adapterFor, siteAdapters } from '@/lib/page/sites';
import { SITE_MATCHES, SITES, hostsOf, siteSwitchedOn, switchSite } from '@/lib/sites';
import { DEFAULT_SETTINGS } from '@/lib/storage/settings-schema';
import config from '../../../wxt.config';
import { SITE_FIXTURES } from '../../fixtures/sites';

/** The codes of the sites Muffin has shipped: stored histories hold them, so they never change. */
const SHIPPED_CODES = { x: 0, linkedin: 1, facebook: 2, instagram: 3, threads: 4, mastodon: 5, bluesky: 6, reddit: 7, youtube: 8 };

const manifest = (browser: string) => (config.manifest as (env: { browser: string }) => { host_permissions: string[] })({ browser });

describe('the site registry', () => {
  it('has a fixture for every site, and no fixture without a site', () => {
    expect(Object.keys(SITE_FIXTURES).sort()).toEqual(SITES.map((site) => site.id).sort());
    for (const site of SITES) expect(hostsOf(site)).toContain(SITE_FIXTURES[site.id].host);
  });

  it('has one entry per id, https patterns of whole hosts, and a fixture reply for every site with reply selectors', () => {
    expect(new Set(SITES.map((site) => site.id)).size).toBe(SITES.length);
    expect(new Set(SITE_MATCHES).size).toBe(SITE_MATCHES.length);
    for (const site of SITES) {
      for (const pattern of site.matches) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/\*$/);
      expect(site.editors.length).toBeGreaterThan(0);
      expect(site.publish.length).toBeGreaterThan(0);
      if ('replies' in site) expect(SITE_FIXTURES[site.id].reply, `${site.id} lists reply selectors: its fixture needs a reply box`).toBeDefined();
    }
  });

  it('keeps platform codes append-only: shipped codes unchanged, new ones unused before, `other` kept apart', () => {
    const codes = SITES.map((site) => site.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain(OTHER_CODE);
    const shipped = new Map(Object.entries(SHIPPED_CODES));
    for (const site of SITES) {
      if (shipped.has(site.id)) expect(site.code, `${site.id}'s stored code`).toBe(shipped.get(site.id));
      else expect([...shipped.values()], `${site.id} reuses a shipped code`).not.toContain(site.code);
    }
  });
});

describe.each(SITES.map((site) => ({ id: site.id, site })))('every list that names sites has $id', ({ id, site }) => {
  it('the manifest: host permissions in Chrome and Firefox, and the content script’s matches', () => {
    for (const browser of ['chrome', 'firefox']) expect(manifest(browser).host_permissions).toEqual(expect.arrayContaining([...site.matches]));
    expect(contentScript.matches).toEqual(expect.arrayContaining([...site.matches]));
  });

  it('the page adapters: one for each of its hosts, and none for a host the manifest does not match', () => {
    for (const host of hostsOf(site)) expect(adapterFor(host).id).toBe(id);
    const adapter = siteAdapters.find((a) => a.id === id)!;
    for (const other of ['example.com', `m.${hostsOf(site)[0]}`, `mobile.${hostsOf(site)[0]}`]) expect(adapter.servesHost(other)).toBe(false);
  });

  it('the history: a platform with its own code, stored and read back', () => {
    expect(PLATFORMS).toContain(id);
    expect(platformCode(id)).toBe(site.code);
    const post = { id: 'a', publishedAt: '2026-11-20T10:00:00.000Z', platform: id, verdict: 'conversation' as const, rules: [], chars: 3, improved: 0, reply: false };
    expect(decodePosts(encodePosts([post]))).toEqual({ ok: true, posts: [post] });
  });

  it('the popup names it by its label', () => {
    expect(platformName(id)).toBe(site.label);
  });

  it('the options page: one row with its label and all its addresses, one switch for all of them', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const changes: Partial<typeof DEFAULT_SETTINGS>[] = [];
    await act(async () => render(<SitesSettings settings={DEFAULT_SETTINGS} update={async (change) => changes.push(change) > 0} readOnly={false} />, root));
    const rows = [...root.querySelectorAll('.sites li')].filter((row) => row.querySelector('label')?.textContent?.trim() === site.label);
    expect(rows).toHaveLength(1);
    for (const host of hostsOf(site)) expect(rows[0]!.textContent).toContain(host);
    await act(async () => rows[0]!.querySelector('input')!.click());
    expect(changes).toEqual([{ sites: Object.fromEntries(site.matches.map((pattern) => [pattern, false])) }]);
  });
});

describe('site switches', () => {
  it('turn a site with two addresses off and on as one, and read an old single-address switch as off', () => {
    const off = switchSite({}, 'https://twitter.com/*', false);
    expect(off).toEqual({ 'https://x.com/*': false, 'https://twitter.com/*': false });
    expect(siteSwitchedOn(off, 'https://x.com/*')).toBe(false);
    expect(siteSwitchedOn(switchSite(off, 'https://x.com/*', true), 'https://twitter.com/*')).toBe(true);
    expect(siteSwitchedOn({ 'https://twitter.com/*': false }, 'https://x.com/*')).toBe(false);
    expect(siteSwitchedOn({ 'https://x.com/*': false }, 'https://bsky.app/*')).toBe(true);
    expect(siteSwitchedOn({ 'https://mastodon.art/*': false }, 'https://mastodon.art/*')).toBe(false);
  });

  it('show the options page one row per site: no "X" and "X (twitter.com)"', async () => {
    const root = document.createElement('div');
    await act(async () => render(<SitesSettings settings={{ ...DEFAULT_SETTINGS, customSites: ['https://mastodon.art/*'] }} update={async () => true} readOnly={false} />, root));
    const labels = [...root.querySelectorAll('.sites li label')].map((label) => label.textContent?.trim());
    expect(labels).toEqual([...SITES.map((site) => site.label), 'mastodon.art']);
  });
});
