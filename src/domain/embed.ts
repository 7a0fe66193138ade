/**
 * Embedding options and the snippet a docs page pastes. Options come from the page's query:
 *   ?embed=1                     the compact layout for a documentation column
 *   &theme=light|dark|auto       colours (auto follows the reader's system; the default)
 *   &panels=route,workload,endpoints,breakdown,table   which panels show (default: route,workload,breakdown)
 * Unknown values fall back to the defaults.
 */
export type Theme = 'light' | 'dark' | 'auto';
export type EmbedPanel = 'route' | 'workload' | 'endpoints' | 'breakdown' | 'table';

export interface EmbedOptions {
  readonly embed: boolean;
  readonly theme: Theme;
  readonly panels: readonly EmbedPanel[];
}

const EMBED_PANELS: readonly EmbedPanel[] = ['route', 'workload', 'endpoints', 'breakdown', 'table'];
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
