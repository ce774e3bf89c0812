import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TOKENS = [
  { token: 'arms-desk-secret-1', name: 'Arms desk', role: 'editor' },
  { token: 'satellite-desk-secret-2', name: 'Satellite desk', role: 'editor' },
  { token: 'editor-in-chief-view-3', name: 'Night editor', role: 'viewer' },
] as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface TestSyncServer {
  url: string;
  /** Stops the server: SIGKILL is a crash (nothing flushed), SIGTERM a clean stop. */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
}

/**
 * Starts the sync server from its own package (server/, `npm run server`) on 127.0.0.1 and a free
 * port, with a fresh data directory and the test tokens.
 */
export async function startSyncServer(): Promise<TestSyncServer> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-sync-'));
  const tokens = join(dir, 'tokens.json');
  writeFileSync(tokens, JSON.stringify(TOKENS));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const c = spawn(
      'node_modules/.bin/tsx',
      ['server/src/main.ts', '--port', String(port), '--data', join(dir, 'data'), '--tokens', tokens],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    child = c;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`sync server did not start: ${output}`)), 20_000);
      const read = (b: Buffer) => {
        output += b.toString();
        if (output.includes('listening on')) {
          clearTimeout(timer);
          resolve();
        }
      };
      c.stdout!.on('data', read);
      c.stderr!.on('data', read);
      c.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`sync server exited (${code}): ${output}`));
      });
    });
  };
  const stop = async (signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM') => {
    const c = child;
    child = null;
    if (!c?.pid || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    try {
      process.kill(-c.pid, signal);
    } catch {
      /* gone */
    }
    await exited;
  };
  await start();
  return { url: `ws://127.0.0.1:${port}`, stop, start };
}
