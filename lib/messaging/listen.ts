import { browser, type Browser } from 'wxt/browser';
import { handleMessage, type HandlerDeps } from './handlers';
import { parseMessage } from './protocol';

function originOf(sender: Browser.runtime.MessageSender): string | undefined {
  try {
    return sender.url ? new URL(sender.url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wires `handleMessage` to runtime messages. Answers through sendResponse and returns true (rather than
 * returning a Promise) because that works in Chrome, Firefox and wxt's fakeBrowser alike.
 */
export function listenForCoachMessages(deps: HandlerDeps = {}): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
      // Only our own extension's pages and content scripts talk to us.
      if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
      // Not ours: leave it (and its reply) to any other listener.
      if (parseMessage(message) === null) return false;
      handleMessage(message, deps, { origin: originOf(sender) }).then(sendResponse, () => sendResponse(undefined));
      return true;
    },
  );
}
