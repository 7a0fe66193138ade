/**
 * The embedded page's side of the embed protocol (domain/embed.ts): it posts its content height to
 * the parent page whenever the height changes and whenever the parent asks, so the host's iframe
 * fits its content even when the host's script attaches late. It accepts only the parent window's
 * request-height and theme messages; the height message carries no scenario data.
 */
import { HEIGHT_MESSAGE_TYPE, readHostMessage } from '../domain/embed';

export interface EmbedMessageHandlers {
  /** The host page's theme (its light/dark switch). */
  readonly onTheme: (theme: 'light' | 'dark') => void;
}

export function connectToHost(element: HTMLElement, { onTheme }: EmbedMessageHandlers): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const send = (always: boolean) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last && !always) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const message = readHostMessage(event.data);
    if (message?.kind === 'request-height') send(true);
    else if (message?.kind === 'theme') onTheme(message.theme);
  };
  const observer = new ResizeObserver(() => send(false));
  observer.observe(element);
  window.addEventListener('message', onMessage);
  send(true);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
