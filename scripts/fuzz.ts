/**
 * `npm run fuzz`: the hostile-links journey at length. Opens FUZZ_COUNT visits (2,000 by default) built
 * from FUZZ_SEED (a fresh random seed by default), with every panel and chart mounted, and prints the
 * seed, the figures and every failing link. Repeat a run with `FUZZ_SEED=<seed> npm run fuzz`.
 * It builds first (npm run fuzz runs `npm run build`); set PW_PORT to keep clear of other servers.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface BatchReport {
  readonly tried: number;
  readonly failures: readonly string[];
}

const seed = process.env.FUZZ_SEED ?? String(randomInt(1, 2 ** 31));
const count = process.env.FUZZ_COUNT ?? '2000';
const report = join(mkdtempSync(join(tmpdir(), 'fuzz-')), 'report.jsonl');

console.log(`Fuzzing ${count} hostile links with seed ${seed} (repeat: FUZZ_SEED=${seed} npm run fuzz)`);
const started = Date.now();
const run = spawnSync('npx', ['playwright', 'test', 'e2e/hostile-links.spec.ts', '--reporter=dot'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_COUNT: count, FUZZ_REPORT: report },
});
const seconds = Math.round((Date.now() - started) / 1000);

const batches: BatchReport[] = existsSync(report)
  ? readFileSync(report, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as BatchReport)
  : [];
const tried = batches.reduce((sum, batch) => sum + batch.tried, 0);
const failures = batches.flatMap((batch) => batch.failures);
console.log('');
for (const failure of failures) console.log(`FAILING LINK: ${failure}\n`);
console.log(`Seed ${seed}: ${tried} of ${count} links tried, ${failures.length} failed, in ${seconds} s.`);
if (tried < Number(count)) console.log('Some batches did not report (see the Playwright output above).');
process.exit(run.status === 0 && failures.length === 0 && tried === Number(count) ? 0 : 1);
