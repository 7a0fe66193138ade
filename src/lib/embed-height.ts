/**
 * Reports the embedded page's content height to the parent page, so the host's iframe grows and
 * shrinks with it. The message carries only the height, never scenario data:
 *   { type: 'kimi-calculator:height', height: <CSS pixels> }
 * The host page checks `event.source === iframe.contentWindow` (see public/embed-host.js).
 */
import { HEIGHT_MESSAGE_TYPE } from '../domain/embed';

export function reportHeightToParent(element: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  return () => observer.disconnect();
}
