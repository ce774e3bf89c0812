import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { DEVICE_SETTINGS } from '../domain/exchange/backup';
import { generateDossier } from '../testing/dossier-generator';
import { latestIn, readLatestClaims } from './claims-repo';
import { CorroborateDB } from './db';
import { byId } from './pack-testing';
import { replaceWorkbench } from './workbench-repo';

const db = new CorroborateDB('latest-claims');
afterAll(() => db.delete());

it('a restore’s first rows, taken from the backup, are the ones the database gives (ties in time by id)', async () => {
  const { data } = generateDossier({ articles: 6, claims: 300, seed: 3 });
  await fc.assert(
    fc.asyncProperty(
      // Update times drawn from a few values, so many claims tie.
      fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 300, maxLength: 300 }),
      fc.integer({ min: 1, max: 320 }),
      async (times, limit) => {
        const claims = data.claims.map((c, i) => ({ ...c, updatedAt: times[i]! }));
        const restored = { ...data, claims };
        await replaceWorkbench(db, restored, DEVICE_SETTINGS);
        const stored = await readLatestClaims(db, limit, true);
        const handed = latestIn(restored, limit);
        expect(handed.claims).toEqual(stored.claims);
        expect(byId(handed.links)).toEqual(byId(stored.links));
        expect(byId(handed.articles)).toEqual(byId(stored.articles));
      },
    ),
    { numRuns: 15 },
  );
}, 60_000);
