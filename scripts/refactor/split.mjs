// One-off (issue 13): after a module's code is split by hand into several files, points every importer
// at the file that now holds each name. Only `import { … } from '…'` / `export { … } from '…'` are
// rewritten; names the map does not list stay on the old module (an error if it no longer exists).
// node scripts/refactor/split.mjs scripts/refactor/splits/<map>.json [--dry]
// map: { "from": "src/domain/rates/rates", "to": { "src/domain/rates/prices": ["PriceText", …], … } }
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const DRY = process.argv.includes('--dry');
const mapPath = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!mapPath) throw new Error('usage: split.mjs <map.json> [--dry]');
const map = JSON.parse(readFileSync(mapPath, 'utf8'));
const from = resolve(map.from);
const fromExists = existsSync(`${from}.ts`) || existsSync(`${from}.tsx`);
const ownerOf = new Map();
for (const [target, names] of Object.entries(map.to))
  for (const name of names) {
    if (ownerOf.has(name)) throw new Error(`${name} is placed twice`);
    ownerOf.set(name, resolve(target));
  }

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
const IMPORT = /^(import|export)(\s+type)?\s+\{([^}]*)\}\s+from\s+'(\.{1,2}\/[^']+)';[ \t]*\n/gm;
const specifier = (file, target) => {
  const rel = relative(dirname(resolve(file)), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
};

const rewritten = new Map();
let statements = 0;
const unplaced = new Set();
for (const file of ['src', 'e2e', 'scripts'].flatMap(walk)) {
  if (file.startsWith('scripts/refactor/')) continue;
  const text = readFileSync(file, 'utf8');
  const next = text.replace(IMPORT, (all, keyword, typeOnly, list, spec) => {
    if (resolve(dirname(file), spec).replace(/\.tsx?$/, '') !== from) return all;
    statements += 1;
    const groups = new Map();
    for (const item of list
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const name = item
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]
        .trim();
      const owner = ownerOf.get(name) ?? from;
      if (owner === from && !fromExists) unplaced.add(`${name} (${file})`);
      groups.set(owner, [...(groups.get(owner) ?? []), item]);
    }
    return [...groups]
      .map(
        ([owner, items]) =>
          `${keyword}${typeOnly ?? ''} { ${items.join(', ')} } from '${specifier(file, owner)}';\n`,
      )
      .join('');
  });
  if (next !== text) rewritten.set(file, next);
}
if (unplaced.size > 0) throw new Error(`not placed, and ${map.from} is gone: ${[...unplaced].join(', ')}`);
if (!DRY) for (const [file, text] of rewritten) writeFileSync(file, text);
console.log(
  `${map.from}: ${statements} imports in ${rewritten.size} files rewritten${DRY ? ' (dry run)' : ''}`,
);
