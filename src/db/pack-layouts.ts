import type { PackKey, PackLayout } from './pack-store';

/**
 * The tables kept in packs (src/db/packed-table.ts), and how. Each layout's store, its fields and its
 * grouping are stored data: changing one needs an upgrade that moves the records.
 */

/**
 * Claims by the article they are marked in: an article's claims are read together (the article view),
 * and the latest claims from a few packs (each pack's newest and oldest update time).
 */
export const CLAIM_PACKS: PackLayout = {
  table: 'claims',
  store: 'claimPacks',
  spec: 'articleId, *ids, newest, oldest',
  keyField: 'articleId',
  itemsField: 'claims',
  packOf: (c) => c.articleId as string,
  packFor: (index, key) => (index === 'articleId' ? (key as string) : undefined),
  timeIndex: 'updatedAt',
};

/** How many packs links are spread over. */
export const LINK_BUCKETS = 1024;

/** FNV-1a of a claim id, into one of the link packs: a claim's links are all in one. */
export function linkBucket(claimId: unknown): PackKey {
  const s = String(claimId);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) % LINK_BUCKETS;
}

/**
 * Evidence links by their claim, hashed into a fixed number of packs (a claim has a few links: a pack
 * per claim would be a row per link again). A claim's links, and the one link of a claim and
 * sentence (the unique index, checked within the pack), are read from one pack.
 */
export const LINK_PACKS: PackLayout = {
  table: 'links',
  store: 'linkPacks',
  spec: 'bucket, *ids',
  keyField: 'bucket',
  itemsField: 'links',
  packOf: (l) => linkBucket(l.claimId),
  packFor: (index, key) =>
    index === 'claimId'
      ? linkBucket(key)
      : index === '[claimId+sentenceKey]' && Array.isArray(key)
        ? linkBucket(key[0])
        : undefined,
};
