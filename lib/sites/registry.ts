// Every site Muffin coaches out of the box, one entry each, and nothing else names a site: the manifest's
// host permissions and content-script matches, the page adapters (lib/page/sites), the options page's list,
// the popup's platform names and the history's stored platform codes all derive from this list.
// Adding a site = one entry here + its fixture in tests/fixtures/sites.ts (tests/unit/sites/registry.test.ts
// fails until both are there). Pure data: the manifest (Node), the pages and the pure history read it.

export interface SiteSpec {
  /** Adapter id, history platform, key of exports: never renamed once shipped. */
  readonly id: string;
  /**
   * The site's code in the stored history (one character per post, see lib/history/compact.ts).
   * Append-only: a new site takes the next unused number; a code is never changed or given to another
   * site, even after its site is removed. 9 is `other` (lib/history/platforms.ts).
   */
  readonly code: number;
  /** Brand name, the same in every language. */
  readonly label: string;
  /** Match patterns (https only): host permissions and content-script matches. The adapter serves their hosts. */
  readonly matches: readonly string[];
  /** The compose box itself: a textarea or the contenteditable editing host (or an element inside it). */
  readonly editors: readonly string[];
  /** The button that sends the post (a button whose label says "Post" counts too, see lib/page/sites/adapter.ts). */
  readonly publish: readonly string[];
  /** Custom elements whose open shadow roots hold the editor (Reddit's shreddit-composer). */
  readonly shadowHosts?: readonly string[];
  /** A reply or comment box, or an element around one: `isReply(editor)`. */
  readonly replies?: readonly string[];
}

export const SITES = [
  {
    // A Draft.js editor whose contenteditable carries data-testid="tweetTextarea_N".
    id: 'x',
    code: 0,
    label: 'X',
    matches: ['https://x.com/*', 'https://twitter.com/*'],
    editors: ['[data-testid^="tweetTextarea_"][contenteditable]', '[data-testid^="tweetTextarea_"] [contenteditable]'],
    publish: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  },
  {
    // The share box was Quill (.ql-editor); newer boxes are TipTap (.ProseMirror). Both carry data-gramm="false".
    id: 'linkedin',
    code: 1,
    label: 'LinkedIn',
    matches: ['https://www.linkedin.com/*'],
    editors: ['.ql-editor[contenteditable]', '.ProseMirror[contenteditable]'],
    publish: ['.share-actions__primary-action', '.comments-comment-box__submit-button', '.comments-comment-box__submit-button--cr'],
    replies: ['.comments-comment-box', '.comments-comment-texteditor'],
  },
  {
    // Lexical editors, marked by Lexical itself with data-lexical-editor.
    id: 'facebook',
    code: 2,
    label: 'Facebook',
    matches: ['https://www.facebook.com/*'],
    editors: ['[contenteditable][role="textbox"][data-lexical-editor]'],
    publish: ['[role="button"][aria-label="Post"]', '[role="button"][aria-label="Comment"]'],
    replies: ['[aria-label^="Write a comment"]', '[aria-label^="Write a reply"]'],
  },
  {
    // Captions and comments are textareas on some screens, contenteditables on others.
    id: 'instagram',
    code: 3,
    label: 'Instagram',
    matches: ['https://www.instagram.com/*'],
    editors: ['textarea[aria-label]', 'form textarea', '[contenteditable][role="textbox"]'],
    publish: ['[role="button"][aria-label="Share"]'],
    replies: ['textarea[aria-label^="Add a comment"]'],
  },
  {
    // Lexical editors like Facebook's.
    id: 'threads',
    code: 4,
    label: 'Threads',
    matches: ['https://www.threads.net/*', 'https://www.threads.com/*'],
    editors: ['[contenteditable][role="textbox"][data-lexical-editor]'],
    publish: ['[role="button"][aria-label="Post"]'],
  },
  {
    // A plain textarea in the compose form; a reply shows the post it answers above it. Other servers
    // are added by the person as optional sites (the generic finder serves them).
    id: 'mastodon',
    code: 5,
    label: 'Mastodon',
    matches: ['https://mastodon.social/*'],
    editors: ['form.compose-form textarea'],
    publish: ['form.compose-form button[type="submit"]', '.compose-form__publish-button-wrapper button'],
    replies: ['form.compose-form:has(.reply-indicator)'],
  },
  {
    // A TipTap (ProseMirror) editor.
    id: 'bluesky',
    code: 6,
    label: 'Bluesky',
    matches: ['https://bsky.app/*'],
    editors: ['.ProseMirror[contenteditable]'],
    publish: ['[data-testid="composerPublishBtn"]'],
  },
  {
    // New Reddit puts a Lexical editor inside the shreddit-composer custom element (light DOM or its
    // shadow root); old Reddit uses plain textareas.
    id: 'reddit',
    code: 7,
    label: 'Reddit',
    matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
    editors: ['shreddit-composer [contenteditable][data-lexical-editor]', '[contenteditable][data-lexical-editor]', '.usertext-edit textarea'],
    shadowHosts: ['shreddit-composer'],
    publish: ['button[type="submit"]', '.usertext-buttons .save', '[slot="submit-button"]'],
    replies: ['comment-composer-host', '.commentarea .usertext-edit'],
  },
  {
    // Comment and community-post boxes are a plain contenteditable with a fixed id.
    id: 'youtube',
    code: 8,
    label: 'YouTube',
    matches: ['https://www.youtube.com/*'],
    editors: ['#contenteditable-root[contenteditable]'],
    publish: ['#submit-button', 'ytd-button-renderer#submit-button'],
    replies: ['ytd-commentbox'],
  },
] as const satisfies readonly SiteSpec[];

export type SiteId = (typeof SITES)[number]['id'];
