/**
 * Embedding options and the snippet a docs page pastes. Options come from the page's query:
 *   ?embed=1                     the compact layout for a documentation column
 *   &theme=light|dark|auto       colours (auto follows the reader's system; the default)
 *   &panels=route,workload,breakdown,table   which panels show (default: route,workload,breakdown)
 * Unknown values fall back to the defaults.
 */
export type Theme = 'light' | 'dark' | 'auto';
export type EmbedPanel = 'route' | 'workload' | 'breakdown' | 'table';

export interface EmbedOptions {
  readonly embed: boolean;
  readonly theme: Theme;
  readonly panels: readonly EmbedPanel[];
}

export const EMBED_PANELS: readonly EmbedPanel[] = ['route', 'workload', 'breakdown', 'table'];
const DEFAULT_PANELS: readonly EmbedPanel[] = ['route', 'workload', 'breakdown'];

export function readEmbedOptions(query: URLSearchParams): EmbedOptions {
  const theme = query.get('theme');
  const panels = (query.get('panels') ?? '')
    .split(',')
    .filter((panel): panel is EmbedPanel => (EMBED_PANELS as readonly string[]).includes(panel));
  return {
    embed: query.get('embed') === '1',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    panels: panels.length > 0 ? EMBED_PANELS.filter((panel) => panels.includes(panel)) : DEFAULT_PANELS,
  };
}

/** The message the embedded page posts to its parent: its content height, nothing else. */
export const HEIGHT_MESSAGE_TYPE = 'kimi-calculator:height';

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
