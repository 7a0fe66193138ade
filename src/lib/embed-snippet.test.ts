import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet } from './embed-snippet';

describe('buildEmbedSnippet', () => {
  it('points the iframe at the embed layout with the scenario, and listens only to that iframe', () => {
    const snippet = buildEmbedSnippet('https://example.org/calc/', 'v=1&n=1000');
    expect(snippet).toContain('src="https://example.org/calc/?embed=1#v=1&amp;n=1000"');
    expect(snippet).toContain('title="Kimi K2 API cost calculator"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('event.source !== frame.contentWindow');
  });

  it('escapes the URL so it cannot break out of the attribute', () => {
    expect(buildEmbedSnippet('https://x/"><script>', '')).not.toContain('"><script>');
  });
});
