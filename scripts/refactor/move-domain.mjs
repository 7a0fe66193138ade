// One-off: moves src/domain into concept folders (issue 13) and rewrites every import path.
// node scripts/refactor/move-domain.mjs [--dry]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const DRY = process.argv.includes('--dry');
const D = 'src/domain/';
const FOLDERS = {
  money: ['money', 'decimal', 'quantity', 'format', 'number-conventions'],
  rates: ['rates', 'provenance', 'rate-list', 'route-catalog', 'route-merge', 'custom-route'],
  'rates/import': ['rate-sheet-import', 'rate-sheet-entries', 'rate-sheet-fields', 'litellm-import'],
  workload: ['workload', 'workload-shapes', 'presets', 'fit'],
  cost: ['cost', 'scenario-cost', 'breakdown', 'endpoint-figures'],
  budget: ['budget', 'budget-reach'],
  billing: ['billing-extras'],
  charts: ['chart-data', 'chart-scale'],
  scenario: ['scenario', 'endpoint', 'saved-scenarios'],
  'share-link': ['share-link'],
  traces: [
    'trace-cost',
    'trace-csv',
    'trace-json',
    'trace-parser',
    'trace-report',
    'trace-request',
    'trace-stats',
    'trace-tally',
    'trace-values',
    'trace-view',
    'trace-workload',
  ],
  export: ['csv', 'exports'],
};
const RENAMES = {
  'billing-usage': 'cost/usage-by-provider',
  compare: 'compare/comparison-rows',
  'share-link-endpoints': 'share-link/link-endpoints',
  'share-link-extras': 'share-link/link-extras',
};
const TEST_ONLY = {
  'rate-sheet-export': 'rates/import',
  'rate-sheet-hostile': 'rates/import',
  'trace-hostile': 'traces',
  'share-link-fallbacks': 'share-link',
};
const LOOSE = new Set(['embed', 'text', 'calendar-date']);

const moves = new Map(); // path without extension → new path without extension
for (const [folder, names] of Object.entries(FOLDERS))
  for (const name of names) if (existsSync(`${D}${name}.ts`)) moves.set(D + name, `${D}${folder}/${name}`);
for (const [name, to] of Object.entries(RENAMES)) moves.set(D + name, D + to);
for (const [from, to] of [...moves])
  if (existsSync(`${from}.test.ts`)) moves.set(`${from}.test`, `${to}.test`);
for (const [name, folder] of Object.entries(TEST_ONLY))
  moves.set(`${D}${name}.test`, `${D}${folder}/${name}.test`);
const unplaced = readdirSync(D)
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => D + file.replace(/\.tsx?$/, ''))
  .filter((path) => !moves.has(path) && !LOOSE.has(basename(path).replace(/\.test$/, '')));
if (unplaced.length) throw new Error(`place these first: ${unplaced.join(', ')}`);

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
const SPEC = /(\bfrom\s+|^\s*import\s+|\bimport\(\s*|\bvi\.mock\(\s*|\bnew URL\(\s*)'(\.{1,2}\/[^']*)'/gm;
const strip = (path) => path.replace(/\.(tsx?|css)$/, '');
const moved = (path) => {
  const stem = strip(path);
  return (moves.get(stem) ?? stem) + path.slice(stem.length);
};
const rewritten = new Map();
let specifiers = 0;
for (const file of ['src', 'e2e', 'scripts'].flatMap(walk)) {
  if (file.startsWith('scripts/refactor/')) continue;
  const to = moved(file);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(SPEC, (_all, head, spec) => {
    const target = relative('.', resolve(dirname(file), spec));
    let rel = relative(dirname(to), moved(target));
    if (!rel.startsWith('.')) rel = `./${rel}`;
    if (rel !== spec) specifiers += 1;
    return `${head}'${rel}'`;
  });
  if (next !== text || to !== file) rewritten.set(to, next);
}
if (!DRY) {
  for (const [from, to] of moves) {
    mkdirSync(dirname(to), { recursive: true });
    execFileSync('git', ['mv', `${from}.ts`, `${to}.ts`]);
  }
  for (const [path, text] of rewritten) writeFileSync(path, text);
}
console.log(
  `${moves.size} moves, ${rewritten.size} files rewritten, ${specifiers} specifiers${DRY ? ' (dry run)' : ''}`,
);
