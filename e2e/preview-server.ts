import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A preview server of the built app (dist/, built by the suite's web server) that a test may stop:
 * the truest outage, since Playwright's offline mode does not cover every service-worker fetch.
 */
export async function startPreview(
  port: number,
  outDir = 'dist',
): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      for (let i = 0; i < 50; i++) {
        try {
          await fetch(url);
        } catch {
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
