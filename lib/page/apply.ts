// Fixes go in through the editor's own input path, never by editing its DOM: select the phrase, then
// execCommand('insertText'), which fires the beforeinput/input events editors (Draft.js, Lexical, Quill,
// ProseMirror) listen to, and puts the change on the browser's and the editor's undo stack.
import { isTextField, rangeForOffsets, readContentEditable, readEditorText } from './text/editable-text';

const settle = (win: Window) => new Promise<void>((resolve) => win.setTimeout(resolve, 30));

/**
 * Replaces text[start, end) with `replacement` if the editor still shows `expected` there.
 * Resolves true when the editor's text changed.
 */
export async function applyReplacement(editor: HTMLElement, start: number, end: number, expected: string, replacement: string): Promise<boolean> {
  const doc = editor.ownerDocument;
  const win = doc.defaultView;
  if (!win || !editor.isConnected) return false;
  const before = readEditorText(editor);
  if (before.slice(start, end) !== expected) return false;

  if (isTextField(editor)) {
    editor.focus();
    editor.setSelectionRange(start, end);
    if (!insert(doc, replacement)) {
      // No execCommand (a browser dropped it): the textarea's own API, with the event frameworks watch.
      editor.setRangeText(replacement, start, end, 'end');
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    }
    return readEditorText(editor) !== before;
  }

  const range = rangeForOffsets(doc, readContentEditable(editor), start, end);
  const selection = win.getSelection();
  if (!range || !selection) return false;
  editor.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(range);
  // Editors learn about the new selection from the (asynchronous) selectionchange event: let it arrive.
  await settle(win);
  if (!editor.isConnected) return false;
  if (selection.rangeCount === 0 || selection.toString().replace(/\u00a0/g, ' ') !== expected) {
    const again = rangeForOffsets(doc, readContentEditable(editor), start, end);
    if (!again) return false;
    selection.removeAllRanges();
    selection.addRange(again);
    await settle(win);
  }
  insert(doc, replacement);
  return readEditorText(editor) !== before;
}

function insert(doc: Document, replacement: string): boolean {
  try {
    // execCommand is deprecated but remains the one way to type "as the user" that editors and undo honour.
    return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
  } catch {
    return false;
  }
}
