// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { isCoachable } from '@/lib/page/editable';
import { adapterFor, editorForTarget, generic, siteAdapters } from '@/lib/page/sites';

// Each site's compose box as its markup stood when the adapter was written, and its post button.
const SITES: { id: string; host: string; html: string; editor: string; post: string }[] = [
  {
    id: 'x',
    host: 'x.com',
    html: '<div data-testid="tweetTextarea_0_label"><div class="DraftEditor-root"><div contenteditable="true" role="textbox" data-testid="tweetTextarea_0" id="e"><div data-contents="true"><div data-block="true"><span data-text="true">hi</span></div></div></div></div></div><button data-testid="tweetButtonInline" id="p"><span>Post</span></button>',
    editor: '#e',
    post: '#p span',
  },
  {
    id: 'linkedin',
    host: 'www.linkedin.com',
    html: '<div class="ql-container"><div class="ql-editor" contenteditable="true" id="e"><p>hi</p></div></div><button class="share-actions__primary-action" id="p">Post</button>',
    editor: '#e',
    post: '#p',
  },
  {
    id: 'facebook',
    host: 'www.facebook.com',
    html: '<form><div contenteditable="true" role="textbox" data-lexical-editor="true" id="e"><p><span data-lexical-text="true">hi</span></p></div><div role="button" aria-label="Post" id="p"><span>Post</span></div></form>',
    editor: '#e',
    post: '#p span',
  },
  {
    id: 'threads',
    host: 'www.threads.com',
    html: '<div contenteditable="true" role="textbox" data-lexical-editor="true" id="e"><p>hi</p></div><div role="button" id="p">Post</div>',
    editor: '#e',
    post: '#p',
  },
  {
    id: 'instagram',
    host: 'www.instagram.com',
    html: '<form><textarea aria-label="Add a comment…" id="e"></textarea><div role="button" id="p">Post</div></form>',
    editor: '#e',
    post: '#p',
  },
  {
    id: 'mastodon',
    host: 'mastodon.social',
    html: '<form class="compose-form"><textarea id="e"></textarea><button type="submit" id="p">Post</button></form>',
    editor: '#e',
    post: '#p',
  },
  {
    id: 'bluesky',
    host: 'bsky.app',
    html: '<div class="ProseMirror" contenteditable="true" id="e"><p>hi</p></div><button data-testid="composerPublishBtn" id="p"><div>Post</div></button>',
    editor: '#e',
    post: '#p div',
  },
  {
    id: 'reddit',
    host: 'old.reddit.com',
    html: '<div class="usertext-edit"><textarea name="text" id="e"></textarea></div><div class="usertext-buttons"><button class="save" id="p">save</button></div>',
    editor: '#e',
    post: '#p',
  },
  {
    id: 'youtube',
    host: 'www.youtube.com',
    html: '<div id="contenteditable-root" contenteditable="true" aria-label="Add a comment…"></div><ytd-button-renderer id="submit-button"><button id="p">Comment</button></ytd-button-renderer>',
    editor: '#contenteditable-root',
    post: '#p',
  },
];

beforeEach(() => {
  document.body.innerHTML = '';
});

describe.each(SITES)('the $id adapter', ({ id, host, html, editor, post }) => {
  it('serves its host', () => {
    expect(adapterFor(host).id).toBe(id);
  });

  it('finds the compose box, from the page and from a focused element inside it', () => {
    document.body.innerHTML = html;
    const site = adapterFor(host);
    const box = document.querySelector<HTMLElement>(editor)!;
    expect(site.findEditors(document)).toEqual([box]);
    const inner = box.querySelector('span, p') ?? box;
    expect(editorForTarget(site, inner)).toBe(box);
  });

  it('knows its post button, and that the editor is not one', () => {
    document.body.innerHTML = html;
    const site = adapterFor(host);
    expect(site.isPublishButton(document.querySelector(post)!)).toBe(true);
    expect(site.isPublishButton(document.querySelector(editor)!)).toBe(false);
  });
});

describe('new Reddit', () => {
  it('finds the Lexical editor inside shreddit-composer’s shadow root', () => {
    document.body.innerHTML = '<shreddit-composer></shreddit-composer>';
    const host = document.querySelector('shreddit-composer')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" role="textbox" data-lexical-editor="true"><p>hi</p></div>';
    const box = shadow.querySelector<HTMLElement>('[contenteditable]')!;
    const reddit = adapterFor('www.reddit.com');
    expect(reddit.findEditors(document)).toEqual([box]);
    expect(editorForTarget(reddit, box.querySelector('p')!)).toBe(box);
  });
});

describe('the generic finder and what Muffin never reads', () => {
  it('is used on sites without an adapter and finds textboxes and textareas', () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox" id="a"></div><textarea id="b"></textarea><div contenteditable="true" id="c"></div>';
    expect(adapterFor('example.com')).toBe(generic);
    expect(generic.findEditors(document).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('falls back to the generic finder when a site changed its markup', () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox" id="a"><p>hi</p></div>';
    expect(editorForTarget(adapterFor('x.com'), document.querySelector('p')!)?.id).toBe('a');
  });

  it.each([
    ['a password field', '<input type="password" id="e">'],
    ['a card number', '<textarea autocomplete="cc-number" id="e"></textarea>'],
    ['a payment box by name', '<textarea name="card_number" id="e"></textarea>'],
    ['a box that opted out of Grammarly', '<textarea data-gramm="false" id="e"></textarea>'],
    ['a box inside an opted-out form', '<form data-enable-grammarly="false"><div contenteditable="true" role="textbox" id="e"></div></form>'],
    ['a read-only textarea', '<textarea readonly id="e"></textarea>'],
    ['a contenteditable="false" element', '<div contenteditable="false" role="textbox" id="e"></div>'],
  ])('skips %s', (_name, html) => {
    document.body.innerHTML = html;
    const element = document.getElementById('e')!;
    expect(isCoachable(element)).toBe(false);
    for (const site of [...siteAdapters, generic]) expect(site.findEditors(document)).toEqual([]);
  });
});
