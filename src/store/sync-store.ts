import { create } from 'zustand';

/** Team sync as the page shows it (the worker in src/features/sync does the work). */
export type ConnectionState = 'alone' | 'connecting' | 'connected' | 'syncing' | 'offline';

export interface SyncPeer {
  clientId: number;
  name: string;
  claimId: string | null;
}

export interface SyncNotice {
  id: number;
  text: string;
}

interface SyncState {
  connection: ConnectionState;
  role: 'editor' | 'viewer' | null;
  peers: SyncPeer[];
  notices: SyncNotice[];
  /** Why the server refused us, until the next attempt. */
  refused: string | null;
  set: (patch: Partial<Omit<SyncState, 'set' | 'addNotices' | 'dismiss'>>) => void;
  addNotices: (texts: string[]) => void;
  dismiss: (id: number) => void;
}

let nextNotice = 1;

export const useSync = create<SyncState>()((set) => ({
  connection: 'alone',
  role: null,
  peers: [],
  notices: [],
  refused: null,
  set: (patch) => set(patch),
  addNotices: (texts) =>
    set((s) => ({
      notices: [...s.notices, ...texts.map((text) => ({ id: nextNotice++, text }))].slice(-20),
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
