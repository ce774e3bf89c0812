import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TRUST_DIR } from './trust-figures';

/** Vitest global setup: the unit side of the trust figures starts empty on every run. */
export default function setup(): void {
  try {
    for (const f of readdirSync(TRUST_DIR)) if (f.startsWith('unit-')) rmSync(join(TRUST_DIR, f));
  } catch {
    // no figures yet
  }
}
