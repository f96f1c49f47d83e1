import { describe, expect, it } from 'vitest';
import { byKind, issueChecks, passes, type RealPost, type Scored } from '../../../lib/evaluation/checks';
import type { Label } from '../../../lib/evaluation/metrics';
import type { Verdict } from '../../../lib/analysis/types';

let n = 0;
const post = (kind: string, label: Label, verdict: Verdict): Scored => ({ post: { id: `x${n++}`, kind, label, text: `post ${n}` } as RealPost, verdict });
const repeat = (count: number, make: () => Scored) => Array.from({ length: count }, make);
const check = (scored: Scored[], name: string) => issueChecks(scored).find((c) => c.name === name)!;

describe("issue 8's bars read on labelled real posts", () => {
  it('measures commercial ads called conversation and hard sell, each against its own bar', () => {
    const ads = [...repeat(5, () => post('ad-commercial', 'hard-sell', 'hard-sell')), ...repeat(4, () => post('ad-commercial', 'broadcast', 'broadcast')), post('ad-commercial', 'broadcast', 'conversation')];
    const asConversation = check(ads, 'commercial ads called conversation');
    expect(asConversation.value).toBe(0.1);
    expect(passes(asConversation)).toBe(false);
    const asHardSell = check(ads, 'commercial ads called hard sell');
    expect(asHardSell.value).toBe(0.5);
    expect(passes(asHardSell)).toBe(true);
  });

  it('counts brand tweets that are conversations called hard sell, and allows one', () => {
    const one = [post('brand-tweet', 'conversation', 'hard-sell'), post('brand-reply', 'conversation', 'conversation')];
    expect(passes(check(one, 'brand tweets: conversations called hard sell'))).toBe(true);
    const two = [...one, post('brand-tweet', 'conversation', 'hard-sell')];
    expect(check(two, 'brand tweets: conversations called hard sell').value).toBe(2);
    expect(passes(check(two, 'brand tweets: conversations called hard sell'))).toBe(false);
  });

  it('reads SMS spam and marketing together, and leaves out the kinds a set lacks', () => {
    const sms = [post('sms-spam', 'hard-sell', 'hard-sell'), post('sms-marketing', 'hard-sell', 'broadcast'), post('sms-business', 'broadcast', 'broadcast')];
    expect(check(sms, 'SMS spam and marketing → hard sell').posts).toBe(2);
    expect(check(sms, 'SMS spam and marketing → hard sell').value).toBe(0.5);
    expect(issueChecks(sms).some((c) => c.name.startsWith('commercial ads'))).toBe(false);
  });

  it('groups posts by kind', () => {
    const kinds = byKind([post('caption', 'broadcast', 'broadcast'), post('brand-tweet', 'broadcast', 'broadcast'), post('caption', 'hard-sell', 'broadcast')]);
    expect(kinds.map((k) => [k.kind, k.scored.length])).toEqual([
      ['brand-tweet', 1],
      ['caption', 2],
    ]);
  });
});
