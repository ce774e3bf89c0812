import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the trust suite's figures go (read by e2e/trust-summary.ts at the end of `npm test`). */
export const TRUST_DIR = join(import.meta.dirname, '..', '..', '.trust');

/** Records one figure of the unit-test side of the trust suite (one file per figure: workers race). */
export function recordUnitTrust(key: string, value: object): void {
  mkdirSync(TRUST_DIR, { recursive: true });
  writeFileSync(join(TRUST_DIR, `unit-${key}.json`), JSON.stringify(value));
}
