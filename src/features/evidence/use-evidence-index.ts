import { useMemo } from 'react';
import { CodePointIndex } from '../../domain/code-points';
import { createEvidenceIndex, type EvidenceCandidate, type EvidenceIndex } from '../../domain/evidence';
import { useAllTexts, useArticles } from '../../db/hooks';
import { sentenceKey } from '../../db/links-repo';

export interface SentenceInfo extends EvidenceCandidate {
  start: number;
  end: number;
}

/**
 * Every body sentence of the dossier, indexed for suggestions. Rebuilt only when a text or an
 * outlet changes; about 30,000 sentences for 1,000 articles.
 */
export interface EvidenceData {
  index: EvidenceIndex;
  sentences: Map<string, SentenceInfo>;
  /** Each article's text, by article id. */
  texts: Map<string, string>;
}

export function useEvidenceIndex(): EvidenceData | null {
  const texts = useAllTexts();
  const articles = useArticles();
  const outlets = useMemo(
    () => articles?.map((a) => `${a.id}\u0000${a.outlet ?? ''}`).join('\u0001'),
    [articles],
  );
  return useMemo(() => {
    if (!texts || !articles) return null;
    const outletOf = new Map(articles.map((a) => [a.id, a.outlet ?? '']));
    const sentences = new Map<string, SentenceInfo>();
    for (const t of texts) {
      const idx = new CodePointIndex(t.text);
      for (const s of t.sentences) {
        const id = sentenceKey(t.articleId, s.start);
        sentences.set(id, {
          id,
          articleId: t.articleId,
          outlet: outletOf.get(t.articleId) ?? '',
          text: idx.slice(s.start, s.end),
          start: s.start,
          end: s.end,
        });
      }
    }
    return {
      index: createEvidenceIndex([...sentences.values()]),
      sentences,
      texts: new Map(texts.map((t) => [t.articleId, t.text])),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [texts, outlets]);
}
