// The background's side of the messaging layer: takes messages from the runtime (the coach's one-off
// messages) and from the request port (pages' requests that report progress), checks each one
// (validate.ts), and hands it to its handler. Answers through sendResponse and returns true, rather than
// returning a Promise, because that works in Chrome, Firefox and wxt's fakeBrowser alike.
import { browser, type Browser } from 'wxt/browser';
import { REQUEST_PORT, type Answer, type Message, type MessageType, type PortRequest, type PortResponse, type Reply } from './protocol';
import { checkMessage, type SenderKind } from './validate';

/** Where a message came from, as the browser says. */
export interface HandlerContext {
  /** The sender's origin, e.g. "https://x.com" (undefined when the browser gives no URL). */
  origin?: string;
  /** Reports progress on a long request (only requests on the port see it). */
  progress(done: number, total: number): void;
}

export type Handlers = { [K in MessageType]: (message: Message<K>, context: HandlerContext) => Reply<K> | Promise<Reply<K>> };

/** Checks `raw` and answers it; undefined when it is not one of Muffin's messages. */
export async function handleMessage(
  raw: unknown,
  handlers: Partial<Handlers>,
  sender: { kind: SenderKind; origin?: string; progress?: HandlerContext['progress'] },
): Promise<Answer<unknown> | undefined> {
  const checked = checkMessage(raw, sender.kind);
  if (!checked) return undefined;
  if (!checked.ok) return checked;
  const handler = handlers[checked.message.type] as ((message: Message, context: HandlerContext) => unknown) | undefined;
  try {
    const result = await handler?.(checked.message, { origin: sender.origin, progress: sender.progress ?? (() => undefined) });
    return { ok: true, result: result ?? null };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function senderOf(sender: Browser.runtime.MessageSender): { kind: SenderKind; origin?: string } | null {
  // Only this extension's own content scripts and pages talk to the background.
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return null;
  let origin: string | undefined;
  try {
    origin = sender.url ? new URL(sender.url).origin : undefined;
  } catch {
    origin = undefined;
  }
  // By prefix, not by URL#origin: Firefox gives moz-extension:// URLs the opaque origin "null".
  const ownPage = sender.url !== undefined && sender.url.startsWith(browser.runtime.getURL('/'));
  return { kind: ownPage ? 'extension-page' : 'coach', origin };
}

/** Background: answers the runtime's one-off messages (the coach's) with `handlers`. */
export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    const from = senderOf(sender);
    // Not ours (or not one of Muffin's messages): leave it, and its reply, to any other listener.
    if (!from || checkMessage(raw, from.kind) === null) return false;
    void handleMessage(raw, handlers, from).then(sendResponse);
    return true;
  });
}

/** Background: answers requests on the request port (pages' requests that report progress) with `handlers`. */
export function listenForRequests(handlers: Handlers): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    const from = port.sender ? senderOf(port.sender) : null;
    if (port.name !== REQUEST_PORT || !from) return;
    const send = (response: PortResponse) => {
      try {
        port.postMessage(response);
      } catch {
        // The page closed before the answer; the work itself is done.
      }
    };
    port.onMessage.addListener((envelope: unknown) => {
      const { id, message } = (envelope ?? {}) as Partial<PortRequest>;
      if (typeof id !== 'number') return;
      // Progress also keeps the service worker awake through a long analysis: each message is an API call.
      const progress = (done: number, total: number) => send({ id, progress: { done, total } });
      void handleMessage(message, handlers, { ...from, progress }).then((answer) => send({ id, answer: answer ?? { ok: false, error: 'Unknown message.' } }));
    });
  });
}
