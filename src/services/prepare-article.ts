import type { PreparedArticle } from '../db/articles-repo';
import { contentHash } from '../domain/content-hash';
import { parseArticle } from '../domain/parse-article';

/**
 * Parses a source file and hashes its cleaned text, ready to store. Runs before any transaction:
 * hashing is async work that must not happen inside one.
 */
export async function prepareArticle(
  fileName: string | null,
  raw: string,
  options: { idFromFileName?: boolean } = {},
): Promise<PreparedArticle> {
  const parsed = parseArticle(raw);
  const hash = await contentHash(parsed.text);
  // Bundled articles are known by their file names; imported ones by their content, so two files
  // of the same name never collide.
  const stem = options.idFromFileName === false ? undefined : fileName?.replace(/\.[^.]+$/, '');
  const { text, blocks, sentences, ...details } = parsed;
  return {
    article: { ...details, id: stem ?? `a-${hash.slice(0, 16)}`, fileName, contentHash: hash },
    text: { text, blocks, sentences },
  };
}
