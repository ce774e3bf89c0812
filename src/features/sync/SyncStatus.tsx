import { useClaim } from '../../db/hooks';
import { useSync, type SyncPeer } from '../../store/sync-store';
import { useUi } from '../../store/ui-store';

const WORDS = {
  connecting: 'Syncing',
  syncing: 'Syncing',
  connected: 'Connected',
  offline: 'Offline',
} as const;

/** Whether a shared dossier is connected, and who else has it open (nothing when it is not shared). */
export function SyncStatus() {
  const connection = useSync((s) => s.connection);
  const role = useSync((s) => s.role);
  const peers = useSync((s) => s.peers);
  const activeClaimId = useUi((s) => s.activeClaimId);
  if (connection === 'alone') return null;
  return (
    <span className="sync-status">
      <span role="status" className={`sync-badge sync-${connection}`}>
        {WORDS[connection]}
      </span>
      {role === 'viewer' ? <span className="sync-role">Read only</span> : null}
      {peers.length ? (
        <span className="presence" aria-label="Also here">
          {peers.map((p) => (
            <PeerChip key={p.clientId} peer={p} here={!!p.claimId && p.claimId === activeClaimId} />
          ))}
        </span>
      ) : null}
    </span>
  );
}

/** A colleague with the dossier open, and the claim they are on (its first words). */
function PeerChip({ peer, here }: { peer: SyncPeer; here: boolean }) {
  const claim = useClaim(peer.claimId);
  const quote = claim?.selector.quote.exact;
  const on = here ? 'this claim' : quote ? `“${quote.length > 28 ? `${quote.slice(0, 27)}…` : quote}”` : null;
  return (
    <span
      className="peer"
      title={quote ? `${peer.name} is on “${quote}”` : `${peer.name} has this dossier open`}
    >
      {peer.name}
      {on ? <span className="peer-on"> · on {on}</span> : null}
    </span>
  );
}

/** What sync has to tell the person here: edits that crossed, claims kept, changes refused. */
export function SyncNotices() {
  const notices = useSync((s) => s.notices);
  const dismiss = useSync((s) => s.dismiss);
  if (!notices.length) return null;
  return (
    <section className="sync-notices" aria-label="Sync notices">
      {notices.map((n) => (
        <div key={n.id} role="alert" className="sync-notice">
          <span>{n.text}</span>
          <button type="button" className="secondary" onClick={() => dismiss(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
