import { describeRange } from '../domain/anchoring';
import { CodePointIndex } from '../domain/code-points';
import type { ClaimSelector } from '../domain/types';
import type { CorroborateDB } from './db';
import type { LinkRecord, Relation } from './records';
import { NO_WEIGHT } from '../domain/records';
import { appendHistory } from './history-repo';

export interface NewLink {
  claimId: string;
  articleId: string;
  /** Start of the sentence, code points: with the article, the sentence's identity. */
  selector: ClaimSelector;
  relation: Relation;
}

/** The key of a sentence: its article and its start (code points). */
export function sentenceKey(articleId: string, start: number): string {
  return `${articleId}:${start}`;
}

/**
 * Links a sentence to a claim as supporting or contradicting it. Linking a sentence already linked
 * changes its relation rather than adding a second link. Returns the link's id.
 */
export async function linkEvidence(db: CorroborateDB, input: NewLink): Promise<string> {
  return db.transaction('rw', [db.claims, db.links, db.dismissals, db.history, db.settings], async () => {
    const claim = await db.claims.get(input.claimId);
    if (!claim) throw new Error('That claim has been deleted.');
    if (claim.articleId === input.articleId)
      throw new Error('Evidence must come from another article than the claim’s own.');
    const key = sentenceKey(input.articleId, input.selector.position.start);
    const existing = await db.links.where('[claimId+sentenceKey]').equals([input.claimId, key]).first();
    const now = Date.now();
    await db.dismissals.delete(`${input.claimId}|${key}`);
    const sentence = input.selector.quote.exact;
    if (existing) {
      await db.links.update(existing.id, { relation: input.relation, updatedAt: now });
      if (existing.relation !== input.relation)
        await appendHistory(
          db,
          [
            {
              claimId: input.claimId,
              kind: 'linked',
              from: `${existing.relation}: ${sentence}`,
              to: `${input.relation}: ${sentence}`,
            },
          ],
          now,
        );
      return existing.id;
    }
    const link: LinkRecord = {
      note: '',
      weight: NO_WEIGHT,
      ...input,
      id: crypto.randomUUID(),
      sentenceKey: key,
      createdAt: now,
      updatedAt: now,
    };
    await db.links.add(link);
    await appendHistory(
      db,
      [{ claimId: input.claimId, kind: 'linked', to: `${input.relation}: ${sentence}` }],
      now,
    );
    return link.id;
  });
}

/**
 * Links a sentence given by its place in its article (code points): its selectors are built from the
 * article's stored text inside the same transaction, so the page never needs the text itself.
 */
export async function linkSentence(
  db: CorroborateDB,
  input: { claimId: string; articleId: string; start: number; end: number; relation: Relation },
): Promise<string> {
  return db.transaction(
    'rw',
    [db.claims, db.links, db.dismissals, db.texts, db.history, db.settings],
    async () => {
      const text = await db.texts.get(input.articleId);
      if (!text) throw new Error('That article is no longer in the dossier.');
      const idx = new CodePointIndex(text.text);
      const selector = describeRange(idx, idx.toUtf16(input.start), idx.toUtf16(input.end));
      return linkEvidence(db, {
        claimId: input.claimId,
        articleId: input.articleId,
        selector,
        relation: input.relation,
      });
    },
  );
}

/** Removes a link and returns it, so it can be put back (undo). */
export async function unlinkEvidence(db: CorroborateDB, id: string): Promise<LinkRecord | undefined> {
  return db.transaction('rw', [db.links, db.history, db.settings], async () => {
    const link = await db.links.get(id);
    if (link) {
      await db.links.delete(id);
      await appendHistory(db, [
        { claimId: link.claimId, kind: 'unlinked', from: `${link.relation}: ${link.selector.quote.exact}` },
      ]);
    }
    return link;
  });
}

/** Hides a suggested sentence for a claim. */
export async function dismissSuggestion(db: CorroborateDB, claimId: string, key: string): Promise<void> {
  await db.dismissals.put({ id: `${claimId}|${key}`, claimId, sentenceKey: key, createdAt: Date.now() });
}

/**
 * Saves what a piece of evidence weighs and the fact-checker's note on it. Only the dimensions given
 * change, merged into the stored weight as the write reads it: two quick changes (attribution, then
 * access) each keep the other's, whatever the page had drawn when the second was made.
 */
export async function setEvidenceWeight(
  db: CorroborateDB,
  id: string,
  change: { note?: string; weight?: Partial<LinkRecord['weight']> },
): Promise<void> {
  const note = change.note?.replace(/\s+/g, ' ').trim();
  if (note !== undefined && note.length > 1000)
    throw new Error('An evidence note can be at most 1,000 characters.');
  const dimensions = Object.fromEntries(
    Object.entries(change.weight ?? {}).map(([k, v]) => [`weight.${k}`, v ?? null]),
  );
  const changed = await db.links.update(id, {
    ...(note !== undefined ? { note } : {}),
    ...dimensions,
    updatedAt: Date.now(),
  });
  if (!changed) throw new Error('That evidence is no longer linked.');
}
