import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet } from './embed-snippet';

describe('buildEmbedSnippet', () => {
  const snippet = buildEmbedSnippet('https://example.org/calc/', 'v=1&n=1000');

  it('points the iframe at the embed layout with the scenario', () => {
    expect(snippet).toContain('src="https://example.org/calc/?embed=1#v=1&amp;n=1000"');
    expect(snippet).toContain('title="Kimi K2 API cost calculator"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('height="760"');
  });

  it('lets the frame download its exports and open its links, and nothing more', () => {
    expect(snippet).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"',
    );
    expect(snippet).toContain('allow="clipboard-write"');
  });

  it('works under a strict Content-Security-Policy: no inline script, no inline style', () => {
    expect(snippet).toContain('<script src="https://example.org/calc/embed.js" defer></script>');
    expect(snippet).not.toMatch(/<script>|<script\s+(?!src=)/);
    expect(snippet).not.toContain('style=');
  });

  it('escapes the URL so it cannot break out of the attribute', () => {
    expect(buildEmbedSnippet('https://x/"><script>', '')).not.toContain('"><script>');
  });

  it('from a relative address (the build prerenders the page without knowing where it is served), stays relative', () => {
    expect(buildEmbedSnippet('./', '')).toContain('<script src="./embed.js" defer></script>');
    expect(buildEmbedSnippet('/calc/', '')).toContain('<script src="/calc/embed.js" defer></script>');
  });
});
