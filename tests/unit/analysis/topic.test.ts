import { describe, expect, it } from 'vitest';
import { findTopic, questionFor } from '../../../lib/analysis';

describe('the closing question', () => {
  it.each([
    ['Hey, we just added cinnamon-raisin muffins to our muffin line up. You have got to come over.', "What's your favourite muffin?"],
    // Words run together across a full stop, hashtags, mentions and links never make the noun.
    ['Fresh cinnamon muffins.DM us to order yours', "What's your favourite muffin?"],
    ['Our new sourdough loaves are in. #bakery #breadlovers', "What's your favourite loaf?"],
    ['Meet Priya, our new head pastry chef.', "What's your favourite chef?"],
    ['Join our webinar on payroll next week', 'What would you love to see at the webinar?'],
    ['We are hiring bakers.', 'What made your best workplace great?'],
    ['Check out @sam and www.example.com/muffins today', 'What do you think?'],
  ])('%j ends on %j', (text, question) => {
    expect(questionFor(text)).toBe(question);
  });

  it('is built from a clean lowercase word only', () => {
    for (const text of ['Grab the #Muffins now.DM me', 'New: @bakery.co x.com/abc Grandma Rosa', 'The Guardian wrote about Leeds', '🧁🧁 muffins!!! muffins???']) {
      const topic = findTopic(text);
      if (topic !== null) expect(topic).toMatch(/^[a-z]{3,}$/);
    }
  });

  it('leaves a verb out ("the branch reopens Monday", "treat yourself")', () => {
    expect(findTopic('The branch reopens Monday after renovations.')).not.toBe('reopen');
    expect(findTopic('treat yourself this weekend, gel manicures are in')).toBe('manicure');
  });
});
