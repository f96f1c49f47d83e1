// The text of a compose box as the analyzer sees it, and the way back from text offsets to the DOM.
// Offsets are UTF-16, like the analyzer's. Non-breaking spaces (which idle contenteditables leave where
// spaces were typed) read as spaces; block boundaries and <br> read as "\n".

/** A run of the text that comes from one DOM text node. */
export interface TextSegment {
  node: Text;
  /** Offset in the extracted text where this node's data starts. */
  start: number;
  end: number;
}

export interface EditableText {
  text: string;
  /** Text-node segments in document order. Offsets between segments are virtual newlines. */
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

export const normalizeSpaces = (data: string): string => data.replace(/\u00a0/g, ' ');

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}

/** Reads a contenteditable's text with a map back to its text nodes. */
export function readContentEditable(root: Element): EditableText {
  let text = '';
  const segments: TextSegment[] = [];
  const newline = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ node: child as Text, start: text.length, end: text.length + data.length });
        text += normalizeSpaces(data);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName;
        if (tag === 'BR') {
          // A trailing <br> only keeps an empty block open; it is not a line of its own.
          if (element.nextSibling) text += '\n';
          continue;
        }
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) newline();
        walk(element);
        if (block) newline();
      }
    }
  };
  walk(root);
  // Ending newlines (from closing blocks) are layout, not text.
  while (text.endsWith('\n')) {
    const last = segments[segments.length - 1];
    if (last && last.end === text.length) break;
    text = text.slice(0, -1);
  }
  return { text, segments };
}

/** The text of any supported box: a textarea's value or a contenteditable's rendered text. */
export function readEditorText(editor: Element): string {
  return isTextField(editor) ? normalizeSpaces(editor.value) : readContentEditable(editor).text;
}

interface DomPoint {
  node: Text;
  offset: number;
}

function pointAt(segments: readonly TextSegment[], offset: number, side: 'start' | 'end'): DomPoint | null {
  for (const segment of segments) {
    if (side === 'start' ? offset < segment.end : offset <= segment.end) {
      // An offset before this segment sits on a virtual newline: snap into the segment.
      const inside = Math.max(offset, segment.start) - segment.start;
      return { node: segment.node, offset: inside };
    }
  }
  const last = segments[segments.length - 1];
  return side === 'end' && last ? { node: last.node, offset: last.end - last.start } : null;
}

/** A DOM Range over text[start, end) of a contenteditable read with readContentEditable. */
export function rangeForOffsets(doc: Document, read: EditableText, start: number, end: number): Range | null {
  if (start > end || end > read.text.length) return null;
  const from = pointAt(read.segments, start, 'start');
  const to = pointAt(read.segments, end, 'end');
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  if (range.collapsed && start !== end) return null;
  return range;
}
