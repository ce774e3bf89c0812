import { seedWorkbench, type AddResult } from '../db/articles-repo';
import { db } from '../db/db';
import { prepareArticle } from './prepare-article';

/** The five articles that ship with the app, embedded in the bundle at build time (no server of ours). */
const bundled = import.meta.glob('../../data/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Loads the bundled articles into IndexedDB when they are not there yet. */
export async function seedBundledArticles(): Promise<AddResult> {
  const entries = Object.entries(bundled).sort(([a], [b]) => a.localeCompare(b));
  const prepared = await Promise.all(
    entries.map(([path, raw]) => prepareArticle(path.split('/').pop() ?? path, raw)),
  );
  return seedWorkbench(db, prepared);
}
