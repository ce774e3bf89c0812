import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the trust suite's figures go (read by e2e/trust-summary.ts at the end of `npm test`). */
export const TRUST_DIR = join(import.meta.dirname, '..', '..', '.trust');

/** Records one figure of the unit-test side of the trust suite (one file per figure: workers race). */
export function recordUnitTrust(key: string, value: object): void {
  mkdirSync(TRUST_DIR, { recursive: true });
  writeFileSync(join(TRUST_DIR, `unit-${key}.json`), JSON.stringify(value));
}

/**
 * Runs a fast-check property and records what ran: the runs fast-check made and whether one failed
 * (never a literal), with the seed, printed before the run so a failure can be repeated
 * (`FC_SEED=… npm run test:unit`). Fails the test as `fc.assert` would.
 */
export async function checkProperty<Ts>(
  key: string,
  property: fc.IRawProperty<Ts>,
  runs: number,
): Promise<void> {
  const seed = Number(process.env.FC_SEED ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`property ${key}: fast-check seed ${seed} (FC_SEED=${seed} repeats it)`);
  const details = await fc.check(property, { numRuns: runs, seed });
  recordUnitTrust(`property-${key}`, { runs: details.numRuns, failed: details.failed ? 1 : 0, seed });
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `property ${key} failed`);
}
