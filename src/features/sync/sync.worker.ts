/// <reference lib="webworker" />
import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import * as Y from 'yjs';
import { db } from '../../db/db';
import { onTablesWritten } from '../../db/follow';
import {
  SHARED_TABLES,
  applySyncResult,
  clearSyncBase,
  readSyncInput,
  readTexts,
  type SharedText,
} from '../../db/sync-repo';
import { reconcile, type ReconcileResult } from '../../domain/sync/merge';
import { sharedTableSpecs } from '../../domain/sync/tables';
import type { Peer, Role, ShareSettings, SyncRequest, SyncResponse, SyncStatus } from './sync-protocol';

/**
 * Team sync for the open dossier, off the page. The shared Yjs document is kept in this browser too
 * (y-indexeddb), so edits made offline are in it at once and go out when the server is back; the
 * dossier's tables stay the app's source of truth, reconciled with the document (domain/sync/merge)
 * whenever either changes, each pass applied in one IndexedDB transaction. A pass is safe to repeat,
 * so a reload in the middle of syncing simply resumes.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: SyncResponse) => scope.postMessage(m);
const LOCAL = Symbol('local');
const specs = sharedTableSpecs(() => Date.now());

let session: Session | null = null;

class Session {
  doc = new Y.Doc();
  persistence: IndexeddbPersistence | null = null;
  provider: HocuspocusProvider | null = null;
  role: Role | null;
  status: SyncStatus = 'connecting';
  running = false;
  again = false;
  timer: ReturnType<typeof setTimeout> | null = null;
  stopWatching: () => void;
  closed = false;
  /** The document kept in this browser has been read: passes may run. */
  loaded = false;

  constructor(
    readonly share: ShareSettings,
    ready: Promise<void>,
  ) {
    this.role = share.role;
    this.doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) this.schedule();
    });
    this.stopWatching = onTablesWritten(db, SHARED_TABLES, () => this.schedule());
    void ready
      .then(() => {
        if (this.closed) return;
        this.persistence = new IndexeddbPersistence(`${db.name}-sync`, this.doc);
        return this.persistence.whenSynced;
      })
      .then(() => {
        if (this.closed) return;
        this.loaded = true;
        this.schedule(); // offline edits since the last pass go into the document before connecting
        this.connect();
      });
  }

  connect() {
    const provider = new HocuspocusProvider({
      url: this.share.server,
      name: this.share.room,
      document: this.doc,
      token: this.share.token,
      onAuthenticationFailed: ({ reason }) => {
        report({ type: 'refused', reason: reason || 'The server refused the access token.' });
        this.setStatus('offline');
        provider.destroy();
      },
      onAuthenticated: ({ scope: granted }) => {
        const role: Role = granted === 'read-write' ? 'editor' : 'viewer';
        if (role !== this.role) {
          this.role = role;
          report({ type: 'role', role, name: this.share.name });
        }
      },
      onStateless: ({ payload }) => {
        try {
          const m = JSON.parse(payload) as { type?: string; role?: Role };
          if (m.type === 'welcome' && (m.role === 'editor' || m.role === 'viewer') && m.role !== this.role) {
            this.role = m.role;
            report({ type: 'role', role: m.role, name: this.share.name });
          }
        } catch {
          /* not ours */
        }
      },
      onStatus: () => this.updateStatus(),
      onSynced: () => {
        this.updateStatus();
        this.schedule();
      },
      onUnsyncedChanges: () => this.updateStatus(),
      onAwarenessChange: ({ states }) => {
        const peers: Peer[] = states
          .filter((s) => s.clientId !== this.doc.clientID && s.user)
          .map((s) => ({
            clientId: s.clientId,
            name: String((s.user as { name?: unknown }).name ?? 'Someone'),
            claimId: typeof s.claimId === 'string' ? s.claimId : null,
          }));
        report({ type: 'peers', peers });
      },
    });
    provider.setAwarenessField('user', { name: this.share.name });
    this.provider = provider;
  }

  updateStatus() {
    const p = this.provider;
    if (!p) return this.setStatus('offline');
    const connected = p.configuration.websocketProvider.status === 'connected';
    if (!connected) return this.setStatus('offline');
    this.setStatus(p.synced && !p.hasUnsyncedChanges ? 'connected' : 'syncing');
  }

  setStatus(status: SyncStatus) {
    if (status === this.status) return;
    this.status = status;
    report({ type: 'status', status });
  }

  schedule() {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, 30);
  }

  async run() {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.pass();
      } while (this.again && !this.closed);
    } catch (e) {
      post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      this.running = false;
    }
  }

  /** One reconcile: local edits into the document, the document's changes into the tables. */
  async pass() {
    // Until the server has said who we are, nothing is shared or applied (a viewer must never write).
    if (!this.role || this.closed || !this.loaded) return;
    const readOnly = this.role === 'viewer';
    if (readOnly && !this.provider?.synced) return;
    const input = await readSyncInput(db);
    const texts = this.doc.getMap<SharedText>('texts');
    if (!readOnly) {
      const missing = [...input.articles.local.values()].filter((a) => !texts.has(a.contentHash as string));
      if (missing.length) {
        const found = await readTexts(
          db,
          missing.map((a) => a.id as string),
        );
        const hashOf = new Map(missing.map((a) => [a.id as string, a.contentHash as string]));
        this.doc.transact(() => {
          for (const { articleId, ...text } of found) texts.set(hashOf.get(articleId)!, text);
        }, LOCAL);
      }
    }
    const result = reconcile(
      this.doc,
      input,
      specs,
      { device: this.share.device, name: this.share.name },
      {
        now: () => Date.now(),
        origin: LOCAL,
        readOnly,
      },
    );
    await applySyncResult(db, result, (hash) => texts.get(hash));
    const notices = await describe(result, input.claims.local);
    if (notices.length) post({ type: 'notices', notices });
    this.updateStatus();
  }

  presence(claimId: string | null) {
    this.provider?.setAwarenessField('claimId', claimId);
  }

  close() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.stopWatching();
    this.provider?.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
  }
}

const FIELD_NAMES: Record<string, string> = {
  verdict: 'the verdict',
  categoryId: 'the category',
  note: 'the note',
  claimant: 'the claimant',
  normalised: 'the normalised wording',
};

function shown(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(empty)';
  if (typeof v === 'object' && 'name' in (v as object)) return String((v as { name: unknown }).name);
  return String(v);
}

/** Notices for the person at this browser, in words. */
async function describe(
  result: ReconcileResult,
  claims: Map<string, Record<string, unknown>>,
): Promise<string[]> {
  const quote = async (id: string) => {
    const c = claims.get(id) ?? ((await db.claims.get(id)) as Record<string, unknown> | undefined);
    const exact = (c?.selector as { quote?: { exact?: string } } | undefined)?.quote?.exact ?? id;
    return `“${exact.length > 80 ? `${exact.slice(0, 79)}…` : exact}”`;
  };
  const out: string[] = [];
  const categoryName = async (v: unknown) =>
    typeof v === 'string' ? ((await db.categories.get(v))?.name ?? v) : v;
  for (const c of result.conflicts) {
    // Fields a person set (times and positions follow from them).
    const what = c.table === 'claims' ? FIELD_NAMES[c.field] : undefined;
    if (!what) continue;
    const [theirs, mine] =
      c.field === 'categoryId'
        ? [await categoryName(c.theirs), await categoryName(c.mine)]
        : [c.theirs, c.mine];
    out.push(
      `${await quote(c.id)}: ${c.by} changed ${what} to “${shown(theirs)}” while you set “${shown(mine)}”. Theirs was later and is kept; the history has both.`,
    );
  }
  for (const r of result.revivals) {
    if (r.table !== 'claims') continue;
    out.push(
      `${await quote(r.id)}: ${r.deletedBy} deleted this claim while ${r.editedBy} was editing it. It is kept.`,
    );
  }
  if (result.undone)
    out.push(
      `You can only read this shared dossier: ${result.undone} ${result.undone === 1 ? 'change was' : 'changes were'} not shared and ${result.undone === 1 ? 'was' : 'were'} undone.`,
    );
  if (result.rejected)
    out.push(
      `${result.rejected} shared ${result.rejected === 1 ? 'record was' : 'records were'} malformed and left out.`,
    );
  return out;
}

/*
 * One sync session per dossier in this browser, however many tabs have it open: the tabs' workers take
 * a Web Lock, the holder syncs, and the others relay what it reports (its status, role and who else is
 * here) to their own page. Two sessions on one database would each apply their own document's view and
 * undo the other's work. When the holder's tab closes, its lock is released and the next tab takes over.
 */
const LOCK = `corroborate-sync:${db.name}`;
const channel = new BroadcastChannel(LOCK);
type Relay = Extract<SyncResponse, { type: 'status' | 'role' | 'peers' | 'refused' }> | { type: 'hello' };
let leading = false;
let stopLeading: (() => void) | null = null;
let waiting: AbortController | null = null;
let last: { status?: Relay; role?: Relay; peers?: Relay; refused?: Relay } = {};

function report(m: SyncResponse) {
  post(m);
  if (m.type === 'status' || m.type === 'role' || m.type === 'peers' || m.type === 'refused') {
    last = { ...last, [m.type]: m };
    channel.postMessage(m);
  }
}

channel.onmessage = (e: MessageEvent<Relay>) => {
  if (leading) {
    if (e.data.type === 'hello') for (const m of Object.values(last)) if (m) channel.postMessage(m);
  } else if (waiting && e.data.type !== 'hello') post(e.data);
};

function stop() {
  waiting?.abort();
  waiting = null;
  session?.close();
  session = null;
  stopLeading?.();
  stopLeading = null;
}

function start(share: ShareSettings, fresh: boolean) {
  stop();
  const abort = new AbortController();
  waiting = abort;
  post({ type: 'status', status: 'connecting' });
  channel.postMessage({ type: 'hello' } satisfies Relay);
  navigator.locks
    .request(LOCK, { signal: abort.signal }, async () => {
      waiting = null;
      leading = true;
      last = {};
      // Shared somewhere new: the old document and what was agreed with it are forgotten first.
      const ready = fresh
        ? Promise.all([clearDocument(`${db.name}-sync`), clearSyncBase(db)]).then(() => undefined)
        : Promise.resolve();
      session = new Session(share, ready);
      report({ type: 'status', status: 'connecting' });
      await new Promise<void>((resolve) => (stopLeading = resolve));
      leading = false;
    })
    .catch(() => undefined); // aborted: disconnected while waiting
}

scope.onmessage = (e: MessageEvent<SyncRequest>) => {
  const m = e.data;
  if (m.type === 'connect') start(m.share, m.fresh);
  else if (m.type === 'disconnect') {
    stop();
    post({ type: 'status', status: 'offline' });
  } else if (m.type === 'presence') {
    session?.presence(m.claimId);
  }
};
