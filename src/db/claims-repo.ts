import type { ClaimSelector, Verdict } from '../domain/types';
import type { CorroborateDB } from './db';
import type { ClaimRecord } from './records';

export interface NewClaim {
  articleId: string;
  selector: ClaimSelector;
  categoryId: string;
  verdict: Verdict;
  note: string;
}

export type ClaimChanges = Partial<Pick<ClaimRecord, 'categoryId' | 'verdict' | 'note'>>;

function newId(): string {
  return crypto.randomUUID();
}

/** Records a new claim; returns its id. */
export async function createClaim(db: CorroborateDB, input: NewClaim): Promise<string> {
  if (!input.selector.quote.exact.trim()) throw new Error('A claim needs some text.');
  const now = Date.now();
  const id = newId();
  await db.claims.add({ ...input, note: input.note.trim(), id, createdAt: now, updatedAt: now, rev: 1 });
  return id;
}

export interface UpdateResult {
  /** True when the claim had changed since `expectedRev` (in another tab): this write replaced that change. */
  overwrote: boolean;
}

/** Applies changes to a claim, raising its revision; reports whether it overwrote someone else's change. */
export async function updateClaim(
  db: CorroborateDB,
  id: string,
  changes: ClaimChanges,
  expectedRev?: number,
): Promise<UpdateResult> {
  return db.transaction('rw', db.claims, async () => {
    const current = await db.claims.get(id);
    if (!current) throw new Error('That claim has been deleted.');
    const patch: ClaimChanges = { ...changes };
    if (patch.note !== undefined) patch.note = patch.note.trim();
    await db.claims.update(id, { ...patch, updatedAt: Date.now(), rev: current.rev + 1 });
    return { overwrote: expectedRev !== undefined && current.rev !== expectedRev };
  });
}

/** Deletes a claim and returns what was deleted, so it can be put back (undo). */
export async function deleteClaim(db: CorroborateDB, id: string): Promise<ClaimRecord | undefined> {
  return db.transaction('rw', db.claims, async () => {
    const claim = await db.claims.get(id);
    if (claim) await db.claims.delete(id);
    return claim;
  });
}

/** Puts a deleted claim back exactly as it was (undo of delete). */
export async function restoreClaim(db: CorroborateDB, claim: ClaimRecord): Promise<void> {
  await db.claims.put(claim);
}
