/**
 * The match pattern for a site the person types ("mastodon.example", "https://mastodon.example/home"),
 * or an error: an English sentence, and a code with its values for the page to translate. Only https origins: the
 * coach never runs on plain http.
 */
export type SiteProblem =
  | { code: 'empty' }
  | { code: 'notAddress'; address: string }
  | { code: 'notHttps' }
  | { code: 'notFullName'; host: string };

export function sitePattern(input: string): { ok: true; pattern: string; origin: string } | { ok: false; error: string; problem: SiteProblem } {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'Type the address of the site, for example mastodon.example.', problem: { code: 'empty' } };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: `"${trimmed}" is not a web address.`, problem: { code: 'notAddress', address: trimmed } };
  }
  if (url.protocol !== 'https:') return { ok: false, error: 'Muffin only coaches on secure (https) sites.', problem: { code: 'notHttps' } };
  if (!url.hostname.includes('.')) return { ok: false, error: `"${url.hostname}" is not a full site name.`, problem: { code: 'notFullName', host: url.hostname } };
  return { ok: true, pattern: `https://${url.hostname}/*`, origin: `https://${url.hostname}` };
}
