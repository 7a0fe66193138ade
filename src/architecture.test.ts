/**
 * The architecture, enforced: src/domain is pure TypeScript (no React, zustand, charts, DOM globals or
 * clocks), and imports run one way: app → features → (store, components, lib) → domain, data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] as string,
  );
}

const LAYER_OF = (path: string) => relative(SRC, path).split('/')[0] as string;

/** Which layers each layer may import. */
const ALLOWED: Record<string, readonly string[]> = {
  domain: ['domain'],
  data: ['data', 'domain'],
  store: ['store', 'domain', 'data'],
  lib: ['lib', 'domain'],
  components: ['components', 'domain', 'lib'],
  features: ['features', 'store', 'components', 'lib', 'domain', 'data'],
  app: ['app', 'features', 'store', 'components', 'lib', 'domain', 'data'],
  testing: ['testing', 'domain', 'data', 'store', 'components', 'features', 'app'],
};

describe('architecture', () => {
  const files = sourceFiles(SRC).filter((path) => relative(SRC, path).includes('/'));

  it('keeps the domain free of React, state libraries, the DOM and the clock', () => {
    for (const path of files.filter((file) => LAYER_OF(file) === 'domain')) {
      const text = readFileSync(path, 'utf8');
      for (const name of imports(path)) expect(name.startsWith('.'), `${path} imports ${name}`).toBe(true);
      expect(text, path).not.toMatch(
        /\b(window|document)\.[a-zA-Z]|\blocalStorage\b|Date\.now|new Date\(\)|Math\.random/,
      );
    }
  });

  it('imports only along the allowed directions, and no feature imports another', () => {
    for (const path of files) {
      const layer = LAYER_OF(path);
      for (const name of imports(path).filter((specifier) => specifier.startsWith('.'))) {
        const target = relative(SRC, join(path, '..', name));
        const targetLayer = target.split('/')[0] as string;
        expect(ALLOWED[layer], `unknown layer ${layer}`).toBeDefined();
        expect(ALLOWED[layer]?.includes(targetLayer), `${relative(SRC, path)} → ${target}`).toBe(true);
        if (layer === 'features' && targetLayer === 'features') {
          expect(target.split('/')[1], `${relative(SRC, path)} → ${target}`).toBe(
            relative(SRC, path).split('/')[1],
          );
        }
      }
    }
  });
});
