import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../../lib/sites/address';

describe('a site the person adds', () => {
  it.each([
    ['mastodon.example', { ok: true, pattern: 'https://mastodon.example/*', origin: 'https://mastodon.example' }],
    ['https://Mastodon.Example/home?x=1', { ok: true, pattern: 'https://mastodon.example/*', origin: 'https://mastodon.example' }],
    ['http://mastodon.example', { ok: false, error: 'Muffin only coaches on secure (https) sites.' }],
    ['localhost', { ok: false, error: '"localhost" is not a full site name.' }],
    ['', { ok: false, error: 'Type the address of the site, for example mastodon.example.' }],
    ['https://exa mple.com', { ok: false, error: '"https://exa mple.com" is not a web address.' }],
  ])('%j', (input, expected) => {
    expect(sitePattern(input)).toMatchObject(expected);
  });
});
