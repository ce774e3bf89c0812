import * as Y from 'yjs';
import {
  reconcile,
  type Conflict,
  type Revival,
  type SharedRecord,
  type TableSpec,
} from '../domain/sync/merge';

/** Claims as the sync tests hold them: a revision of the replica's own, the rest shared. */
export const replicaSpec: TableSpec = {
  localOnly: ['rev'],
  localFields: (_incoming, before) => ({ rev: ((before?.rev as number) ?? 0) + 1 }),
  valid: (r) => typeof r.id === 'string' && (r.verdict === undefined || typeof r.verdict === 'string'),
};
const spec = replicaSpec;

/** A replica: its own document, local table and base, reconciled as the app does. */
export class Replica {
  doc: Y.Doc;
  local = new Map<string, Record<string, unknown>>();
  base = new Map<string, SharedRecord>();
  conflicts: Conflict[] = [];
  revivals: Revival[] = [];
  clock = 0;
  constructor(
    readonly device: string,
    readonly readOnly = false,
    doc?: Y.Doc,
  ) {
    this.doc = doc ?? new Y.Doc();
  }
  edit(id: string, fields: Record<string, unknown>) {
    const before = this.local.get(id);
    this.local.set(id, { ...(before ?? { id }), ...fields, rev: ((before?.rev as number) ?? 0) + 1 });
    this.sync();
  }
  remove(id: string) {
    this.local.delete(id);
    this.sync();
  }
  sync() {
    const r = reconcile(
      this.doc,
      { claims: { local: this.local, base: this.base } },
      { claims: spec },
      { device: this.device, name: this.device.toUpperCase() },
      { now: () => ++this.clock, origin: 'local', readOnly: this.readOnly },
    );
    const t = r.tables.claims!;
    for (const rec of t.puts) this.local.set(rec.id as string, rec);
    for (const id of t.deletes) this.local.delete(id);
    for (const { id, record } of t.base) this.base.set(id, record);
    for (const id of t.baseDeletes) this.base.delete(id);
    this.conflicts.push(...r.conflicts);
    this.revivals.push(...r.revivals);
    return r;
  }
  /** The local table without local-only fields, sorted: what must be equal across replicas. */
  view() {
    return [...this.local.values()]
      .map(({ rev: _rev, ...rest }) => rest)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
}
