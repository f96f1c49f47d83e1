import { boxOf, type Box } from './geometry';

// A textarea's text is not in the DOM, so its words have no rects. The mirror is an invisible div in the
// coach's shadow root with the textarea's box, font and wrapping, laid over it and scrolled like it: a
// Range over the mirror's text then gives the textarea words' rects.

const COPIED_STYLES = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle',
  'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign', 'direction', 'tabSize',
  'overflowWrap', 'wordBreak', 'whiteSpace',
] as const;

export class TextareaMirror {
  readonly element: HTMLDivElement;
  private readonly text: Text;

  constructor(container: Node, doc: Document) {
    this.element = doc.createElement('div');
    this.element.className = 'mirror';
    this.element.setAttribute('aria-hidden', 'true');
    this.text = doc.createTextNode('');
    this.element.append(this.text);
    container.appendChild(this.element);
  }

  /** Copies the textarea's box, font, text and scroll position: once per redraw, before rectsFor. */
  sync(area: HTMLTextAreaElement): void {
    const view = area.ownerDocument.defaultView;
    if (!view) return;
    const computed = view.getComputedStyle(area);
    const style = this.element.style;
    for (const key of COPIED_STYLES) style[key] = computed[key];
    if (computed.whiteSpace === 'normal' || computed.whiteSpace === '') style.whiteSpace = 'pre-wrap';
    const rect = area.getBoundingClientRect();
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    // A trailing newline needs something after it to take up a line, as it does in the textarea.
    const value = area.value + ' ';
    if (this.text.data !== value) this.text.data = value;
    this.element.scrollTop = area.scrollTop;
    this.element.scrollLeft = area.scrollLeft;
  }

  /** Viewport rects of text[start, end) as the textarea shows it (after sync). */
  rectsFor(start: number, end: number): Box[] {
    const length = this.text.data.length - 1;
    const range = this.element.ownerDocument.createRange();
    range.setStart(this.text, Math.min(start, length));
    range.setEnd(this.text, Math.min(end, length));
    return [...range.getClientRects()].map(boxOf);
  }

  remove(): void {
    this.element.remove();
  }
}
