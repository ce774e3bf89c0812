import { useEffect, useState } from 'react';
import type { LinkRecord } from '../../db/records';
import { ensureIndexed, type EvidenceData } from './use-evidence-index';
import { rankEvidence } from './evidence-client';
import { useMeaning } from './use-meaning';
import type { Suggestion } from './evidence-protocol';

/** Suggestions shown at first; "More" adds a page at a time. */
export const FIRST_PAGE = 6;
export const PAGE = 10;
/** Possible contradictions shown in their own lane. */
const CONTRADICTIONS = 3;

export type ShownSuggestion = Suggestion;

export interface Suggestions {
  items: ShownSuggestion[];
  /** The Contradicts lane, each saying how it disagrees ("different figure: 19 months vs 18"). */
  contradictions: Array<ShownSuggestion & { says: string }>;
  /** How many more there are beyond those shown. */
  more: number;
  /** Whether they were ranked by meaning too (the sentence model), not by words alone. */
  byMeaning: boolean;
  /** Whether every sentence of the dossier had been read for meaning when they were ranked. */
  readAll: boolean;
}

/**
 * The ranked suggestions for a claim, asked of the evidence worker whenever the claim, its links, its
 * dismissals, the page or the article filter change; an answer to an older question is dropped.
 */
export function useSuggestions(
  claim: { id: string; articleId: string; text: string },
  evidence: EvidenceData | null,
  links: readonly LinkRecord[] | undefined,
  dismissed: ReadonlySet<string> | undefined,
  shown: number,
  articleId: string | null,
  /** Sentence keys linked to equivalent claims: evidence for the same thing claimed elsewhere. */
  related: readonly string[] = [],
): Suggestions | null {
  // Ranked again when reading for meaning starts and when it ends, not at every step between.
  const reading = useMeaning().state;
  const linked = links?.map((l) => l.sentenceKey).sort() ?? null;
  const hidden = dismissed ? [...dismissed].sort() : null;
  const like = [...related].sort();
  const key =
    evidence && linked && hidden
      ? JSON.stringify([
          evidence.version,
          claim.id,
          claim.text,
          linked,
          hidden,
          shown,
          articleId,
          like,
          reading,
        ])
      : null;
  const [answer, setAnswer] = useState<{
    key: string;
    claimId: string;
    articleId: string | null;
    value: Suggestions;
  } | null>(null);

  useEffect(() => {
    if (!key || !evidence) return;
    const parts = JSON.parse(key) as [
      number,
      string,
      string,
      string[],
      string[],
      number,
      string | null,
      string[],
    ];
    const [, , , linkedKeys, hiddenKeys] = parts;
    let live = true;
    ensureIndexed(evidence);
    void rankEvidence({
      claim: { articleId: claim.articleId, text: claim.text },
      limit: shown,
      contradictions: CONTRADICTIONS,
      linked: linkedKeys,
      like: parts[7].filter((k) => !linkedKeys.includes(k)),
      dismissed: hiddenKeys,
      articleId,
    }).then((r) => {
      if (!live) return;
      const best = r.best;
      setAnswer({
        key,
        claimId: claim.id,
        articleId,
        value: {
          items: best,
          contradictions: r.contradictions.map((s) => ({ ...s, says: s.disagreement.says })),
          more: Math.max(0, r.total - best.length),
          byMeaning: r.byMeaning,
          readAll: r.read.embedded >= r.read.of,
        },
      });
    });
    return () => {
      live = false;
    };
  }, [key, evidence, claim.id, claim.articleId, claim.text, shown, articleId]);

  // While the next page or a new link is being ranked, the last list for this claim stays on screen
  // (not across a change of article filter: that list would show other articles' sentences).
  return answer && (answer.key === key || (answer.claimId === claim.id && answer.articleId === articleId))
    ? answer.value
    : null;
}
