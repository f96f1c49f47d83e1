// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { rangeForOffsets, readContentEditable, readEditorText } from '@/lib/page/text/editable-text';

function editor(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector('[contenteditable]')!;
}

// The DOM each editor library renders for two paragraphs, "Hello there" and "Come by".
const MARKUP: [string, string][] = [
  ['Draft.js', '<div contenteditable="true"><div data-contents="true"><div data-block="true"><div data-offset-key="a"><span data-offset-key="a"><span data-text="true">Hello\u00a0there</span></span></div></div><div data-block="true"><div data-offset-key="b"><span data-offset-key="b"><span data-text="true">Come by</span></span></div></div></div></div>'],
  ['Lexical', '<div contenteditable="true" data-lexical-editor="true"><p dir="ltr"><span data-lexical-text="true">Hello there</span></p><p dir="ltr"><span data-lexical-text="true">Come by</span></p></div>'],
  ['Quill', '<div class="ql-editor" contenteditable="true"><p>Hello there</p><p>Come by</p></div>'],
  ['ProseMirror', '<div class="ProseMirror" contenteditable="true"><p>Hello <strong>there</strong></p><p>Come by<br class="ProseMirror-trailingBreak"></p></div>'],
  ['a bare contenteditable', '<div contenteditable="true">Hello&nbsp;there<br>Come by</div>'],
];

describe.each(MARKUP)('text of a %s editor', (_name, html) => {
  it('reads as the user sees it, spaces normalised, one newline between blocks', () => {
    expect(readContentEditable(editor(html)).text).toBe('Hello there\nCome by');
  });

  it.each([
    [0, 5, 'Hello'],
    [6, 11, 'there'],
    [12, 19, 'Come by'],
    [6, 16, 'there\nCome'],
  ])('maps offsets %i–%i back to a DOM range over %j', (start, end, expected) => {
    const root = editor(html);
    const read = readContentEditable(root);
    const range = rangeForOffsets(document, read, start, end)!;
    expect(range).not.toBeNull();
    expect(range.toString().replace(/\u00a0/g, ' ').replace(/\n/g, '')).toBe(expected.replace('\n', ''));
  });
});

describe('readEditorText', () => {
  it('reads a textarea value', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea')!;
    area.value = 'One\u00a0two\nthree';
    expect(readEditorText(area)).toBe('One two\nthree');
  });

  it('skips an empty paragraph kept open by a <br>', () => {
    expect(readContentEditable(editor('<div contenteditable="true"><p><br></p></div>')).text).toBe('');
  });

  it('refuses offsets outside the text', () => {
    const root = editor('<div contenteditable="true"><p>Hi</p></div>');
    expect(rangeForOffsets(document, readContentEditable(root), 1, 9)).toBeNull();
  });
});
