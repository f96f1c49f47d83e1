// Muffin's pages' side of the messaging layer (popup, options): a request on its own port, so a long one
// (an archive import) can report progress, and the answer or the background's refusal as an Error.
import { browser } from 'wxt/browser';
import { REQUEST_PORT, type Message, type MessageType, type PortRequest, type PortResponse, type Reply } from './protocol';

export function request<K extends MessageType>(message: Message<K>, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<Reply<K>> {
  return new Promise<Reply<K>>((resolve, reject) => {
    const port = browser.runtime.connect({ name: REQUEST_PORT });
    const id = 1;
    port.onMessage.addListener((received: unknown) => {
      const response = received as PortResponse<Reply<K>>;
      if (response.id !== id) return;
      if ('progress' in response) return options.onProgress?.(response.progress.done, response.progress.total);
      port.disconnect();
      if (response.answer.ok) resolve(response.answer.result);
      else reject(new Error(response.answer.error));
    });
    port.onDisconnect.addListener(() => reject(new Error('Muffin’s background did not answer. Reload the extension and try again.')));
    port.postMessage({ id, message } satisfies PortRequest);
  });
}
