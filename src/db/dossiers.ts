import Dexie, { type EntityTable } from 'dexie';

/**
 * Dossiers: the investigations a browser holds. Each dossier's records live in an IndexedDB database
 * of its own (so one can be deleted, backed up or shared without touching the others); this small
 * registry database lists them. The first dossier is the database the app has always used
 * ('corroborate'), so a workbench from before dossiers is the first dossier, unchanged.
 */
export interface DossierRecord {
  id: string;
  name: string;
  createdAt: number;
  /** The dossier's sharing, when it is shared (the access token is kept apart, in `tokens`). */
  share: DossierShare | null;
}

export interface DossierShare {
  /** The sync server's ws:// or wss:// address. */
  server: string;
  /** The shared document's name on the server. */
  room: string;
  /** This browser's id in the shared document. */
  device: string;
  /** The role the server granted (null until it has said). */
  role: 'editor' | 'viewer' | null;
}

/** The first dossier's id: the database every workbench before dossiers used. */
export const FIRST_DOSSIER = 'main';
export const REGISTRY_NAME = 'corroborate-dossiers';
const LAST_USED_KEY = 'corroborate.dossier';

/** The IndexedDB database holding a dossier's records. */
export function dbNameOf(dossierId: string): string {
  return dossierId === FIRST_DOSSIER ? 'corroborate' : `corroborate-${dossierId}`;
}

class DossierRegistry extends Dexie {
  dossiers!: EntityTable<DossierRecord, 'id'>;
  /** Access tokens of shared dossiers: kept apart from the dossier's records, never backed up. */
  tokens!: EntityTable<{ dossierId: string; token: string }, 'dossierId'>;
  constructor() {
    super(REGISTRY_NAME);
    this.version(1).stores({ dossiers: 'id, createdAt', tokens: 'dossierId' });
  }
}

let registry: DossierRegistry | null = null;
function reg(): DossierRegistry {
  registry ??= new DossierRegistry();
  return registry;
}

/** The dossier this page (or worker) works on, read synchronously from the address or the last one used. */
export function currentDossierId(): string {
  if (typeof window === 'undefined') {
    // A worker is named after its page's dossier database (see workerOptions).
    const name = typeof self !== 'undefined' ? (self as { name?: string }).name : undefined;
    if (name?.startsWith('corroborate-')) return name.slice('corroborate-'.length);
    return FIRST_DOSSIER;
  }
  const fromUrl = new URLSearchParams(window.location.search).get('dossier');
  if (fromUrl && /^[\w-]{1,64}$/.test(fromUrl)) return fromUrl;
  try {
    const last = window.localStorage.getItem(LAST_USED_KEY);
    if (last && /^[\w-]{1,64}$/.test(last)) return last;
  } catch {
    /* storage blocked: the first dossier */
  }
  return FIRST_DOSSIER;
}

/**
 * The name for a worker that works on this page's dossier: the database's name, read back by the
 * worker (currentDossierId). Written into each `new Worker(…, { type: 'module', name })` literal,
 * since Vite reads those options statically.
 */
export function dossierWorkerName(): string {
  return dbNameOf(currentDossierId());
}

/** Every dossier, oldest first; the first dossier is listed (created) when the registry is new. */
export async function listDossiers(): Promise<DossierRecord[]> {
  const r = reg();
  return r.transaction('rw', r.dossiers, async () => {
    if ((await r.dossiers.count()) === 0)
      await r.dossiers.add({ id: FIRST_DOSSIER, name: 'Vostochny summit', createdAt: 0, share: null });
    return r.dossiers.orderBy('createdAt').toArray();
  });
}

/** Every dossier, oldest first, read only (for live queries: the registry is made by listDossiers). */
export function readDossiers(): Promise<DossierRecord[]> {
  return reg().dossiers.orderBy('createdAt').toArray();
}

function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('A dossier needs a name.');
  if (clean.length > 120) throw new Error('A dossier name can be at most 120 characters.');
  return clean;
}

export async function createDossier(name: string): Promise<DossierRecord> {
  const record: DossierRecord = {
    id: crypto.randomUUID().slice(0, 13),
    name: cleanName(name),
    createdAt: Date.now(),
    share: null,
  };
  await listDossiers();
  await reg().dossiers.add(record);
  return record;
}

export async function renameDossier(id: string, name: string): Promise<void> {
  const changed = await reg().dossiers.update(id, { name: cleanName(name) });
  if (!changed) throw new Error('That dossier is no longer in this browser.');
}

/**
 * Deletes a dossier and its database. Other tabs holding it close their connection when told (see
 * lifecycle.ts), so the deletion is not left waiting.
 */
export async function deleteDossier(id: string): Promise<void> {
  const r = reg();
  await r.transaction('rw', r.dossiers, r.tokens, async () => {
    await r.dossiers.delete(id);
    await r.tokens.delete(id);
  });
  await Dexie.delete(dbNameOf(id));
  // Its copy of the shared document, if it was shared (see src/features/sync).
  await Dexie.delete(`${dbNameOf(id)}-sync`);
}

/** Remembers the dossier last opened, for the next visit without one in the address. */
export function rememberDossier(id: string): void {
  try {
    window.localStorage.setItem(LAST_USED_KEY, id);
  } catch {
    /* storage blocked: the address still says */
  }
}

export async function setShare(id: string, share: (DossierShare & { token: string }) | null): Promise<void> {
  const r = reg();
  await r.transaction('rw', r.dossiers, r.tokens, async () => {
    if (share) {
      const { token, ...rest } = share;
      await r.dossiers.update(id, { share: rest });
      await r.tokens.put({ dossierId: id, token });
    } else {
      await r.dossiers.update(id, { share: null });
      await r.tokens.delete(id);
    }
  });
}

/** Records the role the server granted this browser on a shared dossier. */
export async function setShareRole(id: string, role: 'editor' | 'viewer'): Promise<void> {
  const r = reg();
  await r.transaction('rw', r.dossiers, async () => {
    const d = await r.dossiers.get(id);
    if (d?.share) await r.dossiers.update(id, { share: { ...d.share, role } });
  });
}

export async function getShare(id: string): Promise<(DossierShare & { token: string }) | null> {
  const r = reg();
  const [d, t] = await Promise.all([r.dossiers.get(id), r.tokens.get(id)]);
  return d?.share && t ? { ...d.share, token: t.token } : null;
}
