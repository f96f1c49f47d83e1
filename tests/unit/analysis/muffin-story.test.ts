import { describe, expect, it } from 'vitest';
import { analyzePost } from '../../../lib/analysis';

// The founding story (shared/seeds/004): the bakery owner on the sidewalk.
const RUDE =
  'Hey, we just added cinnamon-raisin muffins to our muffin line up. You have got to come over within the next two hours and try them. If you tell them you saw me on the sidewalk, they will give you a 10% discount. Bye.';
const FRIENDLY =
  "Morning, neighbours! How was everyone's weekend? Ours was spent testing recipes, and the cinnamon-raisin muffin finally made the cut. What's the bake your grandparents were famous for? We'd love to hear.";

const phrases = (text: string) => analyzePost(text).findings.map((f) => [f.rule, text.slice(f.start, f.end)]);

describe('the muffin story', () => {
  it('calls the rude version a hard sell', () => {
    expect(analyzePost(RUDE).verdict).toBe('hard-sell');
  });

  it.each([
    ['announcement', 'we just added'],
    ['pushy', 'You have got to come over'],
    ['urgency', 'within the next two hours'],
    ['discount', '10% discount'],
    ['abrupt-sign-off', 'Bye.'],
  ])('flags %s on %j', (rule, phrase) => {
    expect(phrases(RUDE)).toContainEqual([rule, phrase]);
  });

  it('suggests ending on a question about muffins', () => {
    const signOff = analyzePost(RUDE).findings.find((f) => f.rule === 'abrupt-sign-off');
    expect(signOff?.suggestion?.replacement).toBe("What's your favourite muffin?");
    const noInvite = analyzePost(RUDE).findings.find((f) => f.rule === 'no-invitation');
    expect(noInvite?.suggestion?.example).toBe("What's your favourite muffin?");
    expect(noInvite?.suggestion?.advice).not.toContain('muffin');
  });

  it('offers to drop the countdown and soften the push', () => {
    const findings = analyzePost(RUDE).findings;
    expect(findings.find((f) => f.rule === 'urgency')?.suggestion?.replacement).toBe('');
    expect(findings.find((f) => f.rule === 'pushy')?.suggestion?.replacement).toBe('If you are nearby, you might like to come over');
  });

  it('calls the friendly version a conversation, with no hard sell flagged', () => {
    const result = analyzePost(FRIENDLY);
    expect(result.verdict).toBe('conversation');
    expect(result.findings.filter((f) => f.category === 'hard-sell')).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toContain('question');
  });
});
