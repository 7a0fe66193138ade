import { describe, expect, it } from 'vitest';
import {
  computedSpecifiers,
  domainFolderGraph,
  domainFolderOf,
  findBarrels,
  findCycles,
  findForbiddenDomainImports,
  findForbiddenPackages,
  findLayerViolations,
  findOversizedFiles,
  findStylesheetProblems,
  type ImportGraph,
  importGraph,
  layerOf,
  looseDomainModules,
  moduleSpecifiers,
  resolveSpecifier,
} from './architecture-rules';

const graph = (edges: Record<string, readonly string[]>): ImportGraph => new Map(Object.entries(edges));

describe('moduleSpecifiers', () => {
  // Rule: every way a module names another counts, written with a string literal: import … from,
  // export … from, a side-effect import (a stylesheet), import() and new URL('…', import.meta.url).
  it.each([
    ["import { a } from './a';", ['./a']],
    ["import type { A } from '../domain/a';", ['../domain/a']],
    ["import {\n  a,\n  b,\n} from './ab';", ['./ab']],
    ["export { a } from './a';", ['./a']],
    ["export * from './all';", ['./all']],
    ["import './panel.css';", ['./panel.css']],
    ["const Panel = lazy(() => import('./panel'));", ['./panel']],
    ["new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });", ['./worker.ts']],
    ["import { useId } from 'react';", ['react']],
    ["const text = 'import from nowhere';", []],
  ])('%s → %j', (text, expected) => {
    expect(moduleSpecifiers(text)).toEqual(expected);
  });
});

describe('computedSpecifiers', () => {
  // Rule: a specifier the reader cannot see (a variable, a template) is reported; a comment that
  // mentions import() is not code and is not reported.
  it.each([
    ["import('./panel')", []],
    ["new URL('./worker.ts', import.meta.url)", []],
    ['import(name)', ['1 import() with a computed specifier']],
    ['import(`./panels/` + name)', ['1 import() with a computed specifier']],
    ['import(`./panel`)', ['1 import() with a computed specifier']],
    ["import('./a'); import(b)", ['1 import() with a computed specifier']],
    ['new URL(path, import.meta.url)', ["1 import.meta.url outside new URL('literal', import.meta.url)"]],
    ['const here = import.meta.url;', ["1 import.meta.url outside new URL('literal', import.meta.url)"]],
    ["import.meta.glob('./*.ts')", ['import.meta.glob']],
    ['// a panel loaded with import() later', []],
    ['/** loaded with import(name) and import.meta.url */', []],
  ])('%s → %j', (text, expected) => {
    expect(computedSpecifiers(text)).toEqual(expected);
  });
});

describe('resolveSpecifier and importGraph', () => {
  // Rule: a relative specifier is resolved against the importer's folder; packages are left out.
  it.each([
    ['features/a/b.tsx', './c', 'features/a/c'],
    ['features/a/b.tsx', '../../domain/x/y', 'domain/x/y'],
    ['main.tsx', './styles/base.css', 'styles/base.css'],
  ])('%s names %s: %s', (from, specifier, expected) => {
    expect(resolveSpecifier(from, specifier)).toBe(expected);
  });

  it('keeps relative imports only', () => {
    const text = "import { useId } from 'react';\nimport { a } from './a';\nimport './b.css';";
    expect(importGraph([{ path: 'lib/x.ts', text }])).toEqual(graph({ 'lib/x.ts': ['lib/a', 'lib/b.css'] }));
  });
});

describe('layerOf', () => {
  // Rule: a layer is a top folder of src/, except components/ui, a layer of its own; '.' is the top.
  it.each([
    ['domain/money/money.ts', 'domain'],
    ['components/route-swatch.tsx', 'components'],
    ['components/ui/card.tsx', 'components/ui'],
    ['main.tsx', '.'],
  ])('%s is in %s', (path, layer) => {
    expect(layerOf(path)).toBe(layer);
  });
});

describe('findLayerViolations', () => {
  const ALLOWED = {
    domain: ['domain'],
    'components/ui': ['components/ui'],
    components: ['components', 'components/ui', 'domain'],
    features: ['features', 'components', 'components/ui', 'domain'],
  };

  // Rule: an import is allowed when the importer's layer lists the target's; a feature imports no
  // other feature; stylesheets and the files at the top of src/ are not layers' business.
  it.each([
    ['a feature importing the domain', { 'features/a/x.tsx': ['domain/money/money'] }, []],
    ['a feature importing its own files', { 'features/a/x.tsx': ['features/a/y'] }, []],
    [
      'a feature importing another feature',
      { 'features/a/x.tsx': ['features/b/y'] },
      ['features/a/x.tsx → features/b/y (a feature imports another feature)'],
    ],
    [
      'the domain importing a component',
      { 'domain/a/x.ts': ['components/y'] },
      ['domain/a/x.ts → components/y (domain → components)'],
    ],
    [
      'a primitive importing the domain',
      { 'components/ui/field.tsx': ['domain/money/quantity'] },
      ['components/ui/field.tsx → domain/money/quantity (components/ui → domain)'],
    ],
    [
      'a primitive importing a domain-aware component',
      { 'components/ui/field.tsx': ['components/price-references'] },
      ['components/ui/field.tsx → components/price-references (components/ui → components)'],
    ],
    ['a component importing a primitive', { 'components/swatch.tsx': ['components/ui/card'] }, []],
    ['main.tsx importing anything', { 'main.tsx': ['features/a/x', 'styles/base.css'] }, []],
    ['a feature importing its stylesheet', { 'features/a/x.tsx': ['features/a/x.css'] }, []],
    [
      'a file in an unknown layer',
      { 'widgets/x.tsx': ['domain/y'] },
      ['widgets/x.tsx: unknown layer widgets'],
    ],
  ])('%s', (_name, edges, expected) => {
    expect(findLayerViolations(graph(edges), ALLOWED)).toEqual(expected);
  });
});

describe('findForbiddenPackages', () => {
  // Rule: components/ui imports no package but React.
  it('reports a primitive that imports a state library, and nothing else', () => {
    const files = [
      { path: 'components/ui/card.tsx', text: "import { useId } from 'react';" },
      { path: 'components/ui/list.tsx', text: "import { create } from 'zustand';\nimport './list.css';" },
      { path: 'features/a/x.tsx', text: "import { create } from 'zustand';" },
    ];
    expect(findForbiddenPackages(files, 'components/ui', ['react'])).toEqual([
      'components/ui/list.tsx imports zustand',
    ]);
  });
});

describe('findBarrels', () => {
  // Rule: no index.ts or index.tsx anywhere; a file that merely ends in "index" is fine.
  it('finds index.ts and index.tsx files only', () => {
    expect(
      findBarrels([
        'domain/money/index.ts',
        'features/a/index.tsx',
        'domain/rates/route-index.ts',
        'index.css',
      ]),
    ).toEqual(['domain/money/index.ts', 'features/a/index.tsx']);
  });
});

describe('findStylesheetProblems', () => {
  // Rule: every stylesheet is imported exactly once, by a module in its own folder.
  it.each([
    ['imported once by its owner', { 'features/a/x.tsx': ['features/a/x.css'] }, []],
    [
      'imported twice',
      { 'features/a/x.tsx': ['features/a/x.css'], 'features/a/y.tsx': ['features/a/x.css'] },
      ['features/a/x.css is imported 2 times (features/a/x.tsx, features/a/y.tsx)'],
    ],
    ['never imported', { 'features/a/x.tsx': [] }, ['features/a/x.css is imported 0 times']],
    [
      'imported from another folder',
      { 'features/b/y.tsx': ['features/a/x.css'] },
      ['features/a/x.css is imported from another folder (features/b/y.tsx)'],
    ],
    [
      'imported from a subfolder',
      { 'features/a/sub/y.tsx': ['features/a/x.css'] },
      ['features/a/x.css is imported from another folder (features/a/sub/y.tsx)'],
    ],
    [
      'a stylesheet that does not exist',
      { 'features/a/x.tsx': ['features/a/x.css', 'features/a/gone.css'] },
      ['features/a/x.tsx imports features/a/gone.css, which does not exist'],
    ],
  ])('%s', (_name, edges, expected) => {
    expect(findStylesheetProblems(graph(edges), ['features/a/x.css'])).toEqual(expected);
  });
});

describe('findStylesheetProblems, page-wide stylesheets', () => {
  const PAGE = { folder: 'styles', entries: ['main.tsx', 'testing/bench-main.tsx'] };
  const ENTRIES = '(main.tsx, testing/bench-main.tsx)';
  const both = { 'main.tsx': ['styles/base.css'], 'testing/bench-main.tsx': ['styles/base.css'] };

  // Rule: a stylesheet in styles/ (tokens, base) is imported by every entry point, once each, and by
  // no other module; every other stylesheet keeps the one-owner rule, entry points included.
  it.each([
    ['imported by both entry points', both, []],
    [
      'missing from the bench page',
      { 'main.tsx': ['styles/base.css'] },
      [
        `styles/base.css is imported by main.tsx; a page-wide stylesheet is imported by the entry points only ${ENTRIES}`,
      ],
    ],
    [
      'imported by a feature too',
      { ...both, 'features/a/x.tsx': ['styles/base.css'] },
      [
        `styles/base.css is imported by main.tsx, testing/bench-main.tsx, features/a/x.tsx; a page-wide stylesheet is imported by the entry points only ${ENTRIES}`,
      ],
    ],
    [
      'never imported',
      {},
      [
        `styles/base.css is imported by nothing; a page-wide stylesheet is imported by the entry points only ${ENTRIES}`,
      ],
    ],
  ])('%s', (_name, edges, expected) => {
    expect(findStylesheetProblems(graph(edges), ['styles/base.css'], PAGE)).toEqual(expected);
  });

  it('holds a feature stylesheet to its owner even when an entry point imports it', () => {
    const edges = { ...both, 'main.tsx': ['styles/base.css', 'features/a/x.css'] };
    expect(findStylesheetProblems(graph(edges), ['styles/base.css', 'features/a/x.css'], PAGE)).toEqual([
      'features/a/x.css is imported from another folder (main.tsx)',
    ]);
  });
});

describe('findOversizedFiles', () => {
  const LIMITS = { source: 300, stylesheet: 400, exempt: /\.generated\.ts$/ };

  // Rule: a source file has at most 300 lines and a stylesheet at most 400; tests and generated data
  // have no limit.
  it.each([
    ['domain/a.ts', 300, []],
    ['domain/a.ts', 301, ['domain/a.ts: 301 lines (at most 300)']],
    ['features/a/x.tsx', 450, ['features/a/x.tsx: 450 lines (at most 300)']],
    ['features/a/x.css', 400, []],
    ['features/a/x.css', 401, ['features/a/x.css: 401 lines (at most 400)']],
    ['domain/a.test.ts', 900, []],
    ['features/a/x.test.tsx', 900, []],
    ['data/reference-routes.generated.ts', 5000, []],
    ['data/sheet.json', 5000, []],
  ])('%s with %d lines → %j', (path, lines, expected) => {
    expect(findOversizedFiles([{ path, lines }], LIMITS)).toEqual(expected);
  });
});

describe('domainFolderOf', () => {
  // Rule: the folder under src/domain, with nested folders counted as their top ('rates/import' is
  // 'rates'); '.' for a module loose at the top of the domain.
  it.each([
    ['domain/money/money.ts', 'money'],
    ['domain/rates/import/litellm.ts', 'rates'],
    ['domain/embed.ts', '.'],
  ])('%s is in %s', (path, folder) => {
    expect(domainFolderOf(path)).toBe(folder);
  });
});

describe('findForbiddenDomainImports', () => {
  const RULES = { money: [], rates: ['money'], traces: ['money', 'rates', '.'], '.': ['money'] };

  // Rule: a domain folder imports only the folders its rule lists, and itself; a folder without a
  // rule is reported; imports outside the domain are not this rule's business.
  it.each([
    ['rates importing money', { 'domain/rates/rates.ts': ['domain/money/money'] }, []],
    ['a folder importing itself', { 'domain/money/format.ts': ['domain/money/money'] }, []],
    ['nested folders count as their top', { 'domain/rates/import/x.ts': ['domain/rates/rates'] }, []],
    ['traces importing a loose module', { 'domain/traces/t.ts': ['domain/text'] }, []],
    [
      'money importing anything',
      { 'domain/money/money.ts': ['domain/rates/rates'] },
      ['domain/money/money.ts → domain/rates/rates (money may not import rates)'],
    ],
    [
      'traces importing share-link',
      { 'domain/traces/t.ts': ['domain/share-link/share-link'] },
      ['domain/traces/t.ts → domain/share-link/share-link (traces may not import share-link)'],
    ],
    [
      'a loose module importing a folder it may not',
      { 'domain/embed.ts': ['domain/rates/rates'] },
      ['domain/embed.ts → domain/rates/rates (. may not import rates)'],
    ],
    [
      'a folder with no rule',
      { 'domain/charts/c.ts': ['domain/money/money'] },
      ['domain/charts/c.ts: the folder charts has no rule'],
    ],
    ['a file outside the domain', { 'features/a/x.tsx': ['domain/share-link/share-link'] }, []],
  ])('%s', (_name, edges, expected) => {
    expect(findForbiddenDomainImports(graph(edges), RULES)).toEqual(expected);
  });
});

describe('domainFolderGraph and findCycles', () => {
  // Rule: folders that import each other, directly or around a loop, form a cycle, named once from
  // its first folder in alphabetical order; a graph that only runs one way has none.
  it.each([
    ['one way', { a: ['b'], b: ['c'], c: [] }, []],
    ['two folders importing each other', { a: ['b'], b: ['a'] }, ['a → b → a']],
    [
      'around three folders',
      { scenario: ['cost'], cost: ['budget'], budget: ['scenario'] },
      ['budget → scenario → cost → budget'],
    ],
    ['a cycle beside a one-way branch', { a: ['b', 'd'], b: ['c'], c: ['b'], d: [] }, ['b → c → b']],
  ])('%s', (_name, edges, expected) => {
    const folders = new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));
    expect(findCycles(folders)).toEqual(expected);
  });

  it('builds the folder graph from file imports, leaving out imports inside a folder and outside the domain', () => {
    const files = graph({
      'domain/cost/cost.ts': ['domain/money/money', 'domain/cost/engine', 'data/rate-sheet'],
      'domain/money/money.ts': [],
      'domain/embed.ts': ['domain/money/money'],
    });
    expect(domainFolderGraph(files)).toEqual(
      new Map([
        ['cost', new Set(['money'])],
        ['money', new Set()],
        ['.', new Set(['money'])],
      ]),
    );
  });
});

describe('looseDomainModules', () => {
  // Rule: a loose module is a source file directly in src/domain; tests and folders' files are not.
  it('lists the source files at the top of the domain', () => {
    expect(
      looseDomainModules(['domain/embed.ts', 'domain/embed.test.ts', 'domain/money/money.ts', 'lib/x.ts']),
    ).toEqual(['domain/embed.ts']);
  });
});
