import { describe, expect, it } from 'vitest';
import { optionalOrigins, patternForOrigin, siteStatus } from '@/lib/extension/optional-sites';

describe('optional sites', () => {
  it('runs the coach on each single granted origin beyond the built-in sites, never on a wildcard', () => {
    expect(optionalOrigins(['https://x.com/*', 'https://mastodon.art/*', 'https://*/*', 'https://*.example.com/*', 'http://plain.example/*', 'https://buffer.com/*'])).toEqual([
      'https://mastodon.art/*',
      'https://buffer.com/*',
    ]);
  });

  it.each([
    ['https://mastodon.art', 'https://mastodon.art/*'],
    ['https://localhost:8443', 'https://localhost:8443/*'],
    ['http://insecure.example', null],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('turns %s into the pattern %s', (origin, pattern) => {
    expect(patternForOrigin(origin)).toBe(pattern);
  });
});

describe('the open tab’s site, as the popup sees it', () => {
  it.each([
    ['https://x.com/compose/post', [], { kind: 'built-in', host: 'x.com' }],
    ['https://mastodon.art/home', [], { kind: 'can-enable', host: 'mastodon.art', origin: 'https://mastodon.art' }],
    ['https://mastodon.art/home', ['https://mastodon.art/*'], { kind: 'enabled', host: 'mastodon.art' }],
    // A broad grant is not a per-site enable.
    ['https://buffer.com/app', ['https://*/*'], { kind: 'can-enable', host: 'buffer.com', origin: 'https://buffer.com' }],
    ['http://insecure.example/', [], { kind: 'unsupported' }],
    ['chrome://extensions/', [], { kind: 'unsupported' }],
    [undefined, [], { kind: 'unsupported' }],
    ['::not a url::', [], { kind: 'unsupported' }],
  ] as const)('%s with %j granted → %j', (url, granted, status) => {
    expect(siteStatus(url, granted)).toEqual(status);
  });
});
