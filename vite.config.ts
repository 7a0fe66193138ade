import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { OPENING_GUARD_SCRIPT } from './src/app/opening-guard.ts';

/** The CSP source that allows exactly one inline script or style: its SHA-256, never 'unsafe-inline'. */
function sourceHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A strict Content-Security-Policy for the production build (the dev server needs inline scripts,
 * so it is added at build time only): scripts and styles from this origin only, plus the one hashed
 * inline script that keeps the prerendered defaults hidden when a link opens and the one hashed
 * inline stylesheet (the page's own CSS, see below); no connections to other origins, no plugins, no
 * <base>, no forms. frame-ancestors cannot be set from a <meta> tag.
 */
function contentSecurityPolicy(inlineStyle: string | null): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${sourceHash(OPENING_GUARD_SCRIPT)}`,
    inlineStyle === null ? "style-src 'self'" : `style-src 'self' ${sourceHash(inlineStyle)}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A stylesheet link as Vite writes it: `href` relative to the page (`./assets/…`, `../../assets/…`). */
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*? href="(?:\.\.?\/)*(assets\/[^"]+\.css)">/g;

/**
 * The page's one stylesheet is written into index.html as a <style> (allowed by its hash), not
 * linked: a linked stylesheet holds the first paint until it has arrived, and holds the opening
 * guard (an inline script after it) too. Every rule is there from the first paint, so nothing
 * reflows or flashes unstyled later. Then the policy and the opening guard go into <head>.
 */
function productionHead(): Plugin {
  return {
    name: 'production-head',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const links = [...html.matchAll(STYLESHEET_LINK)];
        if (links.length > 1)
          throw new Error('index.html links more than one stylesheet (cssCodeSplit: false)');
        const [link] = links;
        let css: string | null = null;
        let page = html;
        if (link) {
          const fileName = link[1] as string;
          const asset = bundle?.[fileName];
          if (!bundle || asset?.type !== 'asset')
            throw new Error(`the stylesheet ${fileName} is not in the build`);
          css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // The browser would end the <style> there, and its text would no longer match the hash.
          if (/<\/style/i.test(css)) throw new Error(`${fileName} contains "</style"`);
          page = html.replace(link[0], () => `<style id="page-style">${css}</style>`);
          // Nothing else loads the file (a chunk brings no CSS of its own with cssCodeSplit: false).
          delete bundle[fileName];
        }
        return {
          html: page,
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(css) },
              injectTo: 'head-prepend',
            },
            // Before anything paints: hide the prerendered defaults when the page opens something else.
            {
              tag: 'script',
              attrs: { id: 'opening-guard' },
              children: OPENING_GUARD_SCRIPT,
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}

// A relative base lets dist/ run from any static host and from any sub-path.
// `--mode bench` builds the benchmark page (a large rate sheet) into dist-bench/ instead.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), productionHead()],
  build: {
    target: 'es2022',
    // One stylesheet, written into index.html (productionHead): the prerendered page paints with every
    // rule it needs, before any script runs (split CSS would arrive with each chunk's code).
    cssCodeSplit: false,
    sourcemap: false,
    ...(mode === 'bench'
      ? { outDir: 'dist-bench', rolldownOptions: { input: { bench: 'scripts/bench-page/index.html' } } }
      : {}),
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    restoreMocks: true,
    // Component tests render in jsdom; on a loaded 2-core machine some take several seconds.
    testTimeout: 20_000,
    // The domain, store and data need no DOM: they run in plain Node, without jsdom's set-up cost.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/{domain,store,data}/**/*.test.ts',
            'src/architecture.test.ts',
            'src/testing/architecture-rules.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [
            'src/{domain,store,data}/**',
            'src/architecture.test.ts',
            'src/testing/architecture-rules.test.ts',
          ],
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
}));
