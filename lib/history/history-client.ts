import { browser } from 'wxt/browser';
import { HISTORY_PORT, type HistoryMessage, type HistoryRequestEnvelope, type HistoryResponseEnvelope } from './messages';

/**
 * Sends a history write to the background over the history port and unwraps its answer; a refusal
 * becomes an Error carrying the background's message. Long requests (archive imports) report progress.
 */
export function sendHistoryMessage<T>(message: HistoryMessage, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const port = browser.runtime.connect({ name: HISTORY_PORT });
    const id = 1;
    port.onMessage.addListener((received: unknown) => {
      const envelope = received as HistoryResponseEnvelope<T>;
      if (envelope.id !== id) return;
      if ('progress' in envelope) return options.onProgress?.(envelope.progress.done, envelope.progress.total);
      port.disconnect();
      if (envelope.reply.ok) resolve(envelope.reply.result);
      else reject(new Error(envelope.reply.error));
    });
    port.onDisconnect.addListener(() => reject(new Error('Muffin’s background did not answer. Reload the extension and try again.')));
    port.postMessage({ id, message } satisfies HistoryRequestEnvelope);
  });
}
