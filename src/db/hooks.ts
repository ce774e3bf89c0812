import { useLiveQuery } from 'dexie-react-hooks';
import { whereAnyOf } from './any-of';
import { db } from './db';
import { readDossiers, type DossierRecord } from './dossiers';
import { SETTINGS } from './settings-repo';
import { byTimeWritten } from './history-repo';
import { readUndoState, type UndoState } from './undo';
import { scaleById, type RatingScale } from '../domain/rating-scales';
import type {
  ArticleRecord,
  ArticleTextRecord,
  CategoryRecord,
  ClaimRecord,
  HistoryRecord,
  LinkRecord,
} from './records';

/*
 * Reactive reads for the UI. liveQuery re-runs a query when any tab writes what it read, so a change
 * shows everywhere at once. `undefined` means still loading.
 */

export function useArticles(): ArticleRecord[] | undefined {
  return useLiveQuery(() => db.articles.orderBy('order').toArray(), []);
}

export function useArticleText(articleId: string | null): ArticleTextRecord | null | undefined {
  return useLiveQuery(
    async () => (articleId ? ((await db.texts.get(articleId)) ?? null) : null),
    [articleId],
  );
}

export function useClaimsOfArticle(articleId: string | null): ClaimRecord[] | undefined {
  return useLiveQuery(
    () => (articleId ? db.claims.where('articleId').equals(articleId).toArray() : []),
    [articleId],
  );
}

/** Every claim: for views opened on demand (the matrix), never for what is always on screen. */
export function useAllClaims(): ClaimRecord[] | undefined {
  return useLiveQuery(() => db.claims.toArray(), []);
}

export function useClaim(id: string | null): ClaimRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.claims.get(id)) ?? null) : null), [id]);
}

export function useCategories(): CategoryRecord[] | undefined {
  return useLiveQuery(() => db.categories.orderBy('order').toArray(), []);
}

export function useArticle(id: string | null): ArticleRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.articles.get(id)) ?? null) : null), [id]);
}

export function useLinksOfClaim(claimId: string | null): LinkRecord[] | undefined {
  return useLiveQuery(
    () => (claimId ? db.links.where('claimId').equals(claimId).sortBy('createdAt') : []),
    [claimId],
  );
}

export function useAllLinks(): LinkRecord[] | undefined {
  return useLiveQuery(() => db.links.toArray(), []);
}

export function useDismissedKeys(claimId: string | null): Set<string> | undefined {
  return useLiveQuery(
    async () =>
      new Set(
        claimId
          ? (await db.dismissals.where('claimId').equals(claimId).toArray()).map((d) => d.sentenceKey)
          : [],
      ),
    [claimId],
  );
}

export function useSetting<T>(key: string): T | null | undefined {
  return useLiveQuery(async () => ((await db.settings.get(key))?.value as T | undefined) ?? null, [key]);
}

/** How much the workbench holds now (for warnings before it is replaced). */
export function useWorkbenchCounts(): { articles: number; claims: number } | undefined {
  return useLiveQuery(
    async () => ({ articles: await db.articles.count(), claims: await db.claims.count() }),
    [],
  );
}

/** The claims with these ids that still exist, in the order given. */
export function useClaimsByIds(ids: readonly string[]): ClaimRecord[] | undefined {
  const key = ids.join(',');
  return useLiveQuery(
    async () => (await db.claims.bulkGet(ids as string[])).filter((c): c is ClaimRecord => Boolean(c)),
    // The ids' content (key), not the array's identity, decides when to read again.
    [key],
  );
}

/**
 * A light signature of the dossier's articles (ids, content, outlets): it changes when one does.
 * Not read while `active` is false (undefined then).
 */
export function useArticleSignature(active = true): string | undefined {
  return useLiveQuery(async () => {
    if (!active) return undefined;
    const parts: string[] = [];
    await db.articles.each((a) => {
      parts.push(`${a.id}|${a.contentHash}|${a.outlet ?? ''}|${a.credits.join(';')}`);
    });
    return parts.join('\n');
  }, [active]);
}

/** The links of several claims (those of a claim's equivalents, say). */
export function useLinksOfClaims(claimIds: readonly string[]): LinkRecord[] | undefined {
  const key = claimIds.join(',');
  return useLiveQuery(
    () => whereAnyOf(db.links, 'claimId', claimIds),
    // The ids' content (key), not the array's identity, decides when to read again.
    [key],
  );
}

/** A claim's audit trail, oldest first. */
export function useHistoryOfClaim(claimId: string | null): HistoryRecord[] | undefined {
  return useLiveQuery(
    async () =>
      claimId ? (await db.history.where('claimId').equals(claimId).toArray()).sort(byTimeWritten) : [],
    [claimId],
  );
}

/** The dossiers this browser holds, oldest first. */
export function useDossiers(): DossierRecord[] | undefined {
  return useLiveQuery(() => readDossiers(), []);
}

/** What Undo and Redo would do now, in this dossier and browser. */
export function useUndoState(): UndoState | undefined {
  return useLiveQuery(() => readUndoState(db), []);
}

/** The newsroom's rating scale, as Settings has it (the default scale while loading). */
export function useRatingScale(): RatingScale {
  const value = useLiveQuery(async () => (await db.settings.get(SETTINGS.ratingScale))?.value ?? null, []);
  return scaleById(value);
}
