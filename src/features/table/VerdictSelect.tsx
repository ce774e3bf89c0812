import { useEffect, useRef, useState } from 'react';
import { choiceById, chooseRating, choicesOf, ratingOf } from '../../domain/rating-scales';
import { useRatingScale } from '../../db/hooks';
import { updateClaim } from '../../db/claims-repo';
import { db } from '../../db/db';
import { undoable } from '../undo/undo-actions';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { verdictWarning } from '../evidence/corroboration';
import type { ClaimRow } from './claim-rows';
import { claimVerdictWriting, claimsTouched } from './claims-view-client';

export function short(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The inline verdict of a row: shown at once, written to the database, warned about when unsupported. */
export function VerdictSelect({ row }: { row: ClaimRow }) {
  const showToast = useUi((s) => s.showToast);
  // The chosen verdict shows at once, while the database round trip (long on a big dossier) runs.
  const scale = useRatingScale();
  const [pending, setPending] = useState<{ rating: string; rev: number } | null>(null);
  // Our own last write's revision: a second quick change is not another tab's.
  const ownRev = useRef(row.rev);
  if (row.rev > ownRev.current) ownRev.current = row.rev;
  // This tab's writes to the row, one after another: a quick second change waits for the first, so it
  // knows the revision the first made and is not taken for another tab's.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Shown until the row moves on: to our verdict, or past it (another tab, a colleague, a viewer's
  // change undone by the shared dossier).
  const shown = ratingOf(row, scale);
  useEffect(() => {
    if (pending && (shown.id === pending.rating || row.rev > pending.rev)) setPending(null);
  }, [pending, shown.id, row.rev]);
  const value = pending?.rating ?? shown.id;
  return (
    <select
      className={`verdict-select verdict-${choiceById(scale, value).verdict}`}
      aria-label={`Verdict of “${short(row.text, 40)}”`}
      value={value}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => {
        const choice = choiceById(scale, e.target.value);
        const { verdict } = choice;
        // Our write raises the revision by one; anything later is news.
        setPending({ rating: choice.id, rev: ownRev.current + 1 });
        // The table (filters, counts) follows at once, its rows staying where they are (the row
        // says it is out of order until the user sorts again); the stored claim replaces this.
        useUi.getState().holdTableOrder();
        const chosen = chooseRating(choice);
        claimVerdictWriting(row.id, chosen.verdict, chosen.rating);
        const write = queue.current.then(() =>
          undoable(db, `Set verdict: ${choice.label}`, () =>
            updateClaim(db, row.id, chooseRating(choice), ownRev.current),
          ),
        );
        queue.current = write.catch(() => undefined);
        write.then(
          (r) => {
            claimsTouched([row.id]);
            ownRev.current = Math.max(ownRev.current, r.rev);
            const warning = verdictWarning(verdict, {
              independentSupport: row.evidence,
              independentContradict: row.contradict,
              contradict: row.contradictLinks,
            });
            if (r.overwrote)
              showToast({
                message: 'This claim had been changed in another tab; your verdict replaced that change.',
                tone: 'error',
              });
            else if (warning) showToast({ message: warning, tone: 'info' });
          },
          (err: unknown) => {
            setPending(null);
            claimsTouched([row.id]); // the stored claim, as it still is, back in the table
            showToast({ message: errorMessage(err), tone: 'error' });
          },
        );
      }}
    >
      {choicesOf(scale).map((r) => (
        <option key={r.id} value={r.id}>
          {r.label}
        </option>
      ))}
    </select>
  );
}
