import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';

export interface TokenEntry {
  token: string;
  /** Shown to colleagues (presence) and named in the history: "Arms desk". */
  name: string;
  /** An editor reads and writes; a viewer only reads (the server refuses its writes). */
  role: 'editor' | 'viewer';
}

export interface SyncServerOptions {
  port: number;
  host?: string;
  /** The SQLite file holding every shared dossier. */
  database: string;
  tokens: TokenEntry[];
  quiet?: boolean;
}

export interface RunningSyncServer {
  port: number;
  stop(): Promise<void>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS "documents" ("name" varchar(255) NOT NULL, "data" blob NOT NULL, UNIQUE(name));
CREATE TABLE IF NOT EXISTS "journal" ("name" varchar(255) NOT NULL, "data" blob NOT NULL);
CREATE INDEX IF NOT EXISTS "journal_name" ON "journal" ("name");
`;

/**
 * Starts a Hocuspocus server persisted by its SQLite extension. Hocuspocus acknowledges an update as
 * soon as it has applied it, and stores documents a little later (debounced); so that nothing it has
 * acknowledged is lost when the process is killed, every update is also appended to a journal table
 * synchronously (better-sqlite3 is synchronous) before the acknowledgement goes out. Loading a document
 * merges its stored state with its journal; storing it replaces both in one SQLite transaction.
 */
export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const byToken = new Map(options.tokens.map((t) => [t.token, t]));

  const sqlite: SQLite = new SQLite({
    database: options.database,
    schema: SCHEMA,
    fetch: async ({ documentName }) => {
      const db = sqlite.db!;
      const stored = db.prepare('SELECT data FROM documents WHERE name = ?').get(documentName) as
        { data: Uint8Array } | undefined;
      const journal = db
        .prepare('SELECT data FROM journal WHERE name = ? ORDER BY rowid')
        .all(documentName) as Array<{
        data: Uint8Array;
      }>;
      const parts = [...(stored ? [stored.data] : []), ...journal.map((j) => j.data)];
      return parts.length ? Y.mergeUpdates(parts.map((p) => new Uint8Array(p))) : null;
    },
    store: async ({ documentName, state }) => {
      const db = sqlite.db!;
      db.transaction(() => {
        db.prepare(
          'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
        ).run(documentName, state);
        db.prepare('DELETE FROM journal WHERE name = ?').run(documentName);
      })();
    },
  });

  const journal: Extension = {
    async onConfigure() {
      // Runs after the SQLite extension opened the file.
      sqlite.db!.pragma('journal_mode = WAL');
    },
    async afterLoadDocument({ document, documentName }) {
      const insert = sqlite.db!.prepare('INSERT INTO journal (name, data) VALUES (?, ?)');
      document.on('update', (update: Uint8Array) => {
        insert.run(documentName, Buffer.from(update));
      });
    },
  };

  const server = new Server({
    port: options.port,
    address: options.host ?? '127.0.0.1',
    quiet: options.quiet ?? true,
    stopOnSignals: true,
    debounce: 1000,
    maxDebounce: 5000,
    extensions: [sqlite, journal],
    async onAuthenticate({ token, connectionConfig }) {
      const entry = byToken.get(token);
      if (!entry) throw new Error('Unknown access token.');
      // A viewer's connection is read-only: Hocuspocus refuses its document updates.
      connectionConfig.readOnly = entry.role !== 'editor';
      return { name: entry.name, role: entry.role };
    },
    async connected({ connection, context }) {
      const who = context as { name: string; role: string };
      connection.sendStateless(JSON.stringify({ type: 'welcome', name: who.name, role: who.role }));
    },
  });
  await server.listen();
  return {
    port: server.address.port,
    stop: () => server.destroy(),
  };
}
