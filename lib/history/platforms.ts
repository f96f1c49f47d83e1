// The platforms a post can come from: every site in the registry, and `other` for the sites the person
// added. Their codes are the stored encoding of the history (one character per post, compact.ts): each
// site's code is in its registry entry (lib/sites/registry.ts), append-only; `other` is 9, for good.
import { SITES, type SiteId } from '../sites/registry';

export type Platform = SiteId | 'other';

/** The stored code of `other`. */
export const OTHER_CODE = 9;

export const PLATFORMS: readonly Platform[] = [...SITES.map((site) => site.id), 'other'];

const codes = new Map<Platform, number>([...SITES.map((site) => [site.id, site.code] as const), ['other', OTHER_CODE]]);
const byCode = new Map([...codes].map(([platform, code]) => [code, platform]));

export const isPlatform = (value: unknown): value is Platform => typeof value === 'string' && codes.has(value as Platform);

/** The code a platform is stored as. */
export const platformCode = (platform: Platform): number => codes.get(platform) ?? OTHER_CODE;

/** The platform a stored code stands for; undefined for a code no Muffin has used. */
export const platformOfCode = (code: number): Platform | undefined => byCode.get(code);

/** The platform of a site adapter's id: a built-in site's own, `other` for the generic finder. */
export const toPlatform = (siteId: string): Platform => (isPlatform(siteId) ? siteId : 'other');
