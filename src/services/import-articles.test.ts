import { afterEach, expect, it } from 'vitest';
import { addArticles } from '../db/articles-repo';
import { db } from '../db/db';
import { bundledArticleFiles } from '../testing/articles';
import { draftsFrom, type ArticleSource } from './import-articles';
import { prepareArticle } from './prepare-article';

afterEach(async () => {
  await db.articles.clear();
  await db.texts.clear();
});

const fileSource = (name: string, text: string): ArticleSource => ({
  kind: 'file',
  file: new File([text], name, { type: 'text/plain' }),
});

it('reads files a few at a time, keeps their order, reports the unreadable by name and marks what is stored', async () => {
  const files = bundledArticleFiles();
  const stored = await prepareArticle(files[2]!.fileName, files[2]!.raw, { idFromFileName: false });
  await addArticles(db, [stored]);
  // Twenty sources, more than are read at once: every bundled article four times under new names.
  const sources: ArticleSource[] = Array.from({ length: 20 }, (_, i) =>
    fileSource(`copy-${i}.txt`, files[i % files.length]!.raw),
  );
  sources.splice(7, 0, fileSource('picture.png', 'not text'), {
    kind: 'problem',
    source: 'x',
    error: 'Broken.',
  });
  const progress: number[] = [];
  const r = await draftsFrom(sources, (done) => progress.push(done));

  expect(r.drafts.map((d) => d.source)).toEqual(Array.from({ length: 20 }, (_, i) => `copy-${i}.txt`));
  expect(r.problems).toEqual([
    { source: 'picture.png', error: 'Only .txt, .md and .html files can be imported.' },
    { source: 'x', error: 'Broken.' },
  ]);
  const duplicates = r.drafts.filter((d) => d.duplicate).map((d) => d.source);
  expect(duplicates).toEqual(['copy-2.txt', 'copy-7.txt', 'copy-12.txt', 'copy-17.txt']);
  expect(r.drafts[2]!.prepared.article.contentHash).toBe(stored.article.contentHash);
  expect(progress.at(-1)).toBe(sources.length);
});
