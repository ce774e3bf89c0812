#!/usr/bin/env -S npx tsx
/**
 * Corroborate's team sync server: Hocuspocus (the Yjs WebSocket server) with its SQLite extension,
 * checking access tokens on connect.
 *
 *   npm run server -- --port 1234 --data ./sync-data --tokens ./tokens.json
 *
 * tokens.json: [{ "token": "…", "name": "Arms desk", "role": "editor" | "viewer" }]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSyncServer, type TokenEntry } from './sync-server';

function readTokens(file: string): TokenEntry[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of tokens.`);
  return parsed.map((t: unknown, i) => {
    const e = t as Partial<TokenEntry>;
    if (typeof e.token !== 'string' || e.token.length < 8)
      throw new Error(`${file}[${i}]: "token" must be a string of at least 8 characters.`);
    if (typeof e.name !== 'string' || !e.name.trim()) throw new Error(`${file}[${i}]: "name" is missing.`);
    if (e.role !== 'editor' && e.role !== 'viewer')
      throw new Error(`${file}[${i}]: "role" must be "editor" or "viewer".`);
    return { token: e.token, name: e.name.trim(), role: e.role };
  });
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '1234' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: './sync-data' },
    tokens: { type: 'string' },
  },
});
if (!values.tokens) {
  console.error('Usage: npm run server -- --port P --data DIR --tokens FILE [--host 0.0.0.0]');
  process.exit(2);
}
const dataDir = resolve(values.data);
mkdirSync(dataDir, { recursive: true });
const server = await startSyncServer({
  port: Number(values.port),
  host: values.host,
  database: join(dataDir, 'corroborate-sync.sqlite'),
  tokens: readTokens(resolve(values.tokens)),
});
console.log(`Corroborate sync server listening on ws://${values.host}:${server.port} (data in ${dataDir})`);
