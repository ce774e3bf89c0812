import { createEvidenceIndex, type EvidenceIndex, type StoredEvidenceIndex } from '../domain/evidence';
import type { CorroborateDB } from '../db/db';
import {
  articleSignatures,
  loadEvidenceCache,
  saveEvidenceCache,
  sentencesOf,
} from '../db/evidence-cache-repo';

/** An evidence index with what it was built from: each article's signature. */
export interface IndexState {
  index: EvidenceIndex | null;
  built: Record<string, string>;
}

export type SyncOutcome = 'unchanged' | 'loaded' | 'grown' | 'rebuilt';

/**
 * Brings the index in step with the database, doing the least work: the index stored in IndexedDB is
 * loaded when none is in memory; articles added since are indexed on their own; a changed or removed
 * article rebuilds the whole index. Whatever changed is stored again for the next reopen.
 */
export async function syncEvidenceIndex(db: CorroborateDB, state: IndexState): Promise<SyncOutcome> {
  const now = await articleSignatures(db);
  let outcome: SyncOutcome = 'unchanged';
  if (!state.index) {
    const cached = await loadEvidenceCache(db);
    if (cached) {
      state.index = createEvidenceIndex([], {}, cached.index as StoredEvidenceIndex);
      state.built = cached.signature;
      outcome = 'loaded';
    }
  }
  const changed = Object.keys(state.built).some((id) => state.built[id] !== now[id]);
  const added = Object.keys(now).filter((id) => !(id in state.built));
  if (state.index && !changed && !added.length) return outcome;
  if (!state.index || changed) {
    state.index = createEvidenceIndex(await sentencesOf(db, Object.keys(now)));
    outcome = 'rebuilt';
  } else {
    state.index.add(await sentencesOf(db, added));
    outcome = 'grown';
  }
  state.built = now;
  await saveEvidenceCache(db, state.built, state.index.toJSON());
  return outcome;
}
