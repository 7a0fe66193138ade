import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { OPENING_GUARD_SCRIPT } from './src/app/opening-guard.ts';

/** The CSP source that allows exactly one inline script: its SHA-256, never 'unsafe-inline'. */
function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * A strict Content-Security-Policy for the production build (the dev server needs inline scripts,
 * so it is added at build time only): scripts and styles from this origin only (plus the one hashed
 * inline script that keeps the prerendered defaults hidden when a link opens), no connections to
 * other origins, no plugins, no <base>, no forms. frame-ancestors cannot be set from a <meta> tag.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${scriptHash(OPENING_GUARD_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      // Before anything paints: hide the prerendered defaults when the page opens something else.
      { tag: 'script', attrs: { id: 'opening-guard' }, children: OPENING_GUARD_SCRIPT, injectTo: 'head' },
    ],
  };
}

// A relative base lets dist/ run from any static host and from any sub-path.
// `--mode bench` builds the benchmark page (a large rate sheet) into dist-bench/ instead.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // One stylesheet, linked from index.html: the prerendered page paints with every rule it needs,
    // before any script runs (split CSS would arrive with each chunk's code).
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
