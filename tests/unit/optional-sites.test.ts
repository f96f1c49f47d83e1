import { describe, expect, it } from 'vitest';
import { optionalOrigins, patternForOrigin } from '@/lib/extension/optional-sites';

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
