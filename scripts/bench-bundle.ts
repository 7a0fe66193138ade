/**
 * What dist/ holds, read from disk: each file's raw and gzip size, and the scripts the first view
 * needs (the entry script and modulepreload links in dist/index.html and their static imports). Shared
 * by the bundle section and the first-view section (which matches the scripts a page requested to
 * these files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './bench-server';

export interface Asset {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
}

export function readAsset(path: string): Asset {
  const bytes = readFileSync(path);
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** An inline part of index.html (a <style>), sized like a file. */
export function textAsset(label: string, text: string): Asset {
  const bytes = Buffer.from(text, 'utf8');
  return { path: label, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The text of each inline <style> in index.html (the build writes the page's CSS there). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([^<]*)<\/style>/gi)].map((match) => match[1] ?? '');
}

export function sum(assets: readonly Asset[]): { raw: number; gzip: number } {
  return assets.reduce((total, asset) => ({ raw: total.raw + asset.raw, gzip: total.gzip + asset.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/** kB as Vite reports them (1 kB = 1,000 bytes), one decimal. */
export function kilobytes(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
/** Local URLs in index.html: module scripts, modulepreload links and stylesheets. */
export function entryUrls(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const url = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    if (/^<script/i.test(tag) && /type="module"/i.test(tag)) scripts.push(url);
    else if (/rel="modulepreload"/i.test(tag)) scripts.push(url);
    else if (/rel="stylesheet"/i.test(tag)) styles.push(url);
  }
  return { scripts, styles };
}

/**
 * Relative specifiers of a built chunk's static imports (`import{a}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`). Dynamic `import("./x.js")` is not followed: it loads later, on demand.
 */
export function staticImports(code: string): string[] {
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] as string);
}

/** The entry scripts and preloads in dist/index.html and every chunk they import statically. */
export function firstViewScripts(html: string): string[] {
  const queue = entryUrls(html).scripts.map((url) => join(DIST, url.replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const specifier of staticImports(readFileSync(path, 'utf8'))) {
      queue.push(join(dirname(path), specifier));
    }
  }
  return [...seen];
}

export function filesIn(directory: string, extension: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(extension))
    .map((name) => join(directory, name));
}
