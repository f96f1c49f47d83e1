/**
 * What these helpers need of a page: a function run in it with one argument. Playwright's Page is one;
 * the Firefox tests adapt Puppeteer's (tests/firefox/support).
 */
export interface EvaluatesInPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The editor's own model text, read through the fixture's editor library. */
export const modelText = (page: EvaluatesInPage): Promise<string> =>
  page.evaluate(() => (window as unknown as { __muffinFixture: { getText(): string } }).__muffinFixture.getText(), undefined);

/**
 * Client rects of `phrase` as the page shows it: for a contenteditable, a Range over its text nodes; for a
 * textarea, a mirror written here independently of the extension's.
 */
export function phraseRects(page: EvaluatesInPage, phrase: string): Promise<Rect[]> {
  return page.evaluate((phrase) => {
    const toRect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const area = document.querySelector('textarea[data-editor-mount]') as HTMLTextAreaElement | null;
    if (area) {
      const style = getComputedStyle(area);
      const mirror = document.createElement('div');
      for (const key of ['font', 'padding', 'border', 'lineHeight', 'letterSpacing', 'boxSizing', 'wordSpacing'] as const) mirror.style[key] = style[key];
      const rect = area.getBoundingClientRect();
      Object.assign(mirror.style, { position: 'fixed', left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, whiteSpace: 'pre-wrap', overflowWrap: 'break-word', visibility: 'hidden' });
      mirror.textContent = area.value;
      document.body.append(mirror);
      const index = area.value.indexOf(phrase);
      const range = document.createRange();
      range.setStart(mirror.firstChild!, index);
      range.setEnd(mirror.firstChild!, index + phrase.length);
      const rects = [...range.getClientRects()].map(toRect);
      mirror.remove();
      return rects;
    }
    // The editor, in the page or inside a custom element's open shadow root (Reddit's shreddit-composer).
    const mount = document.querySelector('[data-editor-mount]') ?? document.querySelector('shreddit-composer')?.shadowRoot?.querySelector('[data-editor-mount]');
    const walker = document.createTreeWalker(mount ?? document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = '';
    while (walker.nextNode()) {
      nodes.push(walker.currentNode as Text);
      text += (walker.currentNode as Text).data.replace(/\u00a0/g, ' ');
    }
    const start = text.indexOf(phrase);
    if (start < 0) return [];
    const range = document.createRange();
    let offset = 0;
    for (const node of nodes) {
      const end = offset + node.data.length;
      if (start >= offset && start < end) range.setStart(node, start - offset);
      if (start + phrase.length > offset && start + phrase.length <= end) range.setEnd(node, start + phrase.length - offset);
      offset = end;
    }
    return [...range.getClientRects()].map(toRect);
  }, phrase);
}

/** Rects of the coach's underlines for one rule, read from its open shadow root. */
export function underlineRects(page: EvaluatesInPage, rule: string): Promise<Rect[]> {
  return page.evaluate((rule) => {
    const marks = [...document.querySelectorAll('muffin-coach')].flatMap((host) => [...(host.shadowRoot?.querySelectorAll(`.mark[data-rule="${rule}"]`) ?? [])]);
    return marks.map((m) => {
      const r = m.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  }, rule);
}

export const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** True when every line of the phrase is covered by an underline, and every underline sits on the phrase. */
export function coversPhrase(marks: Rect[], phrase: Rect[]): boolean {
  const lines = phrase.filter((r) => r.right - r.left > 1);
  return marks.length > 0 && lines.length > 0 && lines.every((p) => marks.some((m) => overlaps(m, p))) && marks.every((m) => lines.some((p) => overlaps(m, p)));
}
