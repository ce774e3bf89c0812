import { addArticles, type AddResult, type PreparedArticle } from '../db/articles-repo';
import { db } from '../db/db';
import { decodeText, MAX_ARTICLE_BYTES } from '../domain/exchange/decode';
import { htmlToText } from '../domain/exchange/html-to-text';
import type { ArticleDetails } from '../domain/types';
import { readBytes } from './download';
import { prepareArticle } from './prepare-article';

/** An article read from a file or pasted, shown for checking before it is saved. */
export interface ArticleDraft {
  key: string;
  source: string;
  prepared: PreparedArticle;
  /** Set when the file was not UTF-8 or UTF-16 (read as Windows-1252). */
  encodingNote: string | null;
  /** True when the same text is already in the workbench. */
  duplicate: boolean;
}

export interface DraftProblem {
  source: string;
  error: string;
}

const ACCEPTED = /\.(txt|md|markdown|html?|xhtml)$/i;

let counter = 0;

async function draftFrom(
  source: string,
  fileName: string | null,
  text: string,
  html: boolean,
  encodingNote: string | null,
) {
  const page = html ? htmlToText(text) : null;
  const prepared = await prepareArticle(fileName, page ? page.text : text, { idFromFileName: false });
  if (!prepared.text.text.trim()) throw new Error('No article text was found in it.');
  if (page) {
    const a = prepared.article;
    a.author = a.author ?? page.author;
    a.date = a.date ?? page.date;
    a.url = a.url ?? page.url;
    a.outlet = a.outlet ?? page.siteName;
  }
  const duplicate = (await db.articles.where('contentHash').equals(prepared.article.contentHash).count()) > 0;
  return { key: `d${++counter}`, source, prepared, encodingNote, duplicate } satisfies ArticleDraft;
}

/** Reads picked or dropped files into drafts; files that cannot be read are reported by name. */
export async function draftsFromFiles(
  files: readonly File[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ drafts: ArticleDraft[]; problems: DraftProblem[] }> {
  const drafts: ArticleDraft[] = [];
  const problems: DraftProblem[] = [];
  for (const [i, file] of files.entries()) {
    if (i % 50 === 0) onProgress?.(i, files.length);
    try {
      if (!ACCEPTED.test(file.name)) throw new Error('Only .txt, .md and .html files can be imported.');
      const decoded = decodeText(await readBytes(file, MAX_ARTICLE_BYTES));
      if (!decoded.ok) throw new Error(decoded.error);
      const note =
        decoded.encoding === 'windows-1252'
          ? 'Not valid UTF-8: read as Windows-1252 (Western European).'
          : null;
      drafts.push(await draftFrom(file.name, file.name, decoded.text, /\.x?html?$/i.test(file.name), note));
    } catch (e) {
      problems.push({ source: file.name, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { drafts, problems };
}

/** A draft from pasted text. */
export async function draftFromPaste(text: string): Promise<ArticleDraft> {
  if (!text.trim()) throw new Error('Paste some article text first.');
  if (text.length > MAX_ARTICLE_BYTES) throw new Error('The pasted text is too large (the limit is 5 MB).');
  const looksHtml = /^\s*<(!doctype|html|body|article|p|div)\b/i.test(text);
  return draftFrom('Pasted text', null, text, looksHtml, null);
}

/** What the import dialog shows of a draft (the text itself stays where it was read). */
export interface DraftView {
  key: string;
  source: string;
  encodingNote: string | null;
  duplicate: boolean;
  details: ArticleDetails;
  /** The start of the text, to recognise the article by. */
  preview: string;
}

export function viewOf(d: ArticleDraft): DraftView {
  const a = d.prepared.article;
  const text = d.prepared.text.text;
  return {
    key: d.key,
    source: d.source,
    encodingNote: d.encodingNote,
    duplicate: d.duplicate,
    details: { headline: a.headline, outlet: a.outlet, author: a.author, date: a.date, url: a.url },
    preview: text.length > 280 ? `${text.slice(0, 280)}…` : text,
  };
}

/** Saves the checked drafts (with the user's corrections) in one transaction; duplicates are skipped. */
export async function saveDrafts(
  drafts: ReadonlyArray<{ draft: ArticleDraft; details: ArticleDetails }>,
): Promise<AddResult> {
  const items: PreparedArticle[] = drafts.map(({ draft, details }) => ({
    ...draft.prepared,
    article: {
      ...draft.prepared.article,
      headline: details.headline.trim() || draft.prepared.article.headline,
      headlineDerived:
        draft.prepared.article.headlineDerived && details.headline.trim() === draft.prepared.article.headline,
      outlet: details.outlet?.trim() || null,
      author: details.author?.trim() || null,
      date: details.date?.trim() || null,
      url: details.url?.trim() || null,
    },
  }));
  return addArticles(db, items);
}
