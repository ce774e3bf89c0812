/// <reference lib="webworker" />
/**
 * The Claims table's data, off the main thread. The worker reads IndexedDB itself and follows it:
 * claims change by change (those updated since the last read, through the `updatedAt` index;
 * deletions by the count; bulk writes by the data epoch), links, articles and categories whole (they
 * are few, or cheap to compare). The page asks for the window of rows it draws.
 */
import { errorMessage } from '../../services/errors';
import { db } from '../../db/db';
import { claimKeys, readClaimChanges, type ClaimChangesSince } from '../../db/claims-repo';
import { follow } from '../../db/follow';
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

/** Tells the page the data changed (once everything has been read). */
function announce(part?: keyof typeof initial) {
  if (part) initial[part] = true;
  if (!Object.values(initial).every(Boolean)) return;
  loaded();
  if (model.version !== announced) {
    announced = model.version;
    post({ type: 'changed', version: model.version });
  }
  prepareSoon();
}

/** Sorted orders and search text prepared piece by piece between requests, after a change. */
let preparing = false;
function prepareSoon() {
  if (preparing) return;
  preparing = true;
  const step = () => {
    if (model.prepare()) setTimeout(step, 20);
    else preparing = false;
  };
  setTimeout(step, 50);
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

let since: number | null = null;
let epoch: number | null = null;
follow(
  () => readClaimChanges(db, since, epoch),
  async (r: ClaimChangesSince) => {
    if (r.full) model.setClaims(r.claims);
    else model.putClaims(r.claims);
    epoch = r.epoch;
    for (const c of r.claims) if (since === null || c.updatedAt > since) since = c.updatedAt;
    since ??= 0;
    // Claims deleted, or put back with an old update time (undo of a delete): reconcile by key.
    if (r.count !== model.size) {
      const keys = await claimKeys(db);
      model.keepClaims(keys);
      const missing = keys.filter((k) => !model.has(k));
      if (missing.length) model.putClaims((await db.claims.bulkGet(missing)).filter((c) => c !== undefined));
    }
    announce('claims');
  },
  fail,
);

scope.onmessage = (event: MessageEvent<ClaimsViewRequest>) => {
  const m = event.data;
  if (m.type === 'touched') {
    void ready
      .then(() => db.claims.bulkGet(m.ids))
      .then((found) => {
        if (model.putClaims(found.filter((c) => c !== undefined))) {
          for (const c of found) if (c && since !== null && c.updatedAt > since) since = c.updatedAt;
          announce();
        }
      }, fail);
    return;
  }
  if (m.type === 'groups') {
    model.setGroups(m.groups ? new Map(m.groups.flatMap((g) => g.map((id) => [id, g] as const))) : null);
    announce();
    return;
  }
  void ready.then(() => {
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
  });
};
