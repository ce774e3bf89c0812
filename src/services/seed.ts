import { seedWorkbench, type AddResult } from '../db/articles-repo';
import { db } from '../db/db';
import { FIRST_DOSSIER, currentDossierId } from '../db/dossiers';
import { prepareArticle } from './prepare-article';

/** The five articles that ship with the app, embedded in the bundle at build time (no server of ours). */
const bundled = import.meta.glob('../../data/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/**
 * Loads the bundled articles into the first dossier when they are not there yet (once per database);
 * any other dossier starts empty.
 */
export async function seedBundledArticles(): Promise<AddResult> {
  if (currentDossierId() !== FIRST_DOSSIER) return { added: [], duplicates: [] };
  const entries = Object.entries(bundled).sort(([a], [b]) => a.localeCompare(b));
  const prepared = await Promise.all(
    entries.map(([path, raw]) => prepareArticle(path.split('/').pop() ?? path, raw)),
  );
  return seedWorkbench(db, prepared);
}
