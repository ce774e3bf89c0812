import Dexie, { type EntityTable } from 'dexie';
import type {
  ArticleRecord,
  ArticleTextRecord,
  CategoryRecord,
  ClaimRecord,
  DismissalRecord,
  LinkRecord,
  SettingRecord,
} from './records';

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
  links!: EntityTable<LinkRecord, 'id'>;
  dismissals!: EntityTable<DismissalRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      articles: 'id, &contentHash, order',
      texts: 'articleId',
      claims: 'id, articleId, categoryId, verdict, updatedAt',
      categories: 'id, &name, order',
      settings: 'key',
    });
    // Version 2: evidence links and dismissed suggestions. Claims written by version 1 are checked
    // for the fields version 2 relies on (a revision and a note), filled in where missing.
    this.version(2)
      .stores({
        links: 'id, claimId, articleId, &[claimId+sentenceKey]',
        dismissals: 'id, claimId',
      })
      .upgrade((tx) =>
        tx
          .table('claims')
          .toCollection()
          .modify((claim: Partial<ClaimRecord>) => {
            if (typeof claim.rev !== 'number') claim.rev = 1;
            if (typeof claim.note !== 'string') claim.note = '';
          }),
      );
  }
}

export const db = new CorroborateDB();
