import { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startSyncServer, TOKENS, type TestSyncServer } from '../../e2e/sync-server';
import { Replica } from '../../src/testing/sync-replica';

// Node 20 has no WebSocket of its own: the provider's sockets are ws's.
(globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;

let server: TestSyncServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.stop('SIGTERM');
});

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function until(ok: () => boolean, what: string, ms = 20_000, state: () => unknown = () => '') {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state())}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('fuzz through the real server: three clients, 1,000 random operations with random disconnects, converge', async () => {
  const seed = Number(process.env.SYNC_FUZZ_SEED ?? Date.now() % 100_000);
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const clients = ['a', 'b', 'c'].map((device, i) => {
    const doc = new Y.Doc();
    const replica = new Replica(device, false, doc);
    replica.clock = i * 7;
    const connect = () =>
      new HocuspocusProvider({
        url: server.url,
        name: `fuzz-${seed}`,
        document: doc,
        token: TOKENS[i % 2]!.token,
      });
    // Changes from the server are reconciled as the app's worker does.
    doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin !== 'local') queueMicrotask(() => replica.sync());
    });
    return { replica, connect, provider: connect() as HocuspocusProvider | null };
  });
  await until(() => clients.every((c) => c.provider!.isSynced), 'the clients to connect');

  let ops = 0;
  let disconnects = 0;
  const ids = ['c1', 'c2', 'c3', 'c4', 'c5'];
  for (let step = 0; step < 1000; step++) {
    const c = pick(clients);
    const r = c.replica;
    r.clock += 1 + Math.floor(rnd() * 3);
    const id = pick(ids);
    const kind = pick(['create', 'edit', 'edit', 'edit', 'delete', 'toggle'] as const);
    ops++;
    if (kind === 'create' && !r.local.has(id)) r.edit(id, { verdict: 'unverified', note: '' });
    else if (kind === 'edit' && r.local.has(id))
      r.edit(id, { [pick(['verdict', 'note'])]: pick(['x', 'y', 'z']) });
    else if (kind === 'delete' && r.local.has(id)) r.remove(id);
    else if (kind === 'toggle') {
      // Offline: the connection goes (edits go on into the document); online: a new one syncs it.
      // (a connection still opening is left to open: ws cannot close it cleanly)
      if (c.provider?.isSynced) {
        c.provider.destroy();
        c.provider = null;
        disconnects++;
      } else if (!c.provider) c.provider = c.connect();
    }
    if (step % 10 === 0) await new Promise((res) => setTimeout(res, 1 + rnd() * 5));
  }
  for (const c of clients) c.provider ??= c.connect();
  await until(
    () => clients.every((c) => c.provider!.isSynced && !c.provider!.hasUnsyncedChanges),
    'every client to be back and acknowledged',
    20_000,
    () => clients.map((c) => [c.provider!.isSynced, c.provider!.unsyncedChanges]),
  );
  const vectors = () => clients.map((c) => Y.encodeStateVector(c.replica.doc).join(','));
  await until(() => new Set(vectors()).size === 1, 'the three documents to hold the same updates');
  for (let round = 0; round < 3; round++) {
    for (const c of clients) c.replica.sync();
    await until(() => clients.every((c) => !c.provider!.hasUnsyncedChanges), 'writes of the last round');
    await until(() => new Set(vectors()).size === 1, 'the documents to meet again');
  }
  const [a, b, c] = clients.map((x) => x.replica.view());
  console.log(
    `sync fuzz through the server (seed ${seed}): 3 clients, ${ops} random operations, ${disconnects} disconnects, ` +
      `${a!.length} claims at the end, converged: ${JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(b) === JSON.stringify(c)}`,
  );
  expect(b).toEqual(a);
  expect(c).toEqual(a);
  for (const x of clients) x.provider?.destroy();
}, 120_000);
