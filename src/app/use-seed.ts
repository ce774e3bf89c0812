import { useEffect, useState } from 'react';
import { seedBundledArticles } from '../services/seed';

export type SeedState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

/** Loads the bundled articles into IndexedDB once per start (a no-op when they are there). */
export function useSeed(): SeedState {
  const [state, setState] = useState<SeedState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    seedBundledArticles().then(
      () => live && setState({ status: 'ready' }),
      (e: unknown) =>
        live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
