/**
 * The one static server every browser section of `npm run bench` measures against, so the bare page
 * and ours are served the same way in the same run: plain files from disk, no compression, no cache
 * headers, on 127.0.0.1 at BENCH_PORT (default 4500).
 *
 * - `/…`          dist/ (the app as `npm run build` left it)
 * - `/bench/…`    dist-bench/ (`vite build --mode bench`: the app over a large rate sheet)
 * - `/bare.html`  scripts/bench-page/bare.html (the static baseline: no JS)
 * - `/static-first-screen.html`  dist/index.html without its scripts (`staticFirstScreen`)
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
export const DIST_BENCH = join(ROOT, 'dist-bench');
const BARE_PAGE = join(ROOT, 'scripts', 'bench-page', 'bare.html');

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4500);

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Served from memory: our first screen with no JavaScript (see `staticFirstScreen`). */
export const STATIC_FIRST_SCREEN_PATH = '/static-first-screen.html';

/**
 * Our built index.html as a plain static page: the prerendered first screen with its inline stylesheet
 * and Content-Security-Policy, with every script removed (the entry, its modulepreloads and the inline
 * opening guard). It paints the same first screen as ours, so ours against it is what our JavaScript
 * adds to the first view, and it against the bare page is what the first screen itself costs.
 */
export function staticFirstScreen(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
}

/** The file a URL path names, or null (outside the served directories, or missing). */
function fileFor(pathname: string): string | null {
  if (pathname === '/bare.html') return BARE_PAGE;
  const [root, rest] = pathname.startsWith('/bench/')
    ? [DIST_BENCH, pathname.slice('/bench/'.length)]
    : [DIST, pathname.slice(1)];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) ? file : null;
}

export interface BenchServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function startBenchServer(port = BENCH_PORT): Promise<BenchServer> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === STATIC_FIRST_SCREEN_PATH) {
      const page = staticFirstScreen(readFileSync(join(DIST, 'index.html'), 'utf8'));
      response
        .writeHead(200, { 'content-type': TYPES['.html'], 'content-length': Buffer.byteLength(page) })
        .end(page);
      return;
    }
    const file = fileFor(pathname);
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
