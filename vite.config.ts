import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// A relative base lets dist/ run from any static host and from any sub-path.
// `--mode bench` builds the benchmark page (a large rate sheet) into dist-bench/ instead.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
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
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
  },
}));
