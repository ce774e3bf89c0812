import * as Y from 'yjs';

/**
 * Team sync, the domain part: how a dossier's records live in a shared Yjs document and how the
 * local database and that document are reconciled, both ways, field by field.
 *
 * The shared document holds one Y.Map per table. Each key is `record id \t field \t device`, and its
 * value the field as that device last wrote it: `{ v, at, by, prev }` (value, time, the writer's
 * name, and the time of the value the writer saw). Keeping one entry per device, instead of letting
 * Yjs keep one of two concurrent writes to the same key, lets every replica pick the same winner by
 * time (the later edit wins, whatever order the updates arrive in) and know when an edit was made
 * without seeing another (a conflict the loser is told about).
 *
 * A deletion is the field `_deleted` (`v: true`), whose `prev` is the latest field time the deleter
 * had seen: a field edited later than that by someone else keeps the record alive, so a claim deleted
 * by one person while another edits it comes back instead of vanishing.
 *
 * Reconciling compares three versions of each record: the local one (IndexedDB), the shared one
 * (folded from the document) and the base (the shared version last agreed, stored locally). A field
 * that differs locally from the base is a local edit and is written to the document; then the
 * shared version is applied locally wherever it differs. The base makes the process resumable: run
 * it again at any moment (after a reload mid-sync) and it does only what is left.
 */

export const DELETED = '_deleted';
const SEP = '\t';

export interface FieldEntry {
  v: unknown;
  at: number;
  by: string;
  /** Device that wrote it. */
  d: string;
  /** The time of the value the writer had seen when writing (0: none). */
  prev: number;
}

/** A record as the shared document (or the base) has it. */
export interface SharedRecord {
  fields: Record<string, FieldEntry>;
  deleted: boolean;
  /** The deletion entry in force, if any. */
  deletion: FieldEntry | null;
}

export interface TableSpec {
  /** Fields kept on this device only, never shared (revision numbers, local times). */
  localOnly: readonly string[];
  /** The local values of local-only fields for a record arriving or changing from the document. */
  localFields?: (
    incoming: Record<string, unknown>,
    before: Record<string, unknown> | undefined,
  ) => Record<string, unknown>;
  /** Whether a record from the document is well-formed (the server is not trusted). */
  valid: (record: Record<string, unknown>) => boolean;
}

export interface Me {
  device: string;
  name: string;
}

export interface Conflict {
  table: string;
  id: string;
  field: string;
  mine: unknown;
  theirs: unknown;
  by: string;
}

export interface Revival {
  table: string;
  id: string;
  /** Who deleted it. */
  deletedBy: string;
  /** Who edited it meanwhile. */
  editedBy: string;
}

export interface TableChanges {
  puts: Array<Record<string, unknown>>;
  deletes: string[];
  base: Array<{ id: string; record: SharedRecord }>;
  baseDeletes: string[];
}

export interface ReconcileResult {
  tables: Record<string, TableChanges>;
  conflicts: Conflict[];
  revivals: Revival[];
  /** Records from the document that failed validation and were left out. */
  rejected: number;
  /** Entries written to the document. */
  pushed: number;
  /** Local edits undone because this replica may only read (a viewer). */
  undone: number;
}

export interface TableInput {
  local: Map<string, Record<string, unknown>>;
  base: Map<string, SharedRecord>;
}

function key(id: string, field: string, device: string): string {
  return `${id}${SEP}${field}${SEP}${device}`;
}

function isEntry(x: unknown): x is FieldEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.at === 'number' &&
    typeof e.by === 'string' &&
    typeof e.d === 'string' &&
    typeof e.prev === 'number' &&
    'v' in e
  );
}

/** Which entry wins: the later; on a tie, the greater device id (the same choice on every replica). */
function later(a: FieldEntry, b: FieldEntry): boolean {
  return a.at !== b.at ? a.at > b.at : a.d > b.d;
}

/** Reads a table of the shared document as records (every device's entries folded). */
export function foldTable(doc: Y.Doc, table: string): Map<string, SharedRecord> {
  const map = doc.getMap<unknown>(table);
  const out = new Map<string, SharedRecord>();
  map.forEach((value, k) => {
    const [id, field, device] = k.split(SEP);
    if (!id || !field || device === undefined || !isEntry(value)) return;
    let rec = out.get(id);
    if (!rec) out.set(id, (rec = { fields: {}, deleted: false, deletion: null }));
    if (field === DELETED) {
      if (!rec.deletion || later(value, rec.deletion)) rec.deletion = value;
      return;
    }
    const cur = rec.fields[field];
    if (!cur || later(value, cur)) rec.fields[field] = value;
  });
  for (const rec of out.values()) rec.deleted = isDeleted(rec);
  return out;
}

function isDeleted(rec: SharedRecord): boolean {
  const del = rec.deletion;
  if (!del || del.v !== true) return false;
  // An edit by someone else the deleter had not seen keeps the record.
  return !Object.values(rec.fields).some((f) => f.at > del.prev && f.d !== del.d);
}

function maxAt(rec: SharedRecord | undefined): number {
  if (!rec) return 0;
  let m = rec.deletion?.at ?? 0;
  for (const f of Object.values(rec.fields)) m = Math.max(m, f.at);
  return m;
}

/** Deep equality of JSON values. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The record a shared version stands for (its fields' winning values). */
export function recordOf(id: string, rec: SharedRecord, idField = 'id'): Record<string, unknown> {
  const out: Record<string, unknown> = { [idField]: id };
  for (const [f, e] of Object.entries(rec.fields)) if (e.v !== undefined) out[f] = e.v;
  return out;
}

function sharedFields(row: Record<string, unknown>, spec: TableSpec, idField: string): string[] {
  return Object.keys(row).filter((f) => f !== idField && !spec.localOnly.includes(f) && row[f] !== undefined);
}

/**
 * Reconciles the local tables with the shared document: local edits (against the base) are written
 * to the document in one transaction with origin `origin`; then whatever the document holds that the
 * local tables do not is returned as puts and deletes to apply, with the new base, in one local
 * transaction. `readOnly` (a viewer): nothing is written; local edits are undone by the shared version.
 */
export function reconcile(
  doc: Y.Doc,
  input: Record<string, TableInput>,
  specs: Record<string, TableSpec & { idField?: string }>,
  me: Me,
  options: { now: () => number; origin?: unknown; readOnly?: boolean },
): ReconcileResult {
  let pushed = 0;
  const before: Record<string, Map<string, SharedRecord>> = {};
  for (const table of Object.keys(input)) before[table] = foldTable(doc, table);

  if (!options.readOnly)
    doc.transact(() => {
      for (const [table, { local, base }] of Object.entries(input)) {
        const spec = specs[table]!;
        const idField = spec.idField ?? 'id';
        const map = doc.getMap<unknown>(table);
        const shared = before[table]!;
        const ids = new Set([...local.keys(), ...base.keys()]);
        for (const id of ids) {
          const l = local.get(id);
          const b = base.get(id);
          const r = shared.get(id);
          const floor = Math.max(maxAt(b), maxAt(r)) + 1;
          const stamp = () => Math.max(options.now(), floor);
          if (l) {
            const wasGone = !b || b.deleted;
            for (const f of sharedFields(l, spec, idField)) {
              const bf = b?.fields[f];
              if (wasGone || !bf || !same(l[f], bf.v)) {
                if (!wasGone && r?.fields[f] && same(l[f], r.fields[f]!.v)) continue;
                map.set(key(id, f, me.device), {
                  v: l[f],
                  at: stamp(),
                  by: me.name,
                  d: me.device,
                  prev: bf?.at ?? 0,
                });
                pushed++;
              }
            }
            if (b?.deleted || (!b && r?.deleted)) {
              // Made again here (an undo, a restore): it lives again for everyone.
              map.set(key(id, DELETED, me.device), {
                v: false,
                at: stamp(),
                by: me.name,
                d: me.device,
                prev: maxAt(r),
              });
              pushed++;
            }
          } else if (b && !b.deleted && r && !r.deleted) {
            // Deleted here: what the deleter had seen is the base (later edits by others keep it).
            map.set(key(id, DELETED, me.device), {
              v: true,
              at: stamp(),
              by: me.name,
              d: me.device,
              prev: maxAt(b),
            });
            pushed++;
          }
        }
      }
    }, options.origin);

  const result: ReconcileResult = { tables: {}, conflicts: [], revivals: [], rejected: 0, pushed, undone: 0 };
  for (const [table, { local, base }] of Object.entries(input)) {
    const spec = specs[table]!;
    const idField = spec.idField ?? 'id';
    const shared = pushed ? foldTable(doc, table) : before[table]!;
    const changes: TableChanges = { puts: [], deletes: [], base: [], baseDeletes: [] };
    const ids = new Set([...local.keys(), ...base.keys(), ...shared.keys()]);
    for (const id of ids) {
      const l = local.get(id);
      const b = base.get(id);
      const r = shared.get(id);
      // A viewer's edit of a shared record, undone (records it made alone simply go).
      if (options.readOnly && l && b && !b.deleted && !same(pick(l, spec, idField), recordOf(id, b, idField)))
        result.undone++;
      if (!r) {
        // The document never had it (a viewer's local record): the shared version says it is not there.
        if (options.readOnly && l) changes.deletes.push(id);
        if (b) changes.baseDeletes.push(id);
        continue;
      }
      if (r.deleted) {
        if (l) changes.deletes.push(id);
      } else {
        const incoming = recordOf(id, r, idField);
        if (!spec.valid({ ...incoming, ...(spec.localFields?.(incoming, l) ?? {}) })) {
          result.rejected++;
          continue;
        }
        const differs =
          !l || sharedFields({ ...l, ...incoming }, spec, idField).some((f) => !same(l[f], incoming[f]));
        if (differs) changes.puts.push({ ...incoming, ...(spec.localFields?.(incoming, l) ?? {}) });
        // Told: my edit of a field was overtaken by a later one made without seeing mine.
        if (b && !b.deleted)
          for (const [f, mine] of Object.entries(b.fields)) {
            const theirs = r.fields[f];
            if (
              mine.d === me.device &&
              theirs &&
              theirs.d !== me.device &&
              later(theirs, mine) &&
              theirs.prev < mine.at &&
              !same(theirs.v, mine.v)
            )
              result.conflicts.push({ table, id, field: f, mine: mine.v, theirs: theirs.v, by: theirs.by });
          }
        // Told: it was deleted by one while edited by another, and is kept.
        const del = r.deletion;
        if (del?.v === true && (!b || b.deleted || b.deletion?.at !== del.at)) {
          const editor = Object.values(r.fields).find((f) => f.at > del.prev && f.d !== del.d);
          if (editor) result.revivals.push({ table, id, deletedBy: del.by, editedBy: editor.by });
        }
      }
      if (!b || !sameShared(b, r)) changes.base.push({ id, record: r });
    }
    result.tables[table] = changes;
  }
  return result;
}

function pick(row: Record<string, unknown>, spec: TableSpec, idField: string): Record<string, unknown> {
  const out: Record<string, unknown> = { [idField]: row[idField] };
  for (const f of sharedFields(row, spec, idField)) out[f] = row[f];
  return out;
}

function sameShared(a: SharedRecord, b: SharedRecord): boolean {
  return a.deleted === b.deleted && same(a.fields, b.fields) && same(a.deletion, b.deletion);
}
