import { addArticles } from '../db/articles-repo';
import { createClaim } from '../db/claims-repo';
import type { CorroborateDB } from '../db/db';
import { undoable } from '../db/undo';
import { describeRange } from '../domain/anchoring';
import { CodePointIndex } from '../domain/code-points';
import type { Claimant } from '../domain/records';
import type { Verdict } from '../domain/types';
import { prepareArticle } from './prepare-article';

/** A claim seen outside the dossier's articles: a viral post, a speech, a broadcast. */
export interface ElsewhereClaim {
  text: string;
  claimant: Claimant | null;
  /** Where it appeared: a platform or outlet ("X (Twitter)", "Rossiya 1"). */
  where: string;
  url: string;
  /** When it appeared (as written: 2023-09-13). */
  date: string;
  categoryId: string;
  verdict: Verdict;
  rating: string | null;
  note: string;
}

const clean = (v: string) => v.replace(/\s+/g, ' ').trim();

/**
 * Records a claim seen elsewhere as a source of its own, holding the claim's words with where and
 * when they appeared (its URL, platform and date), and the claim on those words: evidence is then
 * linked, judged and exported like any other claim's, and ClaimReview names that appearance. One
 * undoable step; the same words entered twice make one source.
 */
export async function addClaimSeenElsewhere(
  db: CorroborateDB,
  input: ElsewhereClaim,
): Promise<{ articleId: string; claimId: string }> {
  const text = clean(input.text);
  if (!text) throw new Error('Write the claim as it was made.');
  if (text.length > 5000) throw new Error('A claim can be at most 5,000 characters.');
  const url = clean(input.url);
  if (url && !/^https?:\/\/\S+$/i.test(url))
    throw new Error('The address must start with http:// or https://.');
  const where = clean(input.where);
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  const headline = `${where || 'Seen elsewhere'}: “${short}”`;
  // One line: the parser keeps it whole as the body (its headline is set below).
  const prepared = await prepareArticle(null, text);
  prepared.article = {
    ...prepared.article,
    headline,
    headlineDerived: false,
    outlet: where || null,
    author: input.claimant?.name ?? null,
    url: url || null,
    date: clean(input.date) || null,
  };
  return undoable(db, 'Add claim seen elsewhere', async () => {
    const added = await addArticles(db, [prepared]);
    const articleId = added.added[0] ?? added.duplicates[0]!;
    const stored = await db.texts.get(articleId);
    if (!stored?.sentences.length) throw new Error('The claim has no words to mark.');
    const idx = new CodePointIndex(stored.text);
    const start = stored.sentences[0]!.start;
    const end = stored.sentences.at(-1)!.end;
    const claimId = await createClaim(db, {
      articleId,
      selector: describeRange(idx, idx.toUtf16(start), idx.toUtf16(end)),
      categoryId: input.categoryId,
      verdict: input.verdict,
      rating: input.rating,
      note: input.note,
      claimant: input.claimant,
    });
    return { articleId, claimId };
  });
}
