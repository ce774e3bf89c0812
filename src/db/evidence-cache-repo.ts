import { CodePointIndex } from '../domain/code-points';
import type { EvidenceCandidate } from '../domain/evidence';
import type { CorroborateDB } from './db';
import { sentenceKey } from './links-repo';
import type { EvidenceCacheRecord } from './records';

const CACHE_KEY = 'current';

/** What each article's sentences were indexed from: its content and its outlet, by article id. */
export async function articleSignatures(db: CorroborateDB): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await db.articles.each((a) => {
    out[a.id] = `${a.contentHash}|${a.outlet ?? ''}|${a.credits.join(';')}`;
  });
  return out;
}

/** The body sentences of the given articles, read straight from IndexedDB (in the worker). */
export async function sentencesOf(
  db: CorroborateDB,
  articleIds: readonly string[],
): Promise<EvidenceCandidate[]> {
  const [articles, texts] = await db.transaction('r', db.articles, db.texts, () =>
    Promise.all([db.articles.bulkGet(articleIds as string[]), db.texts.bulkGet(articleIds as string[])]),
  );
  const out: EvidenceCandidate[] = [];
  texts.forEach((t, i) => {
    const a = articles[i];
    if (!t || !a) return;
    const idx = new CodePointIndex(t.text);
    for (const s of t.sentences)
      out.push({
        id: sentenceKey(t.articleId, s.start),
        articleId: t.articleId,
        outlet: a.outlet ?? '',
        text: idx.slice(s.start, s.end),
      });
  });
  return out;
}

export async function loadEvidenceCache(db: CorroborateDB): Promise<EvidenceCacheRecord | undefined> {
  return db.evidenceCache.get(CACHE_KEY);
}

export async function saveEvidenceCache(
  db: CorroborateDB,
  signature: Record<string, string>,
  index: unknown,
): Promise<void> {
  await db.evidenceCache.put({ key: CACHE_KEY, signature, index });
}
