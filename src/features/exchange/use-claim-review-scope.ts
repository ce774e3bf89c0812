import { useEffect, useState } from 'react';
import type { ClaimReviewScope } from '../../db/claims-repo';
import { useRatingScale } from '../../db/hooks';
import { runExchange } from './exchange-client';

/**
 * What a ClaimReview export would hold (undefined while it is read): read in the exchange worker,
 * since it reads every unverified claim (half a second of work at 100,000 claims), again when the
 * rating scale changes.
 */
export function useClaimReviewScope(sample = 25): ClaimReviewScope | undefined {
  const scale = useRatingScale();
  const [scope, setScope] = useState<ClaimReviewScope>();
  useEffect(() => {
    let live = true;
    runExchange({ kind: 'claim-review-scope', sample }, 'Counting rated claims', { quiet: true }).then(
      (s) => {
        if (live) setScope(s);
      },
      () => undefined, // the dialog says nothing of the scope; the export itself reports errors
    );
    return () => {
      live = false;
    };
  }, [sample, scale.id]);
  return scope;
}
