import fc from 'fast-check';
import { expect, it } from 'vitest';
import { fieldOrder } from './field-order';
import { RECORD_TYPES } from './index';
import { generateDossier } from '../../testing/dossier-generator';

/** The same object with its keys (at every depth) in a shuffled order. */
function shuffled(v: unknown, rand: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffled(x, rand));
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v).sort(() => rand() - 0.5);
  return Object.fromEntries(entries.map(([k, x]) => [k, shuffled(x, rand)]));
}

it('puts every field of every record, at every depth, in the order parsing with its schema gives', () => {
  const { data } = generateDossier({ articles: 3, claims: 40, seed: 5 });
  const tables = ['articles', 'texts', 'claims', 'links', 'categories'] as const;
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      let s = seed;
      const rand = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
      for (const table of tables) {
        const schema = RECORD_TYPES[table].schema;
        const order = fieldOrder(schema);
        for (const record of data[table]) {
          const mixed = shuffled(record, rand);
          expect(JSON.stringify(order(mixed))).toBe(JSON.stringify(schema.parse(record)));
        }
      }
    }),
    { numRuns: 20 },
  );
});
