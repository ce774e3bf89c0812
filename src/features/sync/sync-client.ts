import { currentDossierId, dossierWorkerName, getShare, setShareRole } from '../../db/dossiers';
import { useSync } from '../../store/sync-store';
import { useUi } from '../../store/ui-store';
import type { ShareSettings, SyncRequest, SyncResponse } from './sync-protocol';

/**
 * The page's side of team sync: one worker per tab while the open dossier is shared. Its reports go
 * to the sync store; the claim open here goes out as presence.
 */
let worker: Worker | null = null;
let stopPresence: (() => void) | null = null;

function send(m: SyncRequest) {
  worker?.postMessage(m);
}

function onMessage(e: MessageEvent<SyncResponse>) {
  const m = e.data;
  const sync = useSync.getState();
  if (m.type === 'status')
    sync.set({ connection: m.status, ...(m.status === 'connected' ? { refused: null } : {}) });
  else if (m.type === 'role') {
    sync.set({ role: m.role });
    void setShareRole(currentDossierId(), m.role);
  } else if (m.type === 'refused') sync.set({ refused: m.reason, connection: 'offline' });
  else if (m.type === 'peers') sync.set({ peers: m.peers });
  else if (m.type === 'notices') sync.addNotices(m.notices);
  else if (m.type === 'failed') sync.addNotices([`Sync stopped on an error: ${m.message}`]);
}

/** Starts (or restarts) syncing the open dossier with these settings. */
export function startSync(share: ShareSettings, fresh = false): void {
  if (!worker) {
    worker = new Worker(new URL('./sync.worker.ts', import.meta.url), {
      type: 'module',
      name: dossierWorkerName(),
    });
    worker.onmessage = onMessage;
  }
  useSync.getState().set({ connection: 'connecting', role: share.role, refused: null, peers: [] });
  send({ type: 'connect', share, fresh });
  stopPresence?.();
  let last: string | null | undefined;
  const publish = (claimId: string | null) => {
    if (claimId === last) return;
    last = claimId;
    send({ type: 'presence', claimId });
  };
  publish(useUi.getState().activeClaimId);
  stopPresence = useUi.subscribe((s) => publish(s.activeClaimId));
}

/** Stops syncing (the dossier stays as it is here). */
export function stopSync(): void {
  send({ type: 'disconnect' });
  stopPresence?.();
  stopPresence = null;
  worker?.terminate();
  worker = null;
  useSync.getState().set({ connection: 'alone', role: null, peers: [], refused: null });
}

/** On opening the app: a dossier shared before reconnects by itself. */
export async function resumeSync(name: string): Promise<void> {
  const share = await getShare(currentDossierId());
  if (share) startSync({ ...share, name });
}
