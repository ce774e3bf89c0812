import type { Claimant } from '../domain/records';
import type { ClaimSelector, Verdict } from '../domain/types';
import type { CorroborateDB } from './db';
import type { ArticleRecord, CategoryRecord, ClaimRecord, DismissalRecord, LinkRecord } from './records';
import { appendHistory, describeClaimChange } from './history-repo';
import { whereAnyOf } from './any-of';
import { ratingOf, scaleById } from '../domain/rating-scales';
import { SETTINGS } from './settings-repo';
import { judgeClaim, linksByClaim } from '../domain/evidence/independence';
import { verdictWarning } from '../domain/evidence/verdict-rules';

export interface NewClaim {
  articleId: string;
  selector: ClaimSelector;
  categoryId: string;
  verdict: Verdict;
  note: string;
  claimant?: Claimant | null;
  normalised?: string;
  /** The rating given on the newsroom's scale (absent: by verdict). */
  rating?: string | null;
}

export type ClaimChanges = Partial<
  Pick<ClaimRecord, 'categoryId' | 'verdict' | 'note' | 'claimant' | 'normalised' | 'rating'>
>;

/** A claimant as stored: trimmed, or none when the name is empty. */
function cleanClaimant(c: Claimant | null): Claimant | null {
  const name = c?.name.trim() ?? '';
  return c && name ? { name: name.slice(0, 200), type: c.type } : null;
}

function newId(): string {
  return crypto.randomUUID();
}

/** Records a new claim; returns its id. */
export async function createClaim(db: CorroborateDB, input: NewClaim): Promise<string> {
  if (!input.selector.quote.exact.trim()) throw new Error('A claim needs some text.');
  const now = Date.now();
  const id = newId();
  await db.transaction('rw', [db.claims, db.history, db.settings], async () => {
    const { normalised, rating, ...rest } = input;
    await db.claims.add({
      ...rest,
      ...(rating ? { rating } : {}),
      note: input.note.trim(),
      claimant: cleanClaimant(input.claimant ?? null),
      ...(normalised?.trim() ? { normalised: normalised.replace(/\s+/g, ' ').trim() } : {}),
      id,
      createdAt: now,
      updatedAt: now,
      verdictChangedAt: null,
      rev: 1,
    });
    await appendHistory(db, [{ claimId: id, kind: 'created', to: input.verdict }], now);
  });
  return id;
}

export interface UpdateResult {
  /** True when the claim had changed since `expectedRev` (in another tab): this write replaced that change. */
  overwrote: boolean;
  /** The claim's revision after this write. */
  rev: number;
}

/** Applies changes to a claim, raising its revision; reports whether it overwrote someone else's change. */
export async function updateClaim(
  db: CorroborateDB,
  id: string,
  changes: ClaimChanges,
  expectedRev?: number,
): Promise<UpdateResult> {
  return db.transaction('rw', [db.claims, db.history, db.settings], async () => {
    const current = await db.claims.get(id);
    if (!current) throw new Error('That claim has been deleted.');
    const patch: ClaimChanges = { ...changes };
    if (patch.note !== undefined) patch.note = patch.note.trim();
    if (patch.normalised !== undefined) patch.normalised = patch.normalised.replace(/\s+/g, ' ').trim();
    if (patch.claimant !== undefined) patch.claimant = cleanClaimant(patch.claimant);
    // A new verdict given without a rating shows the scale's rating for it.
    if (patch.verdict !== undefined && patch.rating === undefined && patch.verdict !== current.verdict)
      patch.rating = null;
    const now = Date.now();
    const entries = describeClaimChange(current, patch);
    await db.claims.update(id, {
      ...patch,
      updatedAt: now,
      ...(entries.some((e) => e.kind === 'verdict') ? { verdictChangedAt: now } : {}),
      rev: current.rev + 1,
    });
    await appendHistory(db, entries, now);
    return { overwrote: expectedRev !== undefined && current.rev !== expectedRev, rev: current.rev + 1 };
  });
}

/** What deleting a claim removed: the claim, its evidence links and its dismissed suggestions. */
export interface DeletedClaim {
  claim: ClaimRecord;
  links: LinkRecord[];
  dismissals: DismissalRecord[];
}

/** Deletes a claim with its links, in one transaction, and returns what was deleted (for undo). */
export async function deleteClaim(db: CorroborateDB, id: string): Promise<DeletedClaim | undefined> {
  return db.transaction('rw', [db.claims, db.links, db.dismissals, db.history, db.settings], async () => {
    const claim = await db.claims.get(id);
    if (!claim) return undefined;
    await appendHistory(db, [{ claimId: id, kind: 'deleted', from: claim.verdict }]);
    const links = await db.links.where('claimId').equals(id).toArray();
    const dismissals = await db.dismissals.where('claimId').equals(id).toArray();
    await db.links.bulkDelete(links.map((l) => l.id));
    await db.dismissals.bulkDelete(dismissals.map((d) => d.id));
    await db.claims.delete(id);
    return { claim, links, dismissals };
  });
}

/** Puts a deleted claim back exactly as it was, with its links (undo of delete). */
export async function restoreClaim(db: CorroborateDB, deleted: DeletedClaim): Promise<void> {
  await db.transaction('rw', [db.claims, db.links, db.dismissals, db.history, db.settings], async () => {
    await appendHistory(db, [{ claimId: deleted.claim.id, kind: 'restored', to: deleted.claim.verdict }]);
    await db.claims.put(deleted.claim);
    await db.links.bulkPut(deleted.links);
    await db.dismissals.bulkPut(deleted.dismissals);
  });
}

/** How many claims there are (IndexedDB reads every record to say: half a second at 100,000). */
export function countClaims(db: CorroborateDB): Promise<number> {
  return db.claims.count();
}

/**
 * The first claims of the table in update order, read straight through the `updatedAt` index (a
 * keyset read: only `limit` rows), with the links, articles and categories they need: what the
 * table shows on opening while its worker reads the whole dossier (and counts it).
 */
export async function readLatestClaims(
  db: CorroborateDB,
  limit: number,
  newestFirst: boolean,
): Promise<LatestClaims> {
  return db.transaction('r', [db.claims, db.links, db.articles, db.categories], async () => {
    const ordered = db.claims.orderBy('updatedAt');
    const claims = await (newestFirst ? ordered.reverse() : ordered).limit(limit).toArray();
    // No count of the claims: IndexedDB counts by reading every record (half a second at 100,000).
    const articleIds = [...new Set(claims.map((c) => c.articleId))];
    return {
      claims,
      links: await whereAnyOf(
        db.links,
        'claimId',
        claims.map((c) => c.id),
      ),
      articles: (await db.articles.bulkGet(articleIds)).filter((a) => a !== undefined),
      categories: await db.categories.toArray(),
    };
  });
}

/** The first claims in update order, with what their rows show: their links, articles, categories. */
export interface LatestClaims {
  claims: ClaimRecord[];
  links: LinkRecord[];
  articles: ArticleRecord[];
  categories: CategoryRecord[];
}

/**
 * `readLatestClaims` (newest first) answered from records at hand, as the index orders them (ties by
 * id): a restore's first rows, from the backup it has just written, with no database read.
 */
export function latestIn(data: LatestClaims, limit: number): LatestClaims {
  const claims = [...data.claims]
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, limit);
  const ids = new Set(claims.map((c) => c.id));
  const articleIds = new Set(claims.map((c) => c.articleId));
  return {
    claims,
    links: data.links.filter((l) => ids.has(l.claimId)),
    articles: data.articles.filter((a) => articleIds.has(a.id)),
    categories: data.categories,
  };
}

/** What a ClaimReview export holds: how many claims are rated, and the unrated ones left out. */
export interface ClaimReviewScope {
  rated: number;
  unrated: number;
  /** A sample of the claims left out. */
  left: Array<{ id: string; text: string }>;
  /** Exported claims whose verdict rests on fewer sources than the rule asks (verdict-rules.ts). */
  underSourced: number;
  /** A sample of them, each with what its verdict lacks. */
  weak: Array<{ id: string; text: string; warning: string }>;
}

/**
 * The scope of a ClaimReview export under the workbench's rating scale: claims whose verdict is
 * Unverified lack a published rating unless the scale publishes one (Unproven). Reads every claim
 * of that verdict: run it off the page (the exchange worker does).
 */
export async function claimReviewScope(db: CorroborateDB, sample = 25): Promise<ClaimReviewScope> {
  return db.transaction('r', [db.claims, db.settings, db.links, db.articles], async () => {
    const scale = scaleById((await db.settings.get(SETTINGS.ratingScale))?.value);
    const unverified = await db.claims.where('verdict').equals('unverified').toArray();
    const left = unverified.filter((c) => !ratingOf(c, scale).published);
    // Only a confirmed or a disputed verdict can outrun its sources; each is judged as the panel does.
    const ruled = await db.claims.where('verdict').anyOf(['confirmed', 'disputed']).toArray();
    const byClaim = linksByClaim(await db.links.toArray());
    const articles = new Map((await db.articles.toArray()).map((a) => [a.id, a]));
    const weak: ClaimReviewScope['weak'] = [];
    let underSourced = 0;
    for (const c of ruled) {
      const judged = judgeClaim(c, byClaim.get(c.id) ?? [], (id) => articles.get(id));
      const warning = verdictWarning(c.verdict, judged);
      if (!warning) continue;
      underSourced++;
      if (weak.length < sample) weak.push({ id: c.id, text: c.selector.quote.exact, warning });
    }
    return {
      rated: (await db.claims.count()) - left.length,
      unrated: left.length,
      left: left.slice(0, sample).map((c) => ({ id: c.id, text: c.selector.quote.exact })),
      underSourced,
      weak,
    };
  });
}
