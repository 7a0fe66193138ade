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
  domainFolderGraph,
  findBarrels,
  findCycles,
  findForbiddenDomainImports,
  findForbiddenPackages,
  findLayerViolations,
  findOversizedFiles,
  findStylesheetProblems,
  importGraph,
  layerOf,
  looseDomainModules,
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
const STYLESHEETS = PATHS.filter((path) => path.endsWith('.css'));
const lineCount = (path: string) => readFileSync(join(SRC, path), 'utf8').trimEnd().split('\n').length;

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

/**
 * Which domain folders each folder may import (plan §2.1); a folder always imports itself, and '.' is
 * the loose modules at the top of src/domain.
 */
const DOMAIN_ALLOWED: Record<string, readonly string[]> = {
  money: [],
  // The loose modules (text.ts: well-formed text and names; calendar-date.ts: real dates) are leaves
  // that import money/ at most, so any folder that reads user text or dates may use them.
  rates: ['money', '.'],
  workload: ['money'],
  billing: ['money', 'rates', '.'],
  scenario: ['money', 'rates', 'workload', 'billing', '.'],
  cost: ['money', 'rates', 'workload', 'scenario', 'billing', '.'],
  compare: ['money', 'rates', 'workload', 'scenario', 'cost', 'billing', '.'],
  budget: ['money', 'rates', 'workload', 'scenario', 'cost', 'compare'],
  charts: ['money', 'rates', 'workload', 'scenario', 'cost', 'compare', '.'],
  export: ['money', 'rates', 'workload', 'cost', 'compare', 'billing', '.'],
  'share-link': ['money', 'rates', 'workload', 'scenario', 'billing', '.'],
  traces: ['money', 'rates', 'workload', 'cost', '.'],
  '.': ['money'],
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

  it('imports every stylesheet once, from the component or page module beside it', () => {
    // The page-wide ones (styles/: tokens, base and the classes still shared) come from the entry points.
    const page = { folder: 'styles', entries: ['main.tsx', 'testing/bench-main.tsx'] };
    expect(findStylesheetProblems(GRAPH, STYLESHEETS, page)).toEqual([]);
  });

  it('keeps every stylesheet within 400 lines', () => {
    const files = STYLESHEETS.map((path) => ({ path, lines: lineCount(path) }));
    expect(
      findOversizedFiles(files, { source: Number.POSITIVE_INFINITY, stylesheet: 400, exempt: /$^/ }),
    ).toEqual([]);
  });

  it('has no cycles between domain folders', () => {
    expect(findCycles(domainFolderGraph(GRAPH))).toEqual([]);
  });

  it('keeps at most six modules loose at the top of src/domain, outside the concept folders', () => {
    expect(looseDomainModules(PATHS).length).toBeLessThanOrEqual(6);
  });

  it('imports between domain folders only along the rules of DOMAIN_ALLOWED', () => {
    expect(findForbiddenDomainImports(GRAPH, DOMAIN_ALLOWED)).toEqual([]);
  });

  it('keeps every source file within 300 lines (generated data exempt)', () => {
    const files = SOURCES.map(({ path, text }) => ({ path, lines: text.trimEnd().split('\n').length }));
    expect(findOversizedFiles(files, { source: 300, stylesheet: 400, exempt: /\.generated\.ts$/ })).toEqual(
      [],
    );
  });
});
