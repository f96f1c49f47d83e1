/** Before the first post: what will appear here, and where to try the coach meanwhile. */
export function EmptyState() {
  return (
    <section class="empty" data-testid="empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">Your week will show here</h2>
      <p>
        Each time you publish on a coached site, Muffin notes whether the post was a conversation, a broadcast or a hard sell (never the text
        unless you ask it to). Here you will see the balance of your week against your target, the trend over twelve weeks and the habits worth
        working on.
      </p>
      <p>
        <a href="/options.html#principle" target="_blank">
          Read the muffin principle
        </a>
        {' · '}
        <a href="/options.html#audit" target="_blank">
          Import your past posts from an X, Mastodon or LinkedIn archive
        </a>
      </p>
    </section>
  );
}
