import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware, Table } from 'dexie';
import { UNDOABLE_TABLES, type UndoChange, type UndoRecord, type UndoableTable } from '../domain/records';
import { same } from '../domain/sync/merge';
import type { CorroborateDB } from './db';
import { appendHistory, describeClaimChange, describeLink, type HistoryEntry } from './history-repo';
import type { ClaimRecord, LinkRecord } from './records';

/*
 * Undo and redo, kept in the dossier's database so they survive a reload. An action runs inside
 * `undoable()`: a DBCore middleware sees every record it writes to the content tables and keeps each
 * one as it was before and after; the step is stored in the same transaction as the action, so the
 * two are written together or not at all. Undo writes the "before" records back, only if they still
 * stand as the action left them: a record changed since (another tab, a colleague through team sync)
 * is never overwritten, and the step is dropped with a message saying why.
 */

/** How many steps are kept; older ones go. */
export const UNDO_LIMIT = 100;

type Capture = Map<string, UndoChange>;
/** The capture of each transaction started by `undoable`, by the transaction IndexedDB runs it in. */
const captures = new WeakMap<object, Capture>();
const undoableTable = new Set<string>(UNDOABLE_TABLES);

function keep(capture: Capture, table: UndoableTable, key: string, before: unknown, after: unknown) {
  const id = `${table}\t${key}`;
  const first = capture.get(id);
  capture.set(id, {
    table,
    key,
    before: first ? first.before : before === undefined ? undefined : structuredClone(before),
    after: after === undefined ? undefined : structuredClone(after),
  });
}

/** The keys a write touches. (Promise chains, not async functions: Dexie's zone must follow them.) */
function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'deleteRange')
    return table
      .query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })
      .then((found) => found.result);
  if (req.type === 'delete') return Promise.resolve(req.keys);
  return Promise.resolve(req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)));
}

/** Sees the writes of `undoable` transactions; every other write passes untouched. */
export const undoMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'undo-capture',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!undoableTable.has(name)) return table;
        return {
          ...table,
          mutate(req) {
            const capture = captures.get(req.trans);
            if (!capture) return table.mutate(req);
            // An add never overwrites (it fails on a taken key): nothing to read before it.
            const read = (keys: unknown[]) =>
              req.type === 'add'
                ? Promise.resolve(keys.map(() => undefined))
                : table.getMany({ trans: req.trans, keys });
            return keysOf(table, req).then((keys) =>
              read(keys).then((before) =>
                table.mutate(req).then((res) => {
                  keys.forEach((key, i) => {
                    if (res.failures[i]) return;
                    const after = req.type === 'put' || req.type === 'add' ? req.values[i] : undefined;
                    keep(capture, name as UndoableTable, String(key), before[i], after);
                  });
                  return res;
                }),
              ),
            );
          },
        };
      },
    };
  },
};

/** Bookkeeping that undo and redo refresh when they write a record back: not part of what it says. */
const BOOKKEEPING = ['updatedAt', 'rev', 'verdictChangedAt'];

/** Whether two versions of a record say the same (bookkeeping aside). */
function sameContent(a: unknown, b: unknown): boolean {
  const strip = (r: unknown) => {
    if (typeof r !== 'object' || r === null) return r;
    const out = { ...(r as Record<string, unknown>) };
    for (const f of BOOKKEEPING) delete out[f];
    return out;
  };
  return same(strip(a), strip(b));
}

const contentTables = (db: CorroborateDB) => UNDOABLE_TABLES.map((t) => db.table(t));
const scope = (db: CorroborateDB) => [...contentTables(db), db.history, db.settings, db.undo];

/**
 * Runs an action as one undoable step named `label`: what it writes to the dossier's content can be
 * undone and redone. A new step drops the steps that were undone (they can no longer be redone).
 */
export async function undoable<T>(db: CorroborateDB, label: string, action: () => Promise<T>): Promise<T> {
  return (await undoableStep(db, label, action)).result;
}

/** As `undoable`, also telling the step stored (none when the action changed nothing). */
export async function undoableStep<T>(
  db: CorroborateDB,
  label: string,
  action: () => Promise<T>,
): Promise<{ result: T; seq?: number }> {
  return db.transaction('rw', scope(db), async (tx) => {
    if (captures.has(tx.idbtrans)) return { result: await action() };
    const capture: Capture = new Map();
    captures.set(tx.idbtrans, capture);
    let result: T;
    try {
      result = await action();
    } finally {
      captures.delete(tx.idbtrans);
    }
    const changes = [...capture.values()].filter((c) => !sameContent(c.before, c.after));
    if (!changes.length) return { result };
    await db.undo.where('state').equals('undone').delete();
    const seq = await db.undo.add({ label, at: Date.now(), state: 'done', changes } as UndoRecord);
    const count = await db.undo.count();
    if (count > UNDO_LIMIT)
      await db.undo.bulkDelete(
        await db.undo
          .orderBy('seq')
          .limit(count - UNDO_LIMIT)
          .primaryKeys(),
      );
    return { result, seq };
  });
}

/** The step Undo would undo and the one Redo would redo, by name. */
export interface UndoState {
  undo: { seq: number; label: string } | null;
  redo: { seq: number; label: string } | null;
}

export async function readUndoState(db: CorroborateDB): Promise<UndoState> {
  return db.transaction('r', db.undo, async () => {
    const undo = await db.undo.where('state').equals('done').last();
    const redo = await db.undo.where('state').equals('undone').first();
    return {
      undo: undo ? { seq: undo.seq, label: undo.label } : null,
      redo: redo ? { seq: redo.seq, label: redo.label } : null,
    };
  });
}

export type StepOutcome =
  | { ok: true; label: string }
  | { ok: false; label: string; reason: string }
  /** Nothing to undo (or redo). */
  | null;

const NOUN: Record<UndoableTable, string> = {
  articles: 'an article',
  texts: 'an article',
  categories: 'a category',
  claims: 'a claim',
  links: 'a piece of evidence',
  dismissals: 'a dismissed suggestion',
};

/** What points at a record of `table`, and what it says when such records block its removal. */
const REFERENCES: Partial<
  Record<UndoableTable, Array<{ table: UndoableTable; field: string; why: string }>>
> = {
  claims: [
    { table: 'links', field: 'claimId', why: 'evidence was linked to the claim since' },
    { table: 'dismissals', field: 'claimId', why: 'suggestions for the claim were dismissed since' },
  ],
  articles: [
    { table: 'claims', field: 'articleId', why: 'claims were marked in the article since' },
    { table: 'links', field: 'articleId', why: 'sentences of the article were linked as evidence since' },
  ],
  categories: [{ table: 'claims', field: 'categoryId', why: 'claims were filed under the category since' }],
};

/** Why a record may not go: records pointing at it that are not going in the same step. */
async function blocker(db: CorroborateDB, c: UndoChange, going: ReadonlySet<string>): Promise<string | null> {
  for (const ref of REFERENCES[c.table] ?? []) {
    const keys = await db.table(ref.table).where(ref.field).equals(c.key).primaryKeys();
    if (keys.some((k) => !going.has(`${ref.table}\t${String(k)}`))) return ref.why;
  }
  return null;
}

/** A record written back by undo or redo: marked as changed now, with a revision past every earlier one. */
function refreshed(table: UndoableTable, target: Record<string, unknown>, current: unknown, now: number) {
  const out = { ...target };
  const cur = current as Record<string, unknown> | undefined;
  if (typeof out.updatedAt === 'number') out.updatedAt = now;
  if (typeof out.rev === 'number')
    out.rev = Math.max(out.rev, typeof cur?.rev === 'number' ? cur.rev : 0) + 1;
  if (table === 'claims' && (!cur || cur.verdict !== out.verdict)) out.verdictChangedAt = now;
  return out;
}

/** The audit-trail entries of a step undone or redone: claims' trails are appended to, never rewritten. */
function trailOf(changes: ReadonlyArray<{ c: UndoChange; from: unknown; to: unknown }>): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const claimsComingOrGoing = new Set(
    changes.filter(({ c, from, to }) => c.table === 'claims' && !from !== !to).map(({ c }) => c.key),
  );
  for (const { c, from, to } of changes) {
    if (c.table === 'claims') {
      const a = from as ClaimRecord | undefined;
      const b = to as ClaimRecord | undefined;
      if (!a && b) entries.push({ claimId: b.id, kind: 'restored', to: b.verdict });
      else if (a && !b) entries.push({ claimId: a.id, kind: 'deleted', from: a.verdict });
      else if (a && b) entries.push(...describeClaimChange(a, { ...b, rating: b.rating ?? null }));
    } else if (c.table === 'links') {
      const a = from as LinkRecord | undefined;
      const b = to as LinkRecord | undefined;
      const claimId = (a ?? b)!.claimId;
      if (claimsComingOrGoing.has(claimId)) continue;
      if (!a && b) entries.push({ claimId, kind: 'linked', to: describeLink(b) });
      else if (a && !b) entries.push({ claimId, kind: 'unlinked', from: describeLink(a) });
      else if (a && b && a.relation !== b.relation)
        entries.push({ claimId, kind: 'linked', from: describeLink(a), to: describeLink(b) });
    }
  }
  return entries;
}

/**
 * Undoes the latest step (or redoes the latest undone one). With `seq`, only that step: a later step
 * must be undone first. A step whose records were changed since is dropped, changing nothing.
 */
type Internal =
  { ok: true; label: string } | { ok: false; label: string; reason: string; drop?: number } | null;

async function step(db: CorroborateDB, direction: 'undo' | 'redo', seq?: number): Promise<StepOutcome> {
  const outcome = await db.transaction('rw', scope(db), async (): Promise<Internal> => {
    const entry =
      direction === 'undo'
        ? await db.undo.where('state').equals('done').last()
        : await db.undo.where('state').equals('undone').first();
    if (!entry) return null;
    if (seq !== undefined && entry.seq !== seq)
      return {
        ok: false,
        label: entry.label,
        reason: `“${entry.label}” came after it: undo that first.`,
      };
    const fromSide = direction === 'undo' ? 'after' : 'before';
    const toSide = direction === 'undo' ? 'before' : 'after';
    const changes = [...entry.changes];
    const current = await Promise.all(changes.map((c) => (db.table(c.table) as Table).get(c.key)));
    for (let i = 0; i < changes.length; i++) {
      if (!sameContent(current[i], changes[i]![fromSide]))
        return {
          ok: false,
          label: entry.label,
          reason: `${NOUN[changes[i]!.table]} it changed was changed again since (in another tab or by a colleague), so it was left as it is.`,
          drop: entry.seq,
        };
    }
    const going = new Set(changes.filter((c) => c[toSide] === undefined).map((c) => `${c.table}\t${c.key}`));
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      if (c[toSide] !== undefined || current[i] === undefined) continue;
      const why = await blocker(db, c, going);
      if (why) return { ok: false, label: entry.label, reason: `${why}.`, drop: entry.seq };
    }
    const now = Date.now();
    const written: Array<{ c: UndoChange; from: unknown; to: unknown }> = [];
    // Parents first when restoring, children first when removing: a reader never sees a link without its claim.
    const order = ['articles', 'texts', 'categories', 'claims', 'links', 'dismissals'];
    const sorted = changes
      .map((c, i) => ({ c, i }))
      .sort((a, b) => {
        const ra = order.indexOf(a.c.table) * (a.c[toSide] === undefined ? -1 : 1);
        const rb = order.indexOf(b.c.table) * (b.c[toSide] === undefined ? -1 : 1);
        return ra - rb;
      });
    for (const { c, i } of sorted) {
      const table = db.table(c.table) as Table;
      const target = c[toSide] as Record<string, unknown> | undefined;
      if (target === undefined) {
        await table.delete(c.key);
        written.push({ c, from: current[i], to: undefined });
      } else {
        const value = refreshed(c.table, target, current[i], now);
        await table.put(value);
        changes[i] = { ...c, [toSide]: value };
        written.push({ c, from: current[i], to: value });
      }
    }
    await appendHistory(db, trailOf(written), now);
    await db.undo.put({ ...entry, changes, state: direction === 'undo' ? 'undone' : 'done' });
    return { ok: true, label: entry.label };
  });
  if (outcome && !outcome.ok && outcome.drop !== undefined) {
    // It can never apply now: dropped, so the next Undo reaches the step before.
    await db.undo.delete(outcome.drop);
  }
  if (!outcome || outcome.ok) return outcome;
  return { ok: false, label: outcome.label, reason: outcome.reason };
}

/** Undoes the latest step (or, with `seq`, that step if it is the latest). */
export function undo(db: CorroborateDB, seq?: number): Promise<StepOutcome> {
  return step(db, 'undo', seq);
}

/** Redoes the step undone last. */
export function redo(db: CorroborateDB): Promise<StepOutcome> {
  return step(db, 'redo');
}
