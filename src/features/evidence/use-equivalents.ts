import { useEffect, useState } from 'react';
import { useLinksOfClaims } from '../../db/hooks';
import { useClaimsShape } from '../table/claims-view-client';
import { findEquivalents } from './evidence-client';
import { ensureIndexed, useEvidenceIndex } from './use-evidence-index';

/**
 * The dossier's equivalent claims (the same thing claimed in several articles), grouped in the
 * evidence worker, which reads the claims from IndexedDB itself: for each claim in a group, the ids
 * of its group (itself included). Asked again only when claims are added or removed (a claim's text
 * never changes) or the index does; null while not asked (`enabled` false) or not yet answered.
 */
export function useEquivalents(enabled = true): ReadonlyMap<string, readonly string[]> | null {
  const shape = useClaimsShape();
  // Not asked (the table not grouped): the evidence worker is not started for it.
  const evidence = useEvidenceIndex(enabled);
  const [groups, setGroups] = useState<{ key: string; byClaim: Map<string, string[]> } | null>(null);
  const key = enabled && shape !== undefined && evidence ? `${evidence.version}|${shape}` : null;
  useEffect(() => {
    if (!key || !evidence) return;
    let live = true;
    ensureIndexed(evidence);
    void findEquivalents().then((found) => {
      if (!live) return;
      const byClaim = new Map<string, string[]>();
      for (const g of found) for (const id of g) byClaim.set(id, g);
      setGroups({ key, byClaim });
    });
    return () => {
      live = false;
    };
  }, [key, evidence]);
  return key && groups ? groups.byClaim : null;
}

/** The sentences linked to a claim's equivalent claims (the same thing claimed elsewhere). */
export function useRelatedEvidence(claimId: string, group: readonly string[] | undefined): string[] {
  const links = useLinksOfClaims((group ?? []).filter((id) => id !== claimId));
  return [...new Set((links ?? []).map((l) => l.sentenceKey))];
}
