/**
 * Embedding: the options a docs page puts in the query, and the messages between the embedded
 * calculator and its host page. Options:
 *   ?embed=1                     the compact layout for a documentation column
 *   &theme=light|dark|auto       colours (auto follows the reader's system; the default);
 *                                Docusaurus's own ?docusaurus-theme=dark works too
 *   &panels=route,workload,endpoints,breakdown,table   which panels show (default: route,workload,breakdown);
 *                                the bill (breakdown) always comes first, the answer before the inputs
 * Unknown values fall back to the defaults.
 *
 * Messages, in words:
 * - the embed posts only `{ type: 'kimi-calculator:height', height }` to its parent, whenever its
 *   height changes and whenever the parent asks;
 * - it accepts exactly two messages, and only from its parent window: `{ type:
 *   'kimi-calculator:request-height' }` and `{ type: 'kimi-calculator:theme', theme: 'light' | 'dark' }`.
 *   Anything else (other types, extra fields, wrong values, other windows) is ignored.
 */
export type Theme = 'light' | 'dark' | 'auto';
export type EmbedPanel = 'route' | 'workload' | 'endpoints' | 'breakdown' | 'table';

export interface EmbedOptions {
  readonly embed: boolean;
  readonly theme: Theme;
  readonly panels: readonly EmbedPanel[];
}

/** The order panels show in, whatever order the query names them in: the answer first. */
const EMBED_PANELS: readonly EmbedPanel[] = ['breakdown', 'route', 'workload', 'endpoints', 'table'];
const DEFAULT_PANELS: readonly EmbedPanel[] = ['breakdown', 'route', 'workload'];

export function readEmbedOptions(query: URLSearchParams): EmbedOptions {
  const theme = query.get('theme') ?? query.get('docusaurus-theme');
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
export const REQUEST_HEIGHT_MESSAGE_TYPE = 'kimi-calculator:request-height';
export const THEME_MESSAGE_TYPE = 'kimi-calculator:theme';

export type HostMessage =
  | { readonly kind: 'request-height' }
  | { readonly kind: 'theme'; readonly theme: 'light' | 'dark' };

function hasOnlyKeys(record: object, keys: readonly string[]): boolean {
  const own = Object.keys(record);
  return own.length === keys.length && own.every((key) => keys.includes(key));
}

/** A message from the host page, read strictly: one of the two the embed accepts, or null. */
export function readHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { type } = data as { type?: unknown };
  if (type === REQUEST_HEIGHT_MESSAGE_TYPE && hasOnlyKeys(data, ['type'])) return { kind: 'request-height' };
  if (type !== THEME_MESSAGE_TYPE || !hasOnlyKeys(data, ['type', 'theme'])) return null;
  const { theme } = data as { theme?: unknown };
  return theme === 'light' || theme === 'dark' ? { kind: 'theme', theme } : null;
}
