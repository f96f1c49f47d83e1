import { allRules } from '@/lib/analysis/rules';

const CATEGORY = { 'hard-sell': 'Hard sell', broadcast: 'Broadcast', conversation: 'Conversation' } as const;

/** The page the cards' "Why?" links point to: the principle, then each rule by id (#rule-<id>). */
export function Principle() {
  return (
    <>
      <section id="principle" aria-labelledby="principle-heading">
        <h2 id="principle-heading">The muffin principle</h2>
        <p>
          A friend who owns a bakery stops you on the street: "We just added cinnamon-raisin muffins. You have got to come over within the next two hours, tell
          them you saw me and you get 10% off. Bye." Rude, and you won't go. The same news inside a real two-minute conversation is welcome.
        </p>
        <p>
          Social media works the same way: it is a conversation, not a billboard. Muffin flags the phrases that turn a post into a flyer (countdowns, discounts, buy-now
          commands) or a megaphone (press-release openers, no question for the reader), and it notices what makes a post social: a real question, thanks, a story.
        </p>
      </section>
      <section id="rules" aria-labelledby="rules-heading">
        <h2 id="rules-heading">The rules</h2>
        {allRules.map((rule) => (
          <article id={`rule-${rule.id}`} key={rule.id} class={`rule rule-${rule.category}`} aria-labelledby={`rule-${rule.id}-name`}>
            <h3 id={`rule-${rule.id}-name`}>
              {rule.name} <span class="muted">({CATEGORY[rule.category]})</span>
            </h3>
            <p>{rule.message}</p>
            <p>
              <strong>{rule.category === 'conversation' ? 'Keep it: ' : 'Instead: '}</strong>
              {rule.advice}
            </p>
          </article>
        ))}
      </section>
    </>
  );
}
