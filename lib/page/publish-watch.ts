// A post counts as published when the site's post button (or Ctrl/Cmd+Enter) was used and, within a few
// seconds, the compose box empties, closes or leaves the page. If the text is still there, it was not.
import { readEditorText } from './text/editable-text';

export const PUBLISH_WINDOW_MS = 5_000;
const POLL_MS = 200;

export interface PublishWatchOptions {
  editor: HTMLElement;
  win: Window;
  /** Called once, when the box has emptied or gone. */
  onPublished(): void;
  windowMs?: number;
}

function closed(editor: HTMLElement): boolean {
  if (!editor.isConnected) return true;
  // Still in the DOM but hidden (a modal that closed and was kept for later).
  return editor.getClientRects().length === 0;
}

/** Starts watching; returns a function that stops early. */
export function watchForPublish({ editor, win, onPublished, windowMs = PUBLISH_WINDOW_MS }: PublishWatchOptions): () => void {
  const started = Date.now();
  const timer = win.setInterval(() => {
    if (closed(editor) || readEditorText(editor).trim() === '') {
      stop();
      onPublished();
    } else if (Date.now() - started > windowMs) {
      stop();
    }
  }, POLL_MS);
  const stop = () => win.clearInterval(timer);
  return stop;
}
