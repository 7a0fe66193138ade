/**
 * Regenerates src/data/reference-routes.generated.ts from the project's sourced price reference
 * (../shared/reference/kimi-prices.json by default). Run: npx tsx scripts/import-reference-prices.ts [path]
 *
 * One route per canonical priced record (model version × variant × provider). Every other priced record
 * for the same route becomes a dated reference, and the route is flagged when any reference's prices
 * differ. Speed figures tied to a provider are attached to that provider's base route.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pricesDiffer } from '../src/domain/rates/prices';

interface ReferenceRecord {
  model: string;
  modelVersion: string;
  provider: string;
  providerModelId: string;
  inputPerM: number | null;
  cachedInputPerM: number | null;
  outputPerM: number | null;
  contextWindow: number | null;
  maxOutput: number | null;
  throughputTps: number | null;
  latencyS: number | null;
  source: string;
  sourceDate: string;
  sourceDateType: string;
  dataset: string;
  notes: string;
  canonical: boolean;
}

const inputPath =
  process.argv[2] ?? fileURLToPath(new URL('../../shared/reference/kimi-prices.json', import.meta.url));
const outputPath = fileURLToPath(new URL('../src/data/reference-routes.generated.ts', import.meta.url));
const records = JSON.parse(readFileSync(inputPath, 'utf8')) as ReferenceRecord[];

const FAMILIES: [RegExp, string][] = [
  [/^kimi-k2\.5/, 'K2.5'],
  [/^kimi-k2\.6/, 'K2.6'],
  [/^kimi-k2\.7/, 'K2.7'],
  [/^kimi-k2/, 'K2'],
  [/^kimi-k3/, 'K3'],
  [/^kimi-latest/, 'Kimi Latest'],
  [/^gpt/, 'GPT'],
  [/^claude/, 'Claude'],
  [/^gemini/, 'Gemini'],
];

function familyOf(modelVersion: string): string {
  const found = FAMILIES.find(([pattern]) => pattern.test(modelVersion));
  if (!found) throw new Error(`No family for ${modelVersion}`);
  return found[1];
}

function splitVariant(model: string): { modelName: string; variant: string | null } {
  const match = /^(.*?)\s*\[([^\]]+)\]$/.exec(model);
  return match
    ? { modelName: match[1] ?? model, variant: match[2] ?? null }
    : { modelName: model, variant: null };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-|-$/g, '');
}

function priceText(value: number | null): string | null {
  return value === null ? null : String(value);
}

/** Dates are YYYY-MM-DD, YYYY-MM or YYYY; looser ones ("<=2026-07-05", "undated (2026)") keep their wording in dateMeaning. */
function sourceOf(record: ReferenceRecord) {
  const url = /https?:\/\/[^\s)]+/.exec(record.source)?.[0] ?? null;
  const date = /\d{4}(-\d{2}(-\d{2})?)?/.exec(record.sourceDate)?.[0] ?? 'undated';
  const dateMeaning =
    date === record.sourceDate
      ? record.sourceDateType
      : `${record.sourceDateType} (recorded as “${record.sourceDate}”)`;
  return { label: record.dataset, url, date, dateMeaning };
}

function keyOf(record: ReferenceRecord): string {
  const { variant } = splitVariant(record.model);
  return `${record.modelVersion}|${variant ?? ''}|${record.provider}`;
}

// A price with no date at all cannot be checked, so undated records are left out.
const priced = records.filter(
  (r) => r.inputPerM !== null && r.outputPerM !== null && /\d{4}/.test(r.sourceDate),
);
const canonical = priced.filter((r) => r.canonical);

const routes = canonical.map((record) => {
  const { modelName, variant } = splitVariant(record.model);
  const key = keyOf(record);
  const seen = new Set<string>();
  const references = priced
    .filter((other) => other !== record && keyOf(other) === key)
    .map((other) => ({
      prices: {
        input: priceText(other.inputPerM)!,
        cachedInput: priceText(other.cachedInputPerM),
        output: priceText(other.outputPerM)!,
      },
      source: sourceOf(other),
      note: other.notes,
    }))
    .filter((reference) => {
      const id = JSON.stringify([reference.source.label, reference.source.date, reference.prices]);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  const prices = {
    input: priceText(record.inputPerM)!,
    cachedInput: priceText(record.cachedInputPerM),
    output: priceText(record.outputPerM)!,
  };
  const speedRecord = variant
    ? undefined
    : records.find(
        (other) =>
          other.modelVersion === record.modelVersion &&
          other.provider === record.provider &&
          other.throughputTps !== null &&
          !/\[/.test(other.model),
      );
  const isKimi = record.modelVersion.startsWith('kimi');
  return {
    id: `${record.modelVersion}${variant ? `-${slug(variant)}` : ''}@${slug(record.provider)}`,
    group: isKimi ? 'kimi' : 'comparison',
    family: familyOf(record.modelVersion),
    modelId: record.modelVersion,
    modelName,
    providerName: record.provider,
    variant,
    providerModelId: record.providerModelId,
    prices,
    contextWindow: record.contextWindow,
    maxOutput: record.maxOutput,
    source: sourceOf(record),
    notes: record.notes,
    references,
    disagrees:
      references.some((reference) => pricesDiffer(reference.prices, prices)) ||
      /SOURCES DISAGREE/.test(record.notes),
    speed: speedRecord
      ? {
          outputTokensPerSecond: speedRecord.throughputTps,
          timeToFirstTokenSeconds: speedRecord.latencyS,
          source: sourceOf(speedRecord),
        }
      : null,
  };
});

const ids = new Set<string>();
for (const route of routes) {
  if (ids.has(route.id)) throw new Error(`Duplicate route id ${route.id}`);
  ids.add(route.id);
}

const header = `// Generated by scripts/import-reference-prices.ts from shared/reference/kimi-prices.json. Do not edit by hand:
// correct the reference data (or add an override in rate-sheet.ts) and run the script again.
import type { Route } from '../domain/rates/route';
`;
writeFileSync(
  outputPath,
  `${header}
export const REFERENCE_ROUTES: readonly Route[] = ${JSON.stringify(routes, null, 1)};
`,
);
console.log(`Wrote ${routes.length} routes to ${outputPath}`);
