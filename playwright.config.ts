import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Chromium: CHROMIUM_PATH when set, else Debian's /usr/lib/chromium/chromium (the real binary behind
 * /usr/bin/chromium) when present, else the browser Playwright downloaded itself.
 */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
}

const executablePath = chromiumExecutable();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const PORT = Number(process.env.PW_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    // A trace's DOM snapshots cost seconds an action on this page under load (the 40 kB inline stylesheet
    // is captured with each): recorded on the retry of a failed test (CI), or with `--trace on`.
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: [
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        ...(isRoot ? ['--no-sandbox'] : []),
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    // The calculator, as built.
    {
      command: `npx vite preview --outDir ${process.env.PW_DIST ?? 'dist'} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The docs sites that embed it, on a second origin: plain, late-loading and strict-CSP pages, and a
    // real VitePress site built from the README's recipe (e2e/hosts/).
    {
      command: `npx vitepress build e2e/hosts/vitepress && node e2e/hosts/serve.mjs ${PORT + 1}`,
      env: { CALC_ORIGIN: baseURL },
      url: `http://127.0.0.1:${PORT + 1}/plain/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
