/** The embed code a docs page pastes (HTML and a few lines of host-side script), built as text. */
import { HEIGHT_MESSAGE_TYPE } from '../domain/embed';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A ready snippet for a plain HTML page: a lazy iframe with a title, clipboard permission, a sandbox
 * and a fallback height, plus a listener that resizes it, accepting only messages from that iframe.
 */
export function buildEmbedSnippet(appUrl: string, scenarioFragment: string): string {
  const src = `${appUrl}?embed=1${scenarioFragment ? `#${scenarioFragment}` : ''}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="Kimi K2 API cost calculator" loading="lazy"`,
    '  allow="clipboard-write" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    '  style="width:100%;height:760px;border:0" data-kimi-calculator></iframe>',
    '<script>',
    'addEventListener("message", function (event) {',
    '  document.querySelectorAll("iframe[data-kimi-calculator]").forEach(function (frame) {',
    `    var data = event.data;`,
    `    if (event.source !== frame.contentWindow || !data || data.type !== "${HEIGHT_MESSAGE_TYPE}") return;`,
    '    var height = Number(data.height);',
    '    if (height > 0 && height < 20000) frame.style.height = Math.ceil(height) + "px";',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
