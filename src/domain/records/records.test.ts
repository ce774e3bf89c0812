import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBackup } from '../exchange/backup';
import { RECORD_TYPES, SCHEMA_VERSION, migrateTables, migrationsAt, storesAt } from '.';

const stored = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('record types', () => {
  it('declare each table once, born at a version with indexes, and migrate only after birth', () => {
    for (const [name, r] of Object.entries(RECORD_TYPES)) {
      expect(r.table).toBe(name);
      const versions = Object.keys(r.stores).map(Number);
      expect(versions.length, name).toBeGreaterThan(0);
      const born = Math.min(...versions);
      for (const m of r.migrations) {
        expect(m.version, `${name} migration`).toBeGreaterThan(born);
        expect(m.version).toBeLessThanOrEqual(SCHEMA_VERSION);
        expect(m.why.length).toBeGreaterThan(10);
      }
    }
    expect(storesAt(1)).toMatchObject({ claims: expect.stringContaining('articleId') });
    expect(Object.keys(storesAt(2)).sort()).toEqual(['dismissals', 'links']);
    expect(Object.keys(storesAt(3))).toEqual(['evidenceCache']);
    expect(migrationsAt(2).map((m) => m.table)).toEqual(['claims']);
    expect(migrationsAt(4).map((m) => m.table)).toEqual(['claims']);
  });

  it('bring a stored version-1 backup up the chain to the current version, every record valid', () => {
    const doc = JSON.parse(stored('backup-v1.json')) as { data: Record<string, unknown> };
    const tables = migrateTables(doc.data, 1);
    expect(tables.links).toEqual([]);
    expect(tables.dismissals).toEqual([]);
    const claims = tables.claims as Array<Record<string, unknown>>;
    expect(claims[0]).toMatchObject({ id: 'c1', note: '', rev: 1, verdict: 'confirmed', claimant: null });
    for (const [name, r] of Object.entries(RECORD_TYPES)) {
      if ('derived' in r && r.derived) {
        expect(tables[name], `${name} is derived: never in a backup`).toBeUndefined();
        continue;
      }
      for (const row of tables[name] as unknown[]) expect(r.schema.safeParse(row).success, name).toBe(true);
    }
    const check = checkBackup(stored('backup-v1.json'));
    expect(check).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  it('give a version-6 evidence link an empty note and no weight (version 7)', () => {
    const link = { id: 'l', relation: 'supports' };
    expect(migrateTables({ links: [link] }, 6)).toMatchObject({
      links: [
        { id: 'l', relation: 'supports', note: '', weight: { attribution: null, access: null, kind: null } },
      ],
    });
  });

  it('leave a record of the current version unchanged', () => {
    const claim = { id: 'c', note: 'kept', rev: 7, claimant: { name: 'Peskov', type: 'Person' } };
    expect(migrateTables({ claims: [claim] }, SCHEMA_VERSION)).toEqual({ claims: [claim] });
  });
});
