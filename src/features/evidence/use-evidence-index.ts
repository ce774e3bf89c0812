import { useEffect, useMemo } from 'react';
import { CodePointIndex } from '../../domain/code-points';
import type { EvidenceCandidate } from '../../domain/evidence';
import { useAllTexts, useArticles } from '../../db/hooks';
import type { ArticleRecord, ArticleTextRecord } from '../../db/records';
import { sentenceKey } from '../../db/links-repo';
import { indexSentences } from './evidence-client';

export interface SentenceInfo extends EvidenceCandidate {
  start: number;
  end: number;
}

export interface EvidenceData {
  /** Bumped whenever the sentences or outlets change; rankings are asked for against it. */
  version: number;
  sentences: Map<string, SentenceInfo>;
  /** Each article's text, by article id. */
  texts: Map<string, string>;
}

let versions = 0;
/** The last built dossier and its signature (article ids, text lengths, outlets). */
let shared: { signature: string; data: EvidenceData } | null = null;

/**
 * Every body sentence of the dossier (about 30,000 for 1,000 articles), kept in step with the
 * database and handed to the evidence worker, which indexes them off the main thread.
 */
export function useEvidenceIndex(): EvidenceData | null {
  const texts = useAllTexts();
  const articles = useArticles();
  const outlets = useMemo(
    () => articles?.map((a) => `${a.id}\u0000${a.outlet ?? ''}`).join('\u0001'),
    [articles],
  );
  const data = useMemo(
    () => (texts && articles && outlets !== undefined ? dossierData(texts, articles, outlets) : null),
    // Rebuilt when a text or an outlet changes, not on every article edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [texts, outlets],
  );
  useEffect(() => {
    if (data) ensureIndexed(data);
  }, [data]);
  return data;
}

/**
 * Hands the worker this version of the dossier's sentences unless it has it already. Called before
 * every ranking too: a child's effect (a ranking) runs before its parent's (the indexing).
 */
export function ensureIndexed(data: EvidenceData): void {
  indexSentences(data.version, () =>
    [...data.sentences.values()].map(({ id, articleId, outlet, text }) => ({ id, articleId, outlet, text })),
  );
}

/**
 * The dossier's sentences for the worker. Every caller shares one version while the dossier is
 * unchanged (same articles, text lengths and outlets), so the worker does not rebuild its index for
 * each of them in turn.
 */
function dossierData(
  texts: readonly ArticleTextRecord[],
  articles: readonly ArticleRecord[],
  outlets: string,
): EvidenceData {
  const signature = `${outlets}\u0002${texts.map((t) => `${t.articleId}:${t.text.length}:${t.sentences.length}`).join(',')}`;
  if (shared && shared.signature === signature) return shared.data;
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
  const data = { version: ++versions, sentences, texts: new Map(texts.map((t) => [t.articleId, t.text])) };
  shared = { signature, data };
  return data;
}
