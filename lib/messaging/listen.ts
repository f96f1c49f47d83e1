import { browser, type Browser } from 'wxt/browser';
import { handleMessage, type HandlerDeps } from './handlers';

/**
 * Wires `handleMessage` to runtime messages. Answers through sendResponse and returns true (rather than
 * returning a Promise) because that works in Chrome, Firefox and wxt's fakeBrowser alike.
 */
export function listenForCoachMessages(deps: HandlerDeps = {}): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
      // Only our own extension's pages and content scripts talk to us.
      if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
      handleMessage(message, deps).then(sendResponse, () => sendResponse(undefined));
      return true;
    },
  );
}
