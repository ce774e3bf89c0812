import { useEffect, useState } from 'react';
import { useAllClaims, useLinksOfClaims } from '../../db/hooks';
import { findEquivalents } from './evidence-client';
import { ensureIndexed, useEvidenceIndex } from './use-evidence-index';

/**
 * The dossier's equivalent claims (the same thing claimed in several articles), grouped in the
 * evidence worker: for each claim in a group, the ids of its group (itself included).
 */
export function useEquivalents(): ReadonlyMap<string, readonly string[]> | null {
  const claims = useAllClaims();
  const evidence = useEvidenceIndex();
  const [groups, setGroups] = useState<{ key: string; byClaim: Map<string, string[]> } | null>(null);
  const key =
    claims && evidence
      ? `${evidence.version}|${claims.map((c) => `${c.id}:${c.selector.quote.exact.length}:${c.rev}`).join(',')}`
      : null;
  useEffect(() => {
    if (!key || !claims || !evidence) return;
    let live = true;
    ensureIndexed(evidence);
    void findEquivalents(
      claims.map((c) => ({ id: c.id, articleId: c.articleId, text: c.selector.quote.exact })),
    ).then((found) => {
      if (!live) return;
      const byClaim = new Map<string, string[]>();
      for (const g of found) for (const id of g) byClaim.set(id, g);
      setGroups({ key, byClaim });
    });
    return () => {
      live = false;
    };
  }, [key, claims, evidence]);
  return groups?.byClaim ?? null;
}

/** The sentences linked to a claim's equivalent claims (the same thing claimed elsewhere). */
export function useRelatedEvidence(claimId: string, group: readonly string[] | undefined): string[] {
  const links = useLinksOfClaims((group ?? []).filter((id) => id !== claimId));
  return [...new Set((links ?? []).map((l) => l.sentenceKey))];
}
