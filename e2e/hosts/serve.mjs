// The docs sites that embed the calculator in the e2e suite, on an origin of their own:
//   /plain/…   a plain HTML docs page with the "Copy embed code" snippet pasted as is
//   /strict/…  the same under a strict Content-Security-Policy (script-src 'self' + the calculator)
//   /vitepress/… a real VitePress site built from the README's recipe (npm run build:hosts)
// `%CALC%` in an HTML file is replaced by CALC_ORIGIN, where the calculator under test is served.
// Usage: CALC_ORIGIN=http://127.0.0.1:4173 node e2e/hosts/serve.mjs <port>
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.argv[2] ?? 4174);
const calculator = process.env.CALC_ORIGIN ?? 'http://127.0.0.1:4173';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/vitepress/')) {
    const inner = clean.slice('/vitepress/'.length) || 'index.html';
    const withHtml = extname(inner) ? inner : `${inner.replace(/\/$/, '/index')}.html`;
    return join(root, 'vitepress/.vitepress/dist', withHtml);
  }
  return join(root, clean.endsWith('/') ? `${clean}index.html` : clean);
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  const file = fileFor(url.pathname);
  try {
    let body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) === '.html') body = Buffer.from(body.toString('utf8').replaceAll('%CALC%', calculator));
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  }
}).listen(port, '127.0.0.1', () =>
  console.log(`docs hosts on http://127.0.0.1:${port} embedding ${calculator}`),
);
