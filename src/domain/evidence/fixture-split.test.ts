import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The evidence fixture is split once, by fact, into a dev half (tuned on) and a test half (never
 * tuned on): claims sharing a supporting sentence stand in the same half, so tuning on dev never
 * tunes on a test claim's evidence. Nothing tuned may have seen a test claim: neither the dev fixture nor the ranker's code,
 * lexicon or unit tests may hold a test claim's wording.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'bench', 'fixtures');
interface Claim {
  name: string;
  article: string;
  claim: string;
  supports: string[];
}
const read = (f: string) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as { claims: Claim[] };
const dev = read('evidence-dev.json').claims;
const test = read('evidence-test.json').claims;

/** Files tuned on the dev half: the dev fixture and everything in the ranker's folder. */
const devOnly = [
  join(fixtures, 'evidence-dev.json'),
  ...readdirSync(import.meta.dirname).map((f) => join(import.meta.dirname, f)),
].filter((f) => f !== join(import.meta.dirname, 'fixture-split.test.ts'));

describe('evidence fixture split', () => {
  it('has at least 60 claims and 90 labelled pairs, split into halves', () => {
    expect(dev.length + test.length).toBeGreaterThanOrEqual(60);
    expect(dev.length).toBeGreaterThanOrEqual(25);
    expect(test.length).toBeGreaterThanOrEqual(25);
    const pairs = [...dev, ...test].reduce((n, c) => n + c.supports.length, 0);
    expect(pairs).toBeGreaterThanOrEqual(90);
  });

  it('never makes one sentence a support in both halves', () => {
    const devSupports = new Set(dev.flatMap((c) => c.supports));
    const shared = test.flatMap((c) =>
      c.supports.filter((s) => devSupports.has(s)).map((s) => `${c.name}: ${s}`),
    );
    expect(shared).toEqual([]);
  });

  it('never lets a test claim into a dev-only file', () => {
    const devClaims = new Set(dev.map((c) => `${c.article}|${c.claim}`));
    const devNames = new Set(dev.map((c) => c.name));
    for (const c of test) {
      expect(devClaims.has(`${c.article}|${c.claim}`), c.name).toBe(false);
      expect(devNames.has(c.name), c.name).toBe(false);
    }
    const normal = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
    for (const file of devOnly) {
      const text = normal(readFileSync(file, 'utf8'));
      // The dev fixture lists supporting sentences, which may be test claims' sentences too; what it
      // must not hold is a test claim as a claim.
      const body = file.endsWith('evidence-dev.json') ? normal(dev.map((c) => c.claim).join('\n')) : text;
      for (const c of test) expect(body.includes(normal(c.claim)), `${c.name} in ${file}`).toBe(false);
    }
  });
});
