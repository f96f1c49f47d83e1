import { i18n } from '#i18n';
/** Before the first post: what will appear here, and where to try the coach meanwhile. */
export function EmptyState() {
  return (
    <section class="empty" data-testid="empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{i18n.t('popup.empty.heading')}</h2>
      <p>{i18n.t('popup.empty.body')}</p>
      <p>
        <a href="/options.html#principle" target="_blank">
          {i18n.t('popup.empty.principleLink')}
        </a>
        {' · '}
        <a href="/options.html#audit" target="_blank">
          {i18n.t('popup.empty.importLink')}
        </a>
      </p>
    </section>
  );
}
