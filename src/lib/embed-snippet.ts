/**
 * The embed code a docs page pastes, built as text: an iframe and the host script from the
 * calculator's own origin (public/embed.js). It has no inline script and no inline style, so it works
 * under a strict Content-Security-Policy, and in Markdown engines that escape or drop inline scripts
 * (VitePress, MDX). The iframe keeps a fixed fallback height until the host script sizes it.
 */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The sandbox the snippet gives the iframe: downloads for the CSV and image exports, popups for links. */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

export function embedFrameUrl(appUrl: string, scenarioFragment: string): string {
  return `${appUrl}?embed=1${scenarioFragment ? `#${scenarioFragment}` : ''}`;
}

export function hostScriptUrl(appUrl: string): string {
  try {
    return new URL('embed.js', appUrl).href;
  } catch {
    // A relative address (the build's prerender cannot know where it is served) stays relative.
    return `${appUrl.slice(0, appUrl.lastIndexOf('/') + 1)}embed.js`;
  }
}

export function buildEmbedSnippet(appUrl: string, scenarioFragment: string): string {
  const src = embedFrameUrl(appUrl, scenarioFragment);
  return [
    `<iframe src="${escapeAttribute(src)}" title="Kimi K2 API cost calculator" loading="lazy"`,
    `  allow="clipboard-write" sandbox="${EMBED_SANDBOX}"`,
    '  width="100%" height="760" frameborder="0" data-kimi-calculator></iframe>',
    `<script src="${escapeAttribute(hostScriptUrl(appUrl))}" defer></script>`,
  ].join('\n');
}
