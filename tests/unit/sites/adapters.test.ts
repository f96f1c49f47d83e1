// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { isCoachable } from '@/lib/page/editable';
import { adapterFor, editorForTarget, generic, siteAdapters } from '@/lib/page/sites';
import { SITES } from '@/lib/sites';
import { SITE_FIXTURES } from '../../fixtures/sites';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe.each(SITES.map((site) => ({ site, id: site.id, ...SITE_FIXTURES[site.id] })))('the $id adapter', ({ site, id, host, html, editor, post, reply }) => {
  it('serves its host', () => {
    expect(adapterFor(host).id).toBe(id);
  });

  it('finds the compose box from a focused element inside it', () => {
    document.body.innerHTML = html;
    const box = document.querySelector<HTMLElement>(editor)!;
    const inner = box.querySelector('span, p') ?? box;
    expect(adapterFor(host).editorFor(inner)).toBe(box);
  });

  it('knows its post button by its own selectors, and that the editor is not one', () => {
    document.body.innerHTML = html;
    const adapter = adapterFor(host);
    const button = document.querySelector(post)!;
    // The selectors alone, without the fallback that accepts any button labelled "Post".
    expect(button.closest(site.publish.join(', '))).not.toBeNull();
    expect(adapter.isPublishButton(button)).toBe(true);
    expect(adapter.isPublishButton(document.querySelector(editor)!)).toBe(false);
  });

  it('tells a reply or comment box from a new post', () => {
    document.body.innerHTML = html;
    const adapter = adapterFor(host);
    expect(adapter.isReply(document.querySelector(editor)!)).toBe(false);
    if (!reply) return;
    document.body.innerHTML = reply.html;
    const box = document.querySelector<HTMLElement>(reply.editor)!;
    expect(adapter.editorFor(box)).toBe(box);
    expect(adapter.isReply(box)).toBe(true);
  });
});

describe('new Reddit', () => {
  const composer = (tag: string) => {
    document.body.innerHTML = `<${tag}></${tag}>`;
    const shadow = document.querySelector(tag)!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" data-lexical-editor="true"><p>hi</p></div>';
    return shadow.querySelector<HTMLElement>('[contenteditable]')!;
  };

  it('finds the Lexical editor inside shreddit-composer’s shadow root', () => {
    const box = composer('shreddit-composer');
    expect(editorForTarget(adapterFor('www.reddit.com'), box.querySelector('p')!)).toBe(box);
  });

  it('leaves an editor in another element’s shadow root to the generic finder', () => {
    const box = composer('some-widget');
    expect(adapterFor('www.reddit.com').editorFor(box.querySelector('p')!)).toBeNull();
  });

  it('knows a comment box from the composer host around its shadow root', () => {
    document.body.innerHTML = '<comment-composer-host><shreddit-composer></shreddit-composer></comment-composer-host>';
    const shadow = document.querySelector('shreddit-composer')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" data-lexical-editor="true"><p>hi</p></div>';
    const box = shadow.querySelector<HTMLElement>('[contenteditable]')!;
    expect(adapterFor('www.reddit.com').isReply(box)).toBe(true);
  });
});

describe('the generic finder', () => {
  it('is used on sites without an adapter and finds textboxes and textareas, not every contenteditable', () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox" id="a"><p>hi</p></div><textarea id="b"></textarea><div contenteditable="true" id="c"><p>hi</p></div>';
    expect(adapterFor('example.com')).toBe(generic);
    expect(generic.editorFor(document.querySelector('#a p')!)?.id).toBe('a');
    expect(generic.editorFor(document.querySelector('#b')!)?.id).toBe('b');
    expect(generic.editorFor(document.querySelector('#c p')!)).toBeNull();
    expect(generic.isReply(document.querySelector('#b')!)).toBe(false);
  });

  it('takes over when a site changed its markup', () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox" id="a"><p>hi</p></div>';
    expect(editorForTarget(adapterFor('x.com'), document.querySelector('p')!)?.id).toBe('a');
  });
});

describe('opting out', () => {
  const linkedIn = SITE_FIXTURES.linkedin;

  it('coaches LinkedIn’s share box, which turns Grammarly away with data-gramm="false"', () => {
    document.body.innerHTML = linkedIn.html;
    const box = document.querySelector<HTMLElement>(linkedIn.editor)!;
    expect(box.getAttribute('data-gramm')).toBe('false');
    expect(editorForTarget(adapterFor(linkedIn.host), box.querySelector('p')!)).toBe(box);
  });

  it.each([
    ['data-gramm="false" on the box', '<div contenteditable="true" role="textbox" data-gramm="false" id="e"><p>hi</p></div>'],
    ['data-enable-grammarly="false" on its form', '<form data-enable-grammarly="false"><textarea id="e"></textarea></form>'],
  ])('leaves a box on a site Muffin does not know alone when it has %s', (_name, html) => {
    document.body.innerHTML = html;
    const box = document.getElementById('e')!;
    expect(editorForTarget(adapterFor('forum.example'), box.firstElementChild ?? box)).toBeNull();
    // Without the attribute, the same box is coached.
    box.closest('[data-gramm], [data-enable-grammarly]')!.removeAttribute(box.hasAttribute('data-gramm') ? 'data-gramm' : 'data-enable-grammarly');
    expect(editorForTarget(adapterFor('forum.example'), box.firstElementChild ?? box)).toBe(box);
  });

  it('honours data-muffin="off" everywhere: on a known site, on the generic finder, and around the box', () => {
    document.body.innerHTML = linkedIn.html.replace('data-gramm="false"', 'data-muffin="off"');
    expect(adapterFor(linkedIn.host).editorFor(document.querySelector(`${linkedIn.editor} p`)!)).toBeNull();
    document.body.innerHTML = '<section data-muffin="off"><textarea id="e"></textarea></section>';
    expect(editorForTarget(adapterFor('forum.example'), document.getElementById('e')!)).toBeNull();
    expect(editorForTarget(adapterFor('www.instagram.com'), document.getElementById('e')!)).toBeNull();
  });

  it.each([
    ['a password field', '<input type="password" id="e">'],
    ['a card number', '<textarea autocomplete="cc-number" id="e"></textarea>'],
    ['a payment box by name', '<textarea name="card_number" id="e"></textarea>'],
    ['a read-only textarea', '<textarea readonly id="e"></textarea>'],
    ['a contenteditable="false" element', '<div contenteditable="false" role="textbox" id="e"></div>'],
  ])('never reads %s, on any site', (_name, html) => {
    document.body.innerHTML = html;
    const element = document.getElementById('e')!;
    expect(isCoachable(element)).toBe(false);
    for (const site of [...siteAdapters, generic]) expect(site.editorFor(element)).toBeNull();
  });
});
