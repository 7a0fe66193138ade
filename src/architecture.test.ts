/**
 * The architecture, enforced: src/domain is pure TypeScript (no React, zustand, charts, DOM globals or
 * clocks), and imports run one way: app → features → (store, components, lib) → domain, data. An
 * import is any module a file names: `import … from`, a side-effect import (css), `import()` and a
 * worker's `new URL('…', import.meta.url)`. The rules themselves live in testing/architecture-rules.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  computedSpecifiers,
  findBarrels,
  findForbiddenPackages,
  findLayerViolations,
  importGraph,
  layerOf,
  moduleSpecifiers,
  type SourceText,
} from './testing/architecture-rules';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Every file under src/, as a path relative to src/ with forward slashes. */
function allPaths(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? allPaths(path) : [relative(SRC, path).split(sep).join('/')];
  });
}

const PATHS = allPaths(SRC);
const SOURCES: SourceText[] = PATHS.filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path)).map(
  (path) => ({ path, text: readFileSync(join(SRC, path), 'utf8') }),
);
const GRAPH = importGraph(SOURCES);

/** Which layers each layer may import. components/ui is a layer of its own: domain-free primitives. */
const ALLOWED: Record<string, readonly string[]> = {
  domain: ['domain'],
  data: ['data', 'domain'],
  store: ['store', 'domain', 'data'],
  lib: ['lib', 'domain'],
  'components/ui': ['components/ui'],
  components: ['components', 'components/ui', 'domain', 'lib'],
  features: ['features', 'store', 'components', 'components/ui', 'lib', 'domain', 'data'],
  app: ['app', 'features', 'store', 'components', 'components/ui', 'lib', 'domain', 'data'],
  testing: ['testing', 'domain', 'data', 'store', 'components', 'components/ui', 'features', 'app'],
};

describe('architecture', () => {
  it('keeps the domain free of React, state libraries, the DOM and the clock', () => {
    for (const { path, text } of SOURCES.filter((file) => layerOf(file.path) === 'domain')) {
      for (const name of moduleSpecifiers(text))
        expect(name.startsWith('.'), `${path} imports ${name}`).toBe(true);
      expect(text, path).not.toMatch(
        /\b(window|document)\.[a-zA-Z]|\blocalStorage\b|Date\.now|new Date\(\)|Math\.random/,
      );
    }
  });

  it('names every module with a string literal, so the rules below see every import', () => {
    // The rules module itself spells out the patterns it looks for.
    const computed = SOURCES.filter(({ path }) => path !== 'testing/architecture-rules.ts').flatMap(
      ({ path, text }) => computedSpecifiers(text).map((what) => `${path}: ${what}`),
    );
    expect(computed).toEqual([]);
  });

  it('imports only along the allowed directions, and no feature imports another', () => {
    expect(findLayerViolations(GRAPH, ALLOWED)).toEqual([]);
  });

  it('keeps components/ui free of the app: its primitives use React and each other only', () => {
    expect(findForbiddenPackages(SOURCES, 'components/ui', ['react', 'react-dom'])).toEqual([]);
  });

  it('has no barrel files (index.ts or index.tsx)', () => {
    expect(findBarrels(PATHS)).toEqual([]);
  });
});
