// The coach on one page: starts a CoachSession for each compose box the user focuses, and turns a post
// button click (or Ctrl/Cmd+Enter) followed by an emptied box into a "published" record.
import type { CoachMessenger } from '../messaging/client';
import { CoachSession, COACH_TAG } from './coach-session';
import { watchForPublish } from './publish-watch';
import { editorForTarget, type SiteAdapter } from './sites';
import { readEditorText } from './text/editable-text';

export interface CoachOptions {
  doc: Document;
  site: SiteAdapter;
  messenger: CoachMessenger;
  signal: AbortSignal;
}

export interface RunningCoach {
  sessions: ReadonlyMap<HTMLElement, CoachSession>;
}

/** The element an event really started on, inside open shadow roots (Reddit's composer). */
const originOf = (event: Event): Element | null => {
  const first = event.composedPath()[0];
  return first instanceof Element ? first : null;
};

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function startCoach({ doc, site, messenger, signal }: CoachOptions): RunningCoach {
  const sessions = new Map<HTMLElement, CoachSession>();
  const ignoredRules = new Set<string>();
  const watching = new Set<HTMLElement>();
  const win = doc.defaultView;
  if (!win) return { sessions };

  const coach = (target: Element | null): CoachSession | null => {
    if (!target || target.closest(COACH_TAG)) return null;
    const editor = editorForTarget(site, target);
    if (!editor) return null;
    const existing = sessions.get(editor);
    if (existing) return existing;
    const session = new CoachSession(editor, { site, messenger, ignoredRules, onEnd: (ended) => sessions.delete(ended.editor) });
    sessions.set(editor, session);
    return session;
  };

  const armPublish = (session: CoachSession) => {
    const { editor } = session;
    const text = readEditorText(editor);
    if (text.trim() === '' || watching.has(editor)) return;
    watching.add(editor);
    // The analysis of exactly what is being posted, started now while the text is still there.
    const final = session.analysed.text === text ? Promise.resolve(session.analysed) : messenger.analyze(text, site.id, [...ignoredRules]);
    const { maxFlags, applied } = session;
    watchForPublish({
      editor,
      win,
      onPublished: () => {
        void final.then((analysis) => {
          if (!analysis || !analysis.enabled) return;
          const rules = [...new Set(analysis.findings.map((f) => f.rule))];
          void messenger.published({
            type: 'published',
            verdict: analysis.verdict,
            rules,
            platform: site.id,
            improved: applied > 0 || maxFlags > analysis.findings.length,
            chars: text.length,
            publishedAt: Date.now(),
          });
        });
      },
    });
    win.setTimeout(() => watching.delete(editor), 5_500);
  };

  /** The box a post button sends: the one the user worked in last. */
  const lastActiveSession = (): CoachSession | null => {
    let latest: CoachSession | null = null;
    for (const session of sessions.values()) if (!latest || session.lastActive > latest.lastActive) latest = session;
    return latest;
  };

  doc.addEventListener('focusin', (event) => void coach(originOf(event)), { signal, capture: true });
  doc.addEventListener(
    'click',
    (event) => {
      const target = originOf(event);
      if (!target || target.closest(COACH_TAG) || !site.isPublishButton(target)) return;
      const session = lastActiveSession();
      if (session) armPublish(session);
    },
    { signal, capture: true },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      const target = originOf(event);
      const session = target ? coach(target) : null;
      if (session) armPublish(session);
    },
    { signal, capture: true },
  );
  signal.addEventListener('abort', () => {
    for (const session of [...sessions.values()]) session.end();
  });
  coach(deepActiveElement(doc));
  return { sessions };
}
