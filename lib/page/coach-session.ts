// One coached compose box: watches its text, asks the background for an analysis, and draws the overlay
// in a <muffin-coach> element beside the page's content. It never writes to the editor's DOM; fixes go
// through applyReplacement (the editor's own input path).
import { i18n } from '#i18n';
import { h, render } from 'preact';
import { CoachOverlay } from '@/components/coach/CoachOverlay';
import type { CardView, CoachActions, CoachView, UnderlineView } from '@/components/coach/types';
import type { Verdict } from '../analysis/types';
import type { CoachMessenger } from '../messaging/client';
import type { CoachFinding } from '../messaging/protocol';
import { applyReplacement } from './apply';
import { boxOf, clipBox, containsPoint, mergeLineRects, type Box } from './overlay/geometry';
import { COACH_CSS } from './overlay/styles';
import { TextareaMirror } from './overlay/textarea-mirror';
import type { SiteAdapter } from './sites';
import { isTextField, rangeForOffsets, readContentEditable, readEditorText } from './text/editable-text';

export const COACH_TAG = 'muffin-coach';
/** Quiet time after the last keystroke before the draft is analysed again. */
export const ANALYSIS_DEBOUNCE_MS = 150;
const HOVER_CLOSE_MS = 350;
/**
 * While the person types, underlines follow the text at most this often rather than every frame: the
 * editor's own work per keystroke comes first (typing speed is a goal), and a word moves a few pixels.
 */
export const TYPING_REDRAW_MS = 80;

export interface SessionDeps {
  site: SiteAdapter;
  messenger: CoachMessenger;
  /** Rules the user chose to ignore, shared by every box on the page. */
  ignoredRules: Set<string>;
  onEnd(session: CoachSession): void;
}

export interface AnalysedDraft {
  /** False when Muffin is paused or off on this site. */
  enabled: boolean;
  text: string;
  verdict: Verdict;
  findings: CoachFinding[];
}

const findingKey = (text: string, finding: CoachFinding) => `${finding.rule}\u0000${text.slice(finding.start, finding.end)}`;

export class CoachSession {
  readonly host: HTMLElement;
  /** Draft as last analysed. */
  analysed: AnalysedDraft = { enabled: true, text: '', verdict: 'none', findings: [] };
  /** Most flags the draft had at once, and fixes applied: whether the post improved before it went out. */
  maxFlags = 0;
  applied = 0;
  lastActive = Date.now();

  private readonly doc: Document;
  private readonly win: Window;
  private readonly layer: HTMLDivElement;
  private readonly mirror: TextareaMirror | null;
  private readonly abort = new AbortController();
  private readonly observer: MutationObserver;
  private readonly dismissed = new Set<string>();
  private visible: CoachFinding[] = [];
  private underlines: UnderlineView[] = [];
  private card: CardView | null = null;
  private cardPinned = false;
  private overCard = false;
  private listOpen = false;
  private whyOpen = false;
  private savedSelection: Range | null = null;
  private analysisTimer = 0;
  private typingTimer = 0;
  private hoverTimer = 0;
  private frame = 0;
  private requestSeq = 0;
  private ended = false;

  constructor(
    readonly editor: HTMLElement,
    private readonly deps: SessionDeps,
  ) {
    this.doc = editor.ownerDocument;
    const win = this.doc.defaultView;
    if (!win) throw new Error('Muffin: the editor has no window');
    this.win = win;

    this.host = this.doc.createElement(COACH_TAG);
    this.host.setAttribute('style', 'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483646 !important; pointer-events: none !important;');
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = COACH_CSS;
    this.layer = this.doc.createElement('div');
    this.layer.className = 'layer';
    // The coach speaks the extension's language, whatever the page's.
    this.layer.lang = i18n.t('lang');
    this.layer.dir = i18n.t('@@bidi_dir');
    shadow.append(style, this.layer);
    this.mirror = isTextField(editor) ? new TextareaMirror(shadow, this.doc) : null;
    // Beside the page's content, never inside the editor; inside a modal <dialog> so it shares its top layer.
    (editor.closest('dialog') ?? this.doc.body ?? this.doc.documentElement).append(this.host);

    const signal = this.abort.signal;
    // Only the person acts on the coach. The shadow root is open, so a page script can reach its buttons
    // and click "Apply" or "Ignore this rule"; such events are not trusted, and stop here.
    for (const type of ['click', 'keydown'] as const) {
      shadow.addEventListener(type, (event) => event.isTrusted || event.stopImmediatePropagation(), { signal, capture: true });
    }
    const changed = () => this.textChanged();
    editor.addEventListener('input', changed, { signal });
    // Draft.js and Lexical: the first character fires beforeinput without input.
    editor.addEventListener('beforeinput', changed, { signal });
    editor.addEventListener('keydown', (event) => this.onEditorKeyDown(event), { signal, capture: true });
    editor.addEventListener('focus', () => (this.lastActive = Date.now()), { signal });
    this.win.addEventListener('scroll', () => this.scheduleDraw(), { signal, capture: true, passive: true });
    this.win.addEventListener('resize', () => this.scheduleDraw(), { signal, passive: true });
    this.doc.addEventListener('mousemove', (event) => this.onMouseMove(event), { signal, passive: true });
    this.doc.addEventListener('click', (event) => this.onDocumentClick(event), { signal, capture: true });
    // Keys pressed in the card stay in the card: sites bind single-letter shortcuts on the document.
    this.host.addEventListener('keydown', (event) => event.stopPropagation(), { signal });
    this.observer = new MutationObserver(changed);
    this.observer.observe(editor, { childList: true, subtree: true, characterData: true });
    if (typeof ResizeObserver !== 'undefined') {
      const resize = new ResizeObserver(() => this.scheduleDraw());
      resize.observe(editor);
      signal.addEventListener('abort', () => resize.disconnect());
    }
    this.textChanged();
  }

  get findings(): readonly CoachFinding[] {
    return this.visible;
  }

  /** Analyses now (skipping the debounce); resolves when the overlay has the result. */
  async analyseNow(): Promise<void> {
    this.win.clearTimeout(this.analysisTimer);
    await this.analyse();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.abort.abort();
    this.observer.disconnect();
    this.win.clearTimeout(this.analysisTimer);
    this.win.clearTimeout(this.typingTimer);
    this.win.clearTimeout(this.hoverTimer);
    this.win.cancelAnimationFrame(this.frame);
    render(null, this.layer);
    this.host.remove();
    this.deps.onEnd(this);
  }

  private textChanged(): void {
    if (this.ended) return;
    this.lastActive = Date.now();
    if (!this.typingTimer) {
      this.typingTimer = this.win.setTimeout(() => {
        this.typingTimer = 0;
        this.scheduleDraw();
      }, TYPING_REDRAW_MS);
    }
    this.win.clearTimeout(this.analysisTimer);
    this.analysisTimer = this.win.setTimeout(() => void this.analyse(), ANALYSIS_DEBOUNCE_MS);
  }

  private async analyse(): Promise<void> {
    if (this.ended) return;
    if (!this.editor.isConnected) return this.end();
    const text = readEditorText(this.editor);
    const seq = ++this.requestSeq;
    const result = text.trim() === '' ? { enabled: this.analysed.enabled, verdict: 'none' as const, findings: [] } : await this.deps.messenger.analyze(text, this.deps.site.id, [...this.deps.ignoredRules]);
    if (this.ended || seq !== this.requestSeq || !result) return;
    this.analysed = { enabled: result.enabled, text, verdict: result.verdict, findings: result.findings };
    this.maxFlags = Math.max(this.maxFlags, result.findings.length);
    this.scheduleDraw();
  }

  private scheduleDraw(): void {
    if (this.ended || this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Recomputes every rectangle from the editor as it is now, and renders. */
  private draw(): void {
    if (this.ended) return;
    const started = performance.now();
    this.drawNow();
    // Benchmarks (bench/coach.bench.ts) mark the page to collect each redraw's cost.
    if (this.doc.documentElement.hasAttribute('data-muffin-bench')) performance.measure('muffin:draw', { start: started });
  }

  private drawNow(): void {
    if (!this.editor.isConnected) return this.end();
    const layoutStarted = performance.now();
    // Forces the page's pending layout (its own work for this frame, done here a little earlier).
    const editorRect = this.editor.getBoundingClientRect();
    if (this.doc.documentElement.hasAttribute('data-muffin-bench')) performance.measure('muffin:draw-layout', { start: layoutStarted });
    const shown = this.analysed.enabled && editorRect.width > 0 && editorRect.height > 0;
    const editorBox = boxOf(editorRect);
    const current = isTextField(this.editor) ? null : readContentEditable(this.editor);
    const currentText = current ? current.text : readEditorText(this.editor);
    const { text, findings } = this.analysed;
    const previous = this.card ? this.visible[this.card.index] : undefined;
    // Findings whose words have changed since the analysis wait for the next one.
    this.visible = findings.filter(
      (f) =>
        !this.deps.ignoredRules.has(f.rule) &&
        !this.dismissed.has(findingKey(text, f)) &&
        currentText.slice(f.start, f.end) === text.slice(f.start, f.end),
    );
    if (this.card) {
      const index = previous ? this.visible.indexOf(previous) : -1;
      this.card = index >= 0 ? { ...this.card, index } : null;
    }
    this.underlines = [];
    if (shown) {
      if (this.mirror && isTextField(this.editor)) this.mirror.sync(this.editor as HTMLTextAreaElement);
      for (const [index, finding] of this.visible.entries()) {
        let rects: Box[] = [];
        if (this.mirror) {
          rects = this.mirror.rectsFor(finding.start, finding.end);
        } else if (current) {
          const range = rangeForOffsets(this.doc, current, finding.start, finding.end);
          rects = range ? [...range.getClientRects()].map(boxOf) : [];
        }
        rects = mergeLineRects(rects)
          .map((r) => clipBox(r, editorBox))
          .filter((r): r is Box => r !== null);
        this.underlines.push({ index, finding, rects });
      }
      // Long findings (a whole sentence) underneath, short ones on top.
      this.underlines.sort((a, b) => b.finding.end - b.finding.start - (a.finding.end - a.finding.start));
    }
    if (this.card) {
      const anchor = this.underlines.find((u) => u.index === this.card?.index)?.rects[0];
      if (anchor) this.card = { ...this.card, anchor };
    }
    const view: CoachView = {
      findings: this.visible,
      verdict: this.analysed.verdict,
      underlines: this.underlines,
      editor: shown && currentText.trim() !== '' ? editorBox : null,
      card: shown ? this.card : null,
      listOpen: this.listOpen,
      whyOpen: this.whyOpen,
    };
    render(h(CoachOverlay, { view, actions: this.actions }), this.layer);
  }

  private hitTest(x: number, y: number): { index: number; rect: Box } | null {
    let best: { index: number; rect: Box; length: number } | null = null;
    for (const { index, finding, rects } of this.underlines) {
      const rect = rects.find((r) => containsPoint(r, x, y));
      const length = finding.end - finding.start;
      if (rect && (!best || length < best.length)) best = { index, rect, length };
    }
    return best;
  }

  private onMouseMove(event: MouseEvent): void {
    if (this.underlines.length === 0 && !this.card) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit) {
      this.win.clearTimeout(this.hoverTimer);
      if (this.card?.index !== hit.index && !(this.cardPinned && this.card)) {
        this.card = { index: hit.index, anchor: hit.rect, focus: false };
        this.whyOpen = false;
        this.scheduleDraw();
      }
    } else if (this.card && !this.cardPinned && !this.overCard) {
      this.win.clearTimeout(this.hoverTimer);
      this.hoverTimer = this.win.setTimeout(() => {
        if (!this.cardPinned && !this.overCard) this.closeCard(false);
      }, HOVER_CLOSE_MS);
    }
  }

  private onDocumentClick(event: MouseEvent): void {
    if (event.composedPath().includes(this.host)) return;
    const hit = this.hitTest(event.clientX, event.clientY);
    if (hit) {
      this.card = { index: hit.index, anchor: hit.rect, focus: false };
      this.cardPinned = true;
      this.scheduleDraw();
    } else if (this.card || this.listOpen) {
      this.listOpen = false;
      this.closeCard(false);
    }
  }

  private onEditorKeyDown(event: KeyboardEvent): void {
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyM') {
      event.preventDefault();
      event.stopPropagation();
      this.moveTo(1);
    } else if (event.key === 'Escape' && (this.card || this.listOpen)) {
      event.stopPropagation();
      this.listOpen = false;
      this.closeCard(false);
    }
  }

  /** Opens the card of the next (or previous) flag and moves focus into it. */
  private moveTo(step: 1 | -1): void {
    if (this.visible.length === 0) return;
    this.saveSelection();
    const from = this.card ? this.card.index : step === 1 ? -1 : 0;
    const index = (from + step + this.visible.length) % this.visible.length;
    this.openCard(index, true);
  }

  private openCard(index: number, focus: boolean): void {
    const rect = this.underlines.find((u) => u.index === index)?.rects[0];
    const anchor = rect ?? boxOf(this.editor.getBoundingClientRect());
    if (focus) this.saveSelection();
    this.card = { index, anchor, focus };
    this.cardPinned = true;
    this.whyOpen = false;
    this.listOpen = false;
    this.scheduleDraw();
  }

  private closeCard(returnFocus: boolean): void {
    this.win.clearTimeout(this.hoverTimer);
    const hadCard = this.card !== null;
    this.card = null;
    this.cardPinned = false;
    this.overCard = false;
    this.whyOpen = false;
    if (returnFocus) this.restoreFocus();
    if (hadCard || returnFocus) this.scheduleDraw();
  }

  private saveSelection(): void {
    if (this.savedSelection || isTextField(this.editor)) return;
    const selection = this.win.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    this.savedSelection = range && this.editor.contains(range.startContainer) ? range.cloneRange() : null;
  }

  /** Focus goes back to the editor, with the caret where the user left it. */
  private restoreFocus(): void {
    this.editor.focus({ preventScroll: true });
    const saved = this.savedSelection;
    this.savedSelection = null;
    const selection = this.win.getSelection();
    if (saved && selection && this.editor.contains(saved.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(saved);
    }
  }

  private readonly actions: CoachActions = {
    apply: (index) => {
      const finding = this.visible[index];
      const replacement = finding?.suggestion?.replacement;
      if (!finding || replacement === undefined) return;
      const expected = this.analysed.text.slice(finding.start, finding.end);
      this.savedSelection = null;
      this.closeCard(false);
      void applyReplacement(this.editor, finding.start, finding.end, expected, replacement).then((changed) => {
        if (changed) {
          this.applied++;
          this.textChanged();
        }
      });
    },
    dismiss: (index) => {
      const finding = this.visible[index];
      if (finding) this.dismissed.add(findingKey(this.analysed.text, finding));
      this.closeCard(this.card?.focus ?? false);
    },
    ignoreRule: (index, scope) => {
      const finding = this.visible[index];
      if (finding) {
        // This tab is on one site, so either scope hides the rule here at once.
        this.deps.ignoredRules.add(finding.rule);
        void this.deps.messenger.ignoreRule(finding.rule, scope);
      }
      this.closeCard(this.card?.focus ?? false);
    },
    why: () => {
      this.whyOpen = !this.whyOpen;
      this.scheduleDraw();
    },
    openHelp: (index) => {
      const finding = this.visible[index];
      if (finding) void this.deps.messenger.openRuleHelp(finding.rule);
    },
    openCard: (index, focus) => this.openCard(index, focus),
    closeCard: (returnFocus) => this.closeCard(returnFocus),
    next: (step) => this.moveTo(step),
    toggleList: () => {
      this.listOpen = !this.listOpen;
      if (this.listOpen) this.card = null;
      this.scheduleDraw();
    },
    hoverCard: (inside) => {
      this.overCard = inside;
      if (inside) this.win.clearTimeout(this.hoverTimer);
    },
  };
}
