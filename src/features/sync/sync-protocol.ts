/** Messages between the page and the sync worker (src/features/sync/sync.worker.ts). */

export type Role = 'editor' | 'viewer';

export interface ShareSettings {
  /** ws:// or wss:// address of the sync server. */
  server: string;
  token: string;
  /** The shared document's name on the server: colleagues use the same one. */
  room: string;
  /** This browser's id in the shared document (stable per dossier). */
  device: string;
  /** The name shown to colleagues and written into the history. */
  name: string;
  /** The role the server granted last time (null: never connected yet). */
  role: Role | null;
}

export type SyncRequest =
  /** `fresh`: the dossier is shared somewhere new, so what was agreed with the old document goes. */
  | { type: 'connect'; share: ShareSettings; fresh: boolean }
  | { type: 'disconnect' }
  | { type: 'presence'; claimId: string | null };

export type SyncStatus = 'connecting' | 'connected' | 'syncing' | 'offline';

export interface Peer {
  clientId: number;
  name: string;
  claimId: string | null;
}

export type SyncResponse =
  | { type: 'status'; status: SyncStatus }
  | { type: 'role'; role: Role; name: string }
  | { type: 'refused'; reason: string }
  | { type: 'peers'; peers: Peer[] }
  | { type: 'notices'; notices: string[] }
  | { type: 'failed'; message: string };
