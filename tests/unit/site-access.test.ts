import { describe, expect, it } from 'vitest';
import { patternCovers, siteAccess } from '@/lib/extension/site-access';
import { SITE_MATCHES } from '@/lib/sites';

describe('access to the built-in sites, as the popup reports it', () => {
  it('is granted when the browser granted every site, exactly or through a broader pattern', () => {
    expect(siteAccess([...SITE_MATCHES])).toEqual({ kind: 'granted' });
    expect(siteAccess(['https://*/*'])).toEqual({ kind: 'granted' });
    expect(siteAccess(['<all_urls>'])).toEqual({ kind: 'granted' });
  });

  it('names every site and asks for all of them when none is granted (Firefox with grantByDefault off)', () => {
    const access = siteAccess(['https://mastodon.art/*']);
    expect(access).toMatchObject({ kind: 'missing', all: true, sites: SITE_MATCHES });
    expect(access.kind === 'missing' && access.hosts).toEqual([
      'x.com',
      'twitter.com',
      'linkedin.com',
      'facebook.com',
      'instagram.com',
      'threads.net',
      'threads.com',
      'mastodon.social',
      'bsky.app',
      'reddit.com',
      'old.reddit.com',
      'youtube.com',
    ]);
  });

  it('asks only for the sites withdrawn, when some still are granted', () => {
    const granted = SITE_MATCHES.filter((site) => site !== 'https://www.linkedin.com/*' && site !== 'https://x.com/*');
    expect(siteAccess(granted)).toEqual({ kind: 'missing', all: false, sites: ['https://x.com/*', 'https://www.linkedin.com/*'], hosts: ['x.com', 'linkedin.com'] });
  });

  it.each([
    ['https://x.com/*', 'https://x.com/*', true],
    ['https://*.reddit.com/*', 'https://old.reddit.com/*', true],
    ['*://*.reddit.com/*', 'https://www.reddit.com/*', true],
    ['https://*.reddit.com/*', 'https://reddit.com/*', true],
    ['https://*.ddit.com/*', 'https://www.reddit.com/*', false],
    ['https://x.com/compose/*', 'https://x.com/*', false],
    ['http://x.com/*', 'https://x.com/*', false],
    ['https://twitter.com/*', 'https://x.com/*', false],
  ])('%s covers %s: %s', (granted, site, covers) => {
    expect(patternCovers(granted, site)).toBe(covers);
  });
});
