/**
 * The rules src/architecture.test.ts enforces, as pure functions over file paths and texts (paths are
 * relative to src/, with forward slashes), so each rule is also tested on small made-up trees.
 */

/** A source file: its path relative to src/ and its text. */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

/** Who imports what: a file's path → the paths it names, resolved against its folder (relative to src/). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

// A string literal: what a bundler can resolve without running the code.
const STATIC_SPECIFIERS = [
  /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm, // import … from '…', export … from '…'
  /^\s*import\s+['"]([^'"]+)['"]/gm, // import './x.css'
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, // import('./x')
  /\bnew\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g, // new URL('./worker.ts', import.meta.url)
];

/** Every module a text names: static imports and re-exports, side-effect imports (css), import() and worker URLs. */
export function moduleSpecifiers(text: string): string[] {
  return STATIC_SPECIFIERS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => match[1] as string),
  );
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

/** The text without block comments and whole-line // comments (prose may mention import() freely). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/**
 * The module references a reader cannot check because they are computed: an import() or a
 * `new URL(…, import.meta.url)` whose specifier is not a string literal, and any other use of
 * import.meta.url or import.meta.glob. Each is named, so a message can say what to write instead.
 */
export function computedSpecifiers(source: string): string[] {
  const text = withoutComments(source);
  const problems: string[] = [];
  const dynamic = count(text, /\bimport\s*\(/g) - count(text, STATIC_SPECIFIERS[2] as RegExp);
  if (dynamic > 0) problems.push(`${dynamic} import() with a computed specifier`);
  const urls = count(text, /\bimport\.meta\.url\b/g) - count(text, STATIC_SPECIFIERS[3] as RegExp);
  if (urls > 0) problems.push(`${urls} import.meta.url outside new URL('literal', import.meta.url)`);
  if (/\bimport\.meta\.glob\b/.test(text)) problems.push('import.meta.glob');
  return problems;
}

/** The path a relative specifier names, resolved against the importing file's folder ('..' and '.' removed). */
export function resolveSpecifier(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The relative imports of every file, resolved (package imports are left out). */
export function importGraph(files: readonly SourceText[]): ImportGraph {
  return new Map(
    files.map((file) => [
      file.path,
      moduleSpecifiers(file.text)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => resolveSpecifier(file.path, specifier)),
    ]),
  );
}

/** The layer of a path: its top folder, except components/ui, a layer of its own. '.' for a file at the top of src/. */
export function layerOf(path: string): string {
  if (path.startsWith('components/ui/')) return 'components/ui';
  return path.includes('/') ? (path.split('/')[0] as string) : '.';
}

/**
 * Imports that go against the layers: the importer's layer must allow the target's, and a feature
 * imports no other feature. Files at the top of src/ (main.tsx) compose everything and are not checked;
 * stylesheets belong to the folder that imports them (findStylesheetProblems), not to a layer.
 */
export function findLayerViolations(
  graph: ImportGraph,
  allowed: Readonly<Record<string, readonly string[]>>,
) {
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    const layer = layerOf(from);
    if (layer === '.') continue;
    const mayImport = allowed[layer];
    for (const target of targets.filter((path) => !path.endsWith('.css'))) {
      const targetLayer = layerOf(target);
      if (!mayImport) problems.push(`${from}: unknown layer ${layer}`);
      else if (!mayImport.includes(targetLayer))
        problems.push(`${from} → ${target} (${layer} → ${targetLayer})`);
      else if (
        layer === 'features' &&
        targetLayer === 'features' &&
        from.split('/')[1] !== target.split('/')[1]
      ) {
        problems.push(`${from} → ${target} (a feature imports another feature)`);
      }
    }
  }
  return problems;
}

/** Package imports (not relative) of a layer that may use none but the listed packages. */
export function findForbiddenPackages(
  files: readonly SourceText[],
  layer: string,
  packages: readonly string[],
): string[] {
  return files
    .filter((file) => layerOf(file.path) === layer)
    .flatMap((file) =>
      moduleSpecifiers(file.text)
        .filter((specifier) => !specifier.startsWith('.') && !packages.includes(specifier))
        .map((specifier) => `${file.path} imports ${specifier}`),
    );
}

/** Barrel files: an index.ts or index.tsx anywhere (they hide where things live and defeat tree-shaking). */
export function findBarrels(paths: readonly string[]): string[] {
  return paths.filter((path) => /(^|\/)index\.tsx?$/.test(path));
}

/** The page-wide stylesheets (tokens, base): the folder they sit in and the entry points that load them. */
export interface PageStylesheets {
  readonly folder: string;
  /** Each entry point (the page, the bench page) imports every one of them, once. */
  readonly entries: readonly string[];
}

/**
 * Stylesheets that are not imported exactly once by a module in their own folder: each .css file
 * belongs to the one component (or page module) beside it, which imports it. The page-wide
 * stylesheets in `page.folder` are the exception: every entry point imports each of them, and no
 * other module does.
 */
export function findStylesheetProblems(
  graph: ImportGraph,
  stylesheets: readonly string[],
  page: PageStylesheets = { folder: 'styles', entries: [] },
): string[] {
  const importers = new Map<string, string[]>(stylesheets.map((path) => [path, []]));
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    for (const target of targets.filter((path) => path.endsWith('.css'))) {
      const list = importers.get(target);
      if (list) list.push(from);
      else problems.push(`${from} imports ${target}, which does not exist`);
    }
  }
  const folder = (path: string) => path.split('/').slice(0, -1).join('/');
  const entries = [...page.entries].sort();
  for (const [stylesheet, list] of importers) {
    if (folder(stylesheet) === page.folder) {
      if ([...list].sort().join() !== entries.join()) {
        problems.push(
          `${stylesheet} is imported by ${list.length ? list.join(', ') : 'nothing'}; a page-wide stylesheet is imported by the entry points only (${entries.join(', ')})`,
        );
      }
    } else if (list.length !== 1) {
      problems.push(
        `${stylesheet} is imported ${list.length} times${list.length ? ` (${list.join(', ')})` : ''}`,
      );
    } else if (folder(list[0] as string) !== folder(stylesheet)) {
      problems.push(`${stylesheet} is imported from another folder (${list[0]})`);
    }
  }
  return problems;
}

/** A file and its length in lines. */
export interface FileLength {
  readonly path: string;
  readonly lines: number;
}

export interface SizeLimits {
  /** Most lines in a .ts or .tsx source file (tests are not source). */
  readonly source: number;
  /** Most lines in a .css file. */
  readonly stylesheet: number;
  /** Files no limit applies to (generated data). */
  readonly exempt: RegExp;
}

/** Files longer than their limit, each with its length and the limit. */
export function findOversizedFiles(files: readonly FileLength[], limits: SizeLimits): string[] {
  return files.flatMap(({ path, lines }) => {
    if (limits.exempt.test(path) || /\.test\.tsx?$/.test(path)) return [];
    const limit = path.endsWith('.css') ? limits.stylesheet : /\.tsx?$/.test(path) ? limits.source : null;
    return limit !== null && lines > limit ? [`${path}: ${lines} lines (at most ${limit})`] : [];
  });
}

/** The concept folder of a domain path ('domain/rates/import/x.ts' → 'rates'); '.' for a loose module. */
export function domainFolderOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? (parts[1] as string) : '.';
}

const inDomain = (path: string) => path.startsWith('domain/');

/** The folder graph of the domain: which concept folder imports which (itself left out). */
export function domainFolderGraph(graph: ImportGraph): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const [from, targets] of graph) {
    if (!inDomain(from)) continue;
    const folder = domainFolderOf(from);
    const edges = folders.get(folder) ?? new Set<string>();
    folders.set(folder, edges);
    for (const target of targets.filter(inDomain)) {
      if (domainFolderOf(target) !== folder) edges.add(domainFolderOf(target));
    }
  }
  return folders;
}

/**
 * Imports between domain folders that the rules do not allow. `rules` lists, for every folder, the
 * folders it may import ('.' is the loose modules); a folder may always import itself, and a folder
 * missing from the rules is reported.
 */
export function findForbiddenDomainImports(
  graph: ImportGraph,
  rules: Readonly<Record<string, readonly string[]>>,
): string[] {
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    if (!inDomain(from)) continue;
    const folder = domainFolderOf(from);
    const mayImport = rules[folder];
    if (!mayImport) {
      problems.push(`${from}: the folder ${folder} has no rule`);
      continue;
    }
    for (const target of targets.filter(inDomain)) {
      const targetFolder = domainFolderOf(target);
      if (targetFolder !== folder && !mayImport.includes(targetFolder)) {
        problems.push(`${from} → ${target} (${folder} may not import ${targetFolder})`);
      }
    }
  }
  return problems;
}

/**
 * Cycles in a folder graph, each as the path that closes it ('cost → scenario → cost'): none when
 * there is none, and at least one through every group of folders that import each other.
 */
export function findCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const cycles = new Set<string>();
  const done = new Set<string>();
  const visit = (node: string, path: readonly string[]) => {
    const start = path.indexOf(node);
    if (start >= 0) {
      const loop = path.slice(start);
      // The same cycle found from another of its nodes: name it from its smallest node.
      const first = loop.indexOf([...loop].sort()[0] as string);
      const rotated = [...loop.slice(first), ...loop.slice(0, first)];
      cycles.add([...rotated, rotated[0]].join(' → '));
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return [...cycles].sort();
}

/** The modules at the top of src/domain, outside any concept folder. */
export function looseDomainModules(paths: readonly string[]): string[] {
  return paths.filter(
    (path) => inDomain(path) && domainFolderOf(path) === '.' && !/\.test\.tsx?$/.test(path),
  );
}
