import type { BackupData } from '../domain/exchange/backup';
import { whereAnyOf } from './any-of';
import type { CorroborateDB } from './db';
import type { ClaimRecord, LinkRecord } from './records';
import { DEFAULT_CATEGORIES, categoryIdFor, paletteColor } from '../domain/categories';
import { sentenceKey } from './links-repo';

import type { ImportedClaim, ImportedLink } from '../domain/exchange/web-annotation';

/** What a verdict sheet or ClaimReview needs: everything but the article texts (the bulk of the data). */
export async function readClaimData(db: CorroborateDB) {
  return db.transaction('r', [db.articles, db.claims, db.links, db.categories], async () => ({
    articles: await db.articles.toArray(),
    claims: await db.claims.toArray(),
    links: await db.links.toArray(),
    categories: await db.categories.toArray(),
  }));
}

/** What placing imported annotations needs: articles with their texts, claims and links (no history). */
export async function readAnnotationContext(db: CorroborateDB) {
  return db.transaction('r', [db.articles, db.texts, db.claims, db.links], async () => ({
    articles: await db.articles.toArray(),
    texts: await db.texts.toArray(),
    claims: await db.claims.toArray(),
    links: await db.links.toArray(),
  }));
}

/** Every table, read in one transaction so the snapshot is consistent. */
export async function readWorkbench(db: CorroborateDB): Promise<BackupData> {
  return db.transaction(
    'r',
    [db.articles, db.texts, db.claims, db.links, db.dismissals, db.history, db.categories, db.settings],
    async () => {
      // Every read asked at once: the database reads the next table while this one is unpacked.
      const [articles, texts, claims, links, dismissals, history, categories, settings] = await Promise.all([
        db.articles.toArray(),
        db.texts.toArray(),
        db.claims.toArray(),
        db.links.toArray(),
        db.dismissals.toArray(),
        db.history.toArray(),
        db.categories.toArray(),
        db.settings.toArray(),
      ]);
      // Settings hold JSON values only (written by us from JSON-able data).
      return {
        articles,
        texts,
        claims,
        links,
        dismissals,
        history,
        categories,
        settings: settings as BackupData['settings'],
      };
    },
  );
}

export interface RestoreResult {
  articles: number;
  claims: number;
  links: number;
  skipped: number;
}

const tables = (db: CorroborateDB) => [
  db.articles,
  db.texts,
  db.claims,
  db.links,
  db.dismissals,
  db.history,
  db.categories,
  db.settings,
];

/**
 * Replaces the whole workbench with a checked backup, in one transaction: a failure or a closed
 * tab leaves the old workbench whole. Device settings (last backup time) are kept.
 */
export async function replaceWorkbench(
  db: CorroborateDB,
  data: BackupData,
  keepSettings: ReadonlySet<string>,
): Promise<RestoreResult> {
  return db.transaction('rw', [...tables(db), db.undo], async () => {
    const kept = (await db.settings.toArray()).filter((s) => keepSettings.has(s.key));
    // A restored workbench starts a new undo history: the old steps were about records now gone.
    await Promise.all([...tables(db), db.undo].map((t) => t.clear()));
    await db.articles.bulkAdd(data.articles);
    await db.texts.bulkAdd(data.texts);
    await db.categories.bulkAdd(data.categories);
    await db.claims.bulkAdd(data.claims);
    await db.links.bulkAdd(data.links);
    await db.dismissals.bulkAdd(data.dismissals);
    await db.history.bulkAdd(data.history);
    await db.settings.bulkPut([...data.settings.filter((s) => !keepSettings.has(s.key)), ...kept]);
    return {
      articles: data.articles.length,
      claims: data.claims.length,
      links: data.links.length,
      skipped: 0,
    };
  });
}

/**
 * Merges a checked backup into the workbench, in one transaction. Articles already present (same
 * content) are not duplicated: the backup's references to them are redirected. A claim present on
 * both sides keeps the later-updated version; categories are matched by name.
 */
export async function mergeWorkbench(
  db: CorroborateDB,
  data: BackupData,
  keepSettings: ReadonlySet<string>,
): Promise<RestoreResult> {
  return db.transaction('rw', tables(db), async () => {
    let skipped = 0;
    // Articles: one already present (same content) takes the backup's references; others are added,
    // renamed if their id is taken.
    const existing = await db.articles.toArray();
    const existingByHash = new Map(existing.map((a) => [a.contentHash, a.id]));
    const taken = new Set(existing.map((a) => a.id));
    const textOf = new Map(data.texts.map((t) => [t.articleId, t]));
    let order = existing.reduce((m, a) => Math.max(m, a.order), -1) + 1;
    const articleId = new Map<string, string>();
    const newArticles: BackupData['articles'] = [];
    const newTexts: BackupData['texts'] = [];
    for (const a of data.articles) {
      const same = existingByHash.get(a.contentHash);
      if (same) {
        articleId.set(a.id, same);
        skipped++;
        continue;
      }
      let id = a.id;
      for (let n = 2; taken.has(id); n++) id = `${a.id}-${n}`;
      taken.add(id);
      articleId.set(a.id, id);
      newArticles.push({ ...a, id, order: order++ });
      newTexts.push({ ...textOf.get(a.id)!, articleId: id });
    }
    await db.articles.bulkAdd(newArticles);
    await db.texts.bulkAdd(newTexts);

    // Categories are matched by name.
    const categoryId = new Map<string, string>();
    const cats = await db.categories.toArray();
    const newCats: typeof cats = [];
    for (const c of data.categories) {
      const same = cats.find((x) => x.name.toLowerCase() === c.name.toLowerCase());
      if (same) categoryId.set(c.id, same.id);
      else {
        let id = c.id;
        for (let n = 2; cats.some((x) => x.id === id); n++) id = `${c.id}-${n}`;
        const rec = { ...c, id, order: cats.length };
        cats.push(rec);
        newCats.push(rec);
        categoryId.set(c.id, id);
      }
    }
    await db.categories.bulkAdd(newCats);

    // A claim in both keeps the later edit.
    const mine = await db.claims.bulkGet(data.claims.map((c) => c.id));
    const claims = data.claims
      .filter((c, i) => !(mine[i] && mine[i].updatedAt >= c.updatedAt))
      .map((c) => ({
        ...c,
        articleId: articleId.get(c.articleId)!,
        categoryId: categoryId.get(c.categoryId)!,
      }));
    skipped += data.claims.length - claims.length;
    await db.claims.bulkPut(claims);

    // A sentence already linked to the claim is not linked twice.
    const linked = new Set((await db.links.toArray()).map((l) => `${l.claimId}|${l.sentenceKey}`));
    const links = data.links
      .map((l) => {
        const aid = articleId.get(l.articleId)!;
        return { ...l, articleId: aid, sentenceKey: sentenceKey(aid, l.selector.position.start) };
      })
      .filter((l) => !linked.has(`${l.claimId}|${l.sentenceKey}`));
    skipped += data.links.length - links.length;
    await db.links.bulkPut(links);

    await db.dismissals.bulkPut(data.dismissals);
    // A trail is only ever appended to: entries are merged by id, none replaced.
    const known = new Set(
      (await db.history.bulkGet(data.history.map((h) => h.id))).flatMap((h) => (h ? [h.id] : [])),
    );
    await db.history.bulkAdd(data.history.filter((h) => !known.has(h.id)));
    const settingKeys = new Set(await db.settings.toCollection().primaryKeys());
    await db.settings.bulkAdd(
      data.settings.filter((s) => !keepSettings.has(s.key) && !settingKeys.has(s.key)),
    );
    return { articles: newArticles.length, claims: claims.length, links: links.length, skipped };
  });
}

/** Adds imported claims (creating categories by name) and links, in one transaction. */
export async function addImportedClaims(
  db: CorroborateDB,
  claims: readonly ImportedClaim[],
  links: readonly ImportedLink[],
): Promise<void> {
  await db.transaction('rw', [db.claims, db.links, db.categories, db.settings], async () => {
    const cats = await db.categories.toArray();
    const added: typeof cats = [];
    const idForName = (name: string | null): string => {
      if (!name) return DEFAULT_CATEGORIES[0].id;
      const same = cats.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (same) return same.id;
      let id = categoryIdFor(name);
      for (let n = 2; cats.some((c) => c.id === id); n++) id = `${categoryIdFor(name)}-${n}`;
      const order = cats.reduce((m, c) => Math.max(m, c.order), -1) + 1;
      const rec = { id, name: name.slice(0, 60), color: paletteColor(order - 3), order };
      cats.push(rec);
      added.push(rec);
      return id;
    };
    const now = Date.now();
    const records: ClaimRecord[] = claims.map((c) => ({
      id: c.id,
      articleId: c.articleId,
      selector: c.selector,
      categoryId: idForName(c.categoryName),
      verdict: c.verdict,
      note: c.note,
      claimant: null,
      createdAt: c.createdAt ?? now,
      updatedAt: c.updatedAt ?? now,
      rev: 1,
    }));
    await db.categories.bulkAdd(added);
    await db.claims.bulkAdd(records);
    // One read for the links the claims already had (not one per link; claims just added have none).
    const fresh = new Set(records.map((r) => r.id));
    const claimIds = [...new Set(links.map((l) => l.claimId))].filter((id) => !fresh.has(id));
    const linked = new Set(
      (await whereAnyOf(db.links, 'claimId', claimIds)).map((l) => `${l.claimId}|${l.sentenceKey}`),
    );
    const linkRecords: LinkRecord[] = [];
    for (const l of links) {
      const key = sentenceKey(l.articleId, l.selector.position.start);
      if (linked.has(`${l.claimId}|${key}`)) continue;
      linked.add(`${l.claimId}|${key}`);
      linkRecords.push({
        ...l,
        id: crypto.randomUUID(),
        sentenceKey: key,
        createdAt: now,
        updatedAt: now,
      });
    }
    await db.links.bulkAdd(linkRecords);
  });
}
