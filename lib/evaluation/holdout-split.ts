import { createHash } from 'node:crypto';

/**
 * The fixed rule that splits the real-post corpus (tests/corpus/real/) into a tuning part and a blind
 * hold-out, decided by a hash of the post's id alone, never by its text or label: 35 in 100 go to the
 * hold-out. A post's place is chosen when it is collected, before anyone tunes on it.
 */
export const HOLDOUT_PERCENT = 35;

export function isHoldout(id: string): boolean {
  const hash = createHash('sha256').update(`muffin-real-v1:${id}`).digest();
  return hash.readUInt32BE(0) % 100 < HOLDOUT_PERCENT;
}
