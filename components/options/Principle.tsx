import { i18n } from '#i18n';
import { allRules } from '@/lib/analysis/rules';
import { ruleText } from '@/lib/i18n/browser-wording';

const CATEGORY = { 'hard-sell': 'common.verdict.hardSell', broadcast: 'common.verdict.broadcast', conversation: 'common.verdict.conversation' } as const;

/** The page the cards' "Why?" links point to: the principle, then each rule by id (#rule-<id>). */
export function Principle() {
  return (
    <>
      <section id="principle" aria-labelledby="principle-heading">
        <h2 id="principle-heading">{i18n.t('options.principle.heading')}</h2>
        <p>{i18n.t('options.principle.story')}</p>
        <p>{i18n.t('options.principle.social')}</p>
      </section>
      <section id="rules" aria-labelledby="rules-heading">
        <h2 id="rules-heading">{i18n.t('options.principle.rulesHeading')}</h2>
        {allRules.map((rule) => (
          <article id={`rule-${rule.id}`} key={rule.id} class={`rule rule-${rule.category}`} aria-labelledby={`rule-${rule.id}-name`}>
            <h3 id={`rule-${rule.id}-name`}>
              {ruleText(rule.id, 'name', rule.name)} <span class="muted">({i18n.t(CATEGORY[rule.category])})</span>
            </h3>
            <p>{ruleText(rule.id, 'message', rule.message)}</p>
            <p>
              <strong>{i18n.t(rule.category === 'conversation' ? 'options.principle.keepIt' : 'options.principle.instead')}</strong>{' '}
              {ruleText(rule.id, 'advice', rule.advice)}
            </p>
          </article>
        ))}
      </section>
    </>
  );
}
