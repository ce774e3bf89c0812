import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Figures of the trust suite. Each test appends what it found to `.trust/<kind>.jsonl`; the suite's
 * teardown prints them as one line (e2e/trust-summary.ts). Vitest writes `.trust/unit.json` the same way.
 */
export const TRUST_DIR = join(import.meta.dirname, '..', '.trust');
export const E2E_KINDS = ['hostile', 'kills', 'tabs', 'update'] as const;

export function recordTrust(kind: (typeof E2E_KINDS)[number], record: object): void {
  mkdirSync(TRUST_DIR, { recursive: true });
  appendFileSync(join(TRUST_DIR, `${kind}.jsonl`), `${JSON.stringify(record)}\n`);
}

export function readTrust<T>(kind: string): T[] {
  const path = join(TRUST_DIR, `${kind}.jsonl`);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

export function clearE2eTrust(): void {
  for (const k of E2E_KINDS) rmSync(join(TRUST_DIR, `${k}.jsonl`), { force: true });
}

/**
 * A SHA-256 of every record of every table but the derived evidence cache, read straight from IndexedDB (not through the app).
 * `volatile` leaves out fields that differ between two runs of the same work (times, random ids),
 * so two states can be compared by content.
 */
export async function databaseDigest(page: Page, options: { volatile?: boolean } = {}): Promise<string> {
  return page.evaluate(async (volatile) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('corroborate');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    // The evidence index cache is derived data the worker rewrites whenever it indexes: not the work.
    // Derived stores (rebuilt when missing; the embeddings written in the background by the evidence
    // worker) are no part of the state a user's action leaves.
    const derived = new Set(['evidenceCache', 'embeddingPacks']);
    const stores = [...db.objectStoreNames].filter((s) => !derived.has(s)).sort();
    const tx = db.transaction(stores, 'readonly');
    const tables = await Promise.all(
      stores.map(
        (s) =>
          new Promise<unknown[]>((resolve, reject) => {
            const r = tx.objectStore(s).getAll();
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          }),
      ),
    );
    db.close();
    // Volatile: what differs from one run of the same work to the next (random ids, times, and the
    // undo step's sequence number and record keys).
    const drop = new Set([
      'id',
      'articleId',
      'addedAt',
      'updatedAt',
      'createdAt',
      'order',
      'value',
      'at',
      'seq',
      'key',
    ]);
    const clean = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(clean)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => !(volatile && drop.has(k)))
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, clean(x)]),
            )
          : v;
    const content = stores.map((s, i) => {
      const rows = tables[i]!.map((r) => JSON.stringify(clean(r)));
      // Without ids, row order is the order of random keys: sort by content instead.
      return [s, volatile ? rows.sort() : rows];
    });
    const bytes = new TextEncoder().encode(JSON.stringify(content));
    const hash = await crypto.subtle.digest('SHA-256', bytes);
    return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }, options.volatile ?? false);
}
