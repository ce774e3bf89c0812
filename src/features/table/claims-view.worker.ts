/// <reference lib="webworker" />
/**
 * The Claims table's data, off the main thread. The worker reads IndexedDB itself and follows it:
 * claims change by change (Dexie names the keys each write touched, in any tab or worker; those are
 * read again, and those gone are dropped; a bulk write, a restore, is read whole), links, articles
 * and categories whole (they are few, or cheap to compare). The page asks for the window of rows it
 * draws. Nothing here counts the claims table: IndexedDB counts by reading every record.
 */
import { errorMessage } from '../../services/errors';
import { db } from '../../db/db';
import { follow, onKeysWritten } from '../../db/follow';
import { sheetFile } from '../../services/sheet-file';
import { ClaimsViewModel } from './claims-view-model';
import type { ClaimsViewRequest, ClaimsViewResponse } from './claims-view-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const model = new ClaimsViewModel();
const post = (m: ClaimsViewResponse) => scope.postMessage(m);
const fail = (e: unknown) => post({ type: 'failed', message: errorMessage(e) });

/** Requests wait until every table has been read once. */
let loaded!: () => void;
const ready = new Promise<void>((resolve) => (loaded = resolve));
const initial = { claims: false, links: false, articles: false, categories: false };
let announced = -1;

/**
 * Whole reads of the claims under way (a restore, a bulk write): meanwhile nothing is announced, so
 * the page keeps the rows it read straight from the database instead of asking for pages of claims
 * this worker no longer holds.
 */
let wholeReads = 0;

/** Tells the page the data changed (once everything has been read). */
function announce(part?: keyof typeof initial) {
  if (part) initial[part] = true;
  if (!Object.values(initial).every(Boolean) || wholeReads > 0) return;
  loaded();
  if (model.version !== announced) {
    announced = model.version;
    post({ type: 'changed', version: model.version, shape: model.shape });
  }
  prepareSoon();
}

/**
 * Rows, search text, sorted orders and standings prepared piece by piece after a change: pieces of
 * about 8 ms, each the next task after whatever arrived meanwhile (a message through a channel, not a
 * timer: timers wait at least 4 ms, a third of the time; the sort by claim text was still unprepared
 * 4.4 s after reopening 100,000 claims), so a request (or one of this worker's database reads) waits
 * for at most one piece.
 */
let preparing = false;
const pieces = new MessageChannel();
pieces.port1.onmessage = () => {
  if (model.prepare(8)) pieces.port2.postMessage(null);
  else preparing = false;
};
function prepareSoon() {
  if (preparing) return;
  preparing = true;
  setTimeout(() => pieces.port2.postMessage(null), 50);
}

follow(
  () => db.articles.toArray(),
  (a) => {
    model.setArticles(a);
    announce('articles');
  },
  fail,
);
follow(
  () => db.categories.toArray(),
  (c) => {
    model.setCategories(c);
    announce('categories');
  },
  fail,
);
follow(
  () => db.links.toArray(),
  (l) => {
    model.setLinks(l);
    announce('links');
  },
  fail,
);

/** Reads of claims, one after another, in the order their writes were told. */
let reading: Promise<void> = Promise.resolve();
function readClaims(keys: string[] | null) {
  if (keys === null) wholeReads++;
  reading = reading
    .then(async () => {
      if (keys === null) {
        try {
          model.setClaims(await db.claims.toArray());
        } finally {
          wholeReads--;
        }
        announce('claims');
        return;
      }
      const found = await db.claims.bulkGet(keys);
      const changed = model.putClaims(found.filter((c) => c !== undefined));
      const dropped = model.dropClaims(keys.filter((_, i) => !found[i]));
      if (changed || dropped) announce();
    })
    .catch(fail);
}
onKeysWritten(db, 'claims', readClaims);
readClaims(null);

scope.onmessage = (event: MessageEvent<ClaimsViewRequest>) => {
  const m = event.data;
  if (m.type === 'touched') {
    // The page's own write, told at once (Dexie's word of it follows, and changes nothing more).
    void ready.then(() => readClaims(m.ids));
    return;
  }
  if (m.type === 'verdict') {
    void ready.then(() => {
      if (model.setVerdict(m.id, m.verdict, m.rating)) announce();
    });
    return;
  }
  if (m.type === 'groups') {
    model.setGroups(m.groups ? new Map(m.groups.flatMap((g) => g.map((id) => [id, g] as const))) : null);
    announce();
    return;
  }
  void ready
    .then(() => {
      if (m.type === 'page')
        post({ type: 'page', id: m.id, version: model.version, page: model.page(m.query, m.start, m.end) });
      else if (m.type === 'overview')
        post({ type: 'overview', id: m.id, version: model.version, overview: model.overview() });
      else if (m.type === 'report') post({ type: 'report', id: m.id, ...model.report(m.query, m.limit) });
      else {
        const f = sheetFile(m.format, model.sheetData(), m.query ? model.ids(m.query) : null, m.choice);
        post({
          type: 'sheet',
          id: m.id,
          name: f.name,
          blob: new Blob([f.content], { type: f.type }),
          count: f.count,
        });
      }
    })
    .catch(fail);
};
