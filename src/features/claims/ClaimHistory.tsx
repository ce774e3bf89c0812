import { useState } from 'react';
import { useHistoryOfClaim } from '../../db/hooks';
import type { CategoryRecord, HistoryRecord } from '../../db/records';
import { VERDICT_LABELS, type Verdict } from '../../domain/types';

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

function short(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What an entry says, in words. */
function describe(h: HistoryRecord, categories: ReadonlyMap<string, CategoryRecord>): string {
  const verdict = (v: string | null) =>
    v && v in VERDICT_LABELS ? VERDICT_LABELS[v as Verdict] : (v ?? '—');
  const category = (id: string | null) => (id ? (categories.get(id)?.name ?? id) : '—');
  const evidence = (v: string | null) => {
    const [relation, ...rest] = (v ?? '').split(': ');
    return `${relation === 'contradicts' ? 'contradicting' : 'supporting'}: “${short(rest.join(': '))}”`;
  };
  switch (h.kind) {
    case 'created':
      return `Marked as a claim, ${verdict(h.to)}`;
    case 'verdict':
      return `Verdict ${verdict(h.from)} → ${verdict(h.to)}`;
    case 'category':
      return `Category ${category(h.from)} → ${category(h.to)}`;
    case 'note':
      return h.to ? `Note: “${short(h.to)}”` : 'Note removed';
    case 'claimant':
      return `Claimant ${h.from ?? 'not set'} → ${h.to ?? 'not set'}`;
    case 'linked':
      return h.from ? `Evidence changed to ${evidence(h.to)}` : `Linked ${evidence(h.to)}`;
    case 'unlinked':
      return `Unlinked ${evidence(h.from)}`;
    case 'deleted':
      return 'Deleted';
    case 'restored':
      return 'Restored (undo)';
  }
}

/** The claims whose history was opened in this page, so a panel drawn again keeps it open. */
const openHistories = new Set<string>();

/** A claim's audit trail, newest first: what changed, when and by whom. */
export function ClaimHistory({
  claimId,
  categories,
}: {
  claimId: string;
  categories: ReadonlyMap<string, CategoryRecord>;
}) {
  const trail = useHistoryOfClaim(claimId);
  // Open stays open while the panel is drawn again (a reload's first moments remount it).
  const [open, setOpen] = useState(() => openHistories.has(claimId));
  if (!trail) return null;
  return (
    <details
      className="claim-history"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now) openHistories.add(claimId);
        else openHistories.delete(claimId);
        setOpen(now);
      }}
    >
      <summary>History ({trail.length})</summary>
      {trail.length ? (
        <ol className="history-list" aria-label="History">
          {[...trail].reverse().map((h) => (
            <li key={h.id}>
              <time dateTime={new Date(h.at).toISOString()}>{when.format(h.at)}</time>{' '}
              <span className="muted">· {h.editor || 'no name set'}</span>
              <div>{describe(h, categories)}</div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">
          No changes recorded (the claim predates the history, or came from an import).
        </p>
      )}
    </details>
  );
}
