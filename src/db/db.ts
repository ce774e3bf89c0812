import Dexie, { type EntityTable } from 'dexie';
import type { ArticleRecord, ArticleTextRecord, CategoryRecord, ClaimRecord, SettingRecord } from './records';

export const DB_NAME = 'corroborate';

/**
 * The workbench database. Every schema version stays declared here, in order, with its upgrade, so a
 * browser holding any earlier version upgrades without loss.
 */
export class CorroborateDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  texts!: EntityTable<ArticleTextRecord, 'articleId'>;
  claims!: EntityTable<ClaimRecord, 'id'>;
  categories!: EntityTable<CategoryRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      articles: 'id, &contentHash, order',
      texts: 'articleId',
      claims: 'id, articleId, categoryId, verdict, updatedAt',
      categories: 'id, &name, order',
      settings: 'key',
    });
  }
}

export const db = new CorroborateDB();
