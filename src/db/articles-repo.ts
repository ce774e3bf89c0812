import { DEFAULT_CATEGORIES } from '../domain/categories';
import { whereAnyOf } from './any-of';
import type { ArticleDetails } from '../domain/types';
import type { CorroborateDB } from './db';
import type { ArticleRecord, ArticleTextRecord } from './records';

/** An article ready to store: its record (without list order) and its text. */
export interface PreparedArticle {
  article: Omit<ArticleRecord, 'order' | 'addedAt' | 'updatedAt'>;
  text: Omit<ArticleTextRecord, 'articleId'>;
}

export interface AddResult {
  added: string[];
  /** Ids of articles already present with the same content (by hash). */
  duplicates: string[];
}

/**
 * Stores articles not already present (same content hash), in one transaction: a crash leaves the
 * workbench as before or after, never half-imported. Nothing but IndexedDB work runs inside it.
 */
export async function addArticles(db: CorroborateDB, items: PreparedArticle[]): Promise<AddResult> {
  return db.transaction('rw', db.articles, db.texts, async () => {
    const hashes = items.map((i) => i.article.contentHash);
    const existing = await whereAnyOf(db.articles, 'contentHash', hashes);
    const known = new Map(existing.map((a) => [a.contentHash, a.id]));
    const last = await db.articles.orderBy('order').last();
    let order = (last?.order ?? -1) + 1;
    const now = Date.now();
    const result: AddResult = { added: [], duplicates: [] };
    const articles: ArticleRecord[] = [];
    const texts: ArticleTextRecord[] = [];
    for (const item of items) {
      const dup = known.get(item.article.contentHash);
      if (dup) {
        result.duplicates.push(dup);
        continue;
      }
      known.set(item.article.contentHash, item.article.id);
      articles.push({ ...item.article, order: order++, addedAt: now, updatedAt: now });
      texts.push({ ...item.text, articleId: item.article.id });
      result.added.push(item.article.id);
    }
    await db.articles.bulkAdd(articles);
    await db.texts.bulkAdd(texts);
    return result;
  });
}

/**
 * First-run seeding: the default categories and the bundled articles, in one transaction. Safe to
 * run on every start and from two tabs at once: existing articles (by hash) and categories (by id)
 * are left alone, and claims are never touched.
 */
/** Set once the bundled articles have been seeded: a workbench restored without them stays so. */
export const SEEDED_SETTING = 'seededAt';

/**
 * Seeds the default categories and the bundled articles, once per database: after that, a restore
 * that replaced them, or the user's own choices, are never undone by a reload.
 */
export async function seedWorkbench(db: CorroborateDB, items: PreparedArticle[]): Promise<AddResult> {
  return db.transaction('rw', [db.articles, db.texts, db.categories, db.settings], async () => {
    if (await db.settings.get(SEEDED_SETTING)) return { added: [], duplicates: [] };
    const categories = await db.categories.bulkGet(DEFAULT_CATEGORIES.map((c) => c.id));
    const missing = DEFAULT_CATEGORIES.filter((_, i) => !categories[i]).map((c, i) => ({
      ...c,
      order: i,
    }));
    if (missing.length) await db.categories.bulkAdd(missing);
    const result = await addArticles(db, items);
    await db.settings.put({ key: SEEDED_SETTING, value: Date.now() });
    return result;
  });
}

/** Saves edited article details (headline, outlet, author, date, URL). */
export async function updateArticleDetails(
  db: CorroborateDB,
  id: string,
  details: ArticleDetails,
  /** The article's wire credits ("With Agence France-Presse"), when the form edits them too. */
  credits?: readonly string[],
): Promise<void> {
  const headline = details.headline.trim();
  if (!headline) throw new Error('An article needs a headline.');
  const clean = (v: string | null) => (v && v.trim() ? v.trim() : null);
  const url = clean(details.url);
  if (url && !/^https?:\/\//i.test(url)) throw new Error('The URL must start with http:// or https://.');
  const changed = await db.articles.update(id, {
    headline,
    headlineDerived: false,
    outlet: clean(details.outlet),
    author: clean(details.author),
    date: clean(details.date),
    url,
    ...(credits ? { credits: credits.map((c) => c.trim()).filter(Boolean) } : {}),
    updatedAt: Date.now(),
  });
  if (!changed) throw new Error('That article is no longer in the workbench.');
}
