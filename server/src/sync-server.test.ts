import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startSyncServer as startTestServer, TOKENS, type TestSyncServer } from '../../e2e/sync-server';

const [arms, , viewer] = TOKENS;
const open: Array<{ destroy(): void }> = [];
let server: TestSyncServer | null = null;

afterEach(async () => {
  for (const p of open.splice(0)) p.destroy();
  await server?.stop('SIGTERM');
  server = null;
});

function client(url: string, token: string, room = 'summit') {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 200,
    minDelay: 100,
    maxDelay: 1000,
  });
  let failed: string | null = null;
  let scope: string | null = null;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => (failed = reason || 'refused'),
    onAuthenticated: ({ scope: s }) => (scope = s),
  });
  provider.attach();
  open.push(provider, socket);
  return {
    doc,
    provider,
    failed: () => failed,
    scope: () => scope,
    /** Resolves when the server has acknowledged every local change. */
    acknowledged: () =>
      until(
        () => provider.isSynced && !provider.hasUnsyncedChanges,
        'the server to acknowledge every change',
      ),
  };
}

async function until(ok: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the sync server (started from its package, loopback only)', () => {
  it('an editor writes, a viewer reads but its writes are refused by the server, a wrong token gets nothing', async () => {
    server = await startTestServer();
    const editor = client(server.url, arms.token);
    const reader = client(server.url, viewer.token);
    const stranger = client(server.url, 'not-a-token-at-all');
    await editor.acknowledged();
    editor.doc.getMap('claims').set('c1\tverdict\ta', { v: 'confirmed' });
    await editor.acknowledged();
    await until(() => reader.doc.getMap('claims').has('c1\tverdict\ta'), 'the viewer to read the claim');
    expect(reader.scope()).toBe('readonly');
    expect(editor.scope()).toBe('read-write');

    reader.doc.getMap('claims').set('c2\tverdict\tv', { v: 'disputed' });
    // The viewer's write never reaches the editor, nor a newcomer reading what the server holds.
    await new Promise((r) => setTimeout(r, 800));
    const late = client(server.url, arms.token);
    await late.acknowledged();
    expect(late.doc.getMap('claims').has('c1\tverdict\ta')).toBe(true);
    expect(late.doc.getMap('claims').has('c2\tverdict\tv')).toBe(false);
    expect(editor.doc.getMap('claims').has('c2\tverdict\tv')).toBe(false);

    await until(() => stranger.failed() !== null, 'the wrong token to be refused');
    expect(stranger.doc.getMap('claims').size).toBe(0);
  }, 30_000);

  it('killed (SIGKILL) right after acknowledging and started again: nothing acknowledged is lost', async () => {
    server = await startTestServer();
    const a = client(server.url, arms.token);
    await a.acknowledged();
    const map = a.doc.getMap<number>('claims');
    for (let i = 0; i < 200; i++) {
      map.set(`c${i}\tverdict\ta`, i);
      if (i % 20 === 19) await a.acknowledged();
    }
    await a.acknowledged();
    // The writer goes away (so it cannot send them again), and the server is killed well inside its
    // store debounce: only its journal has these changes.
    a.provider.destroy();
    await server.stop('SIGKILL');
    await server.start();
    const b = client(server.url, arms.token);
    await b.acknowledged();
    await until(() => b.doc.getMap('claims').size === 200, 'every acknowledged change after the restart');
    expect(b.doc.getMap('claims').get('c199\tverdict\ta')).toBe(199);
    // And it goes on taking writes.
    const c = client(server.url, arms.token);
    b.doc.getMap('claims').set('after\tverdict\tb', 1);
    await until(() => c.doc.getMap('claims').has('after\tverdict\tb'), 'a write after the restart to arrive');
  }, 40_000);
});
