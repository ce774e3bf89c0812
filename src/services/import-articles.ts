import { addArticles, type AddResult, type PreparedArticle } from '../db/articles-repo';
import { undoable } from '../db/undo';
import { db } from '../db/db';
import { whereAnyOf } from '../db/any-of';
import { decodeText, MAX_ARTICLE_BYTES } from '../domain/exchange/decode';
import { htmlToText, type HtmlArticle } from '../domain/exchange/html-to-text';
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

/**
 * A source read as text, ready to become a draft. HTML is turned into text where the browser's
 * DOMParser is (the page: workers have none), so the worker is handed the page already read.
 */
export type ArticleSource =
  | { kind: 'file'; file: File }
  | { kind: 'text'; source: string; fileName: string | null; text: string; encodingNote: string | null }
  | { kind: 'html'; source: string; fileName: string | null; page: HtmlArticle; encodingNote: string | null }
  | { kind: 'problem'; source: string; error: string };

const isHtmlName = (name: string) => /\.x?html?$/i.test(name);
const looksHtml = (text: string) => /^\s*<(!doctype|html|body|article|p|div)\b/i.test(text);

/** A file's text, decoded (UTF-8, UTF-16, or Windows-1252 with a note). */
async function readText(file: File): Promise<{ text: string; encodingNote: string | null }> {
  if (!ACCEPTED.test(file.name)) throw new Error('Only .txt, .md and .html files can be imported.');
  const decoded = decodeText(await readBytes(file, MAX_ARTICLE_BYTES));
  if (!decoded.ok) throw new Error(decoded.error);
  return {
    text: decoded.text,
    encodingNote:
      decoded.encoding === 'windows-1252'
        ? 'Not valid UTF-8: read as Windows-1252 (Western European).'
        : null,
  };
}

/**
 * On the page: HTML files (and pasted HTML) read into text with the browser's inert DOMParser; other
 * files passed on as they are, for the worker to read.
 */
export async function sourcesOnPage(files: readonly File[], pasted?: string): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  for (const file of files) {
    if (!isHtmlName(file.name)) {
      out.push({ kind: 'file', file });
      continue;
    }
    try {
      const { text, encodingNote } = await readText(file);
      out.push({
        kind: 'html',
        source: file.name,
        fileName: file.name,
        page: htmlToText(text),
        encodingNote,
      });
    } catch (e) {
      out.push({ kind: 'problem', source: file.name, error: e instanceof Error ? e.message : String(e) });
    }
  }
  if (pasted !== undefined) {
    if (!pasted.trim()) throw new Error('Paste some article text first.');
    if (pasted.length > MAX_ARTICLE_BYTES)
      throw new Error('The pasted text is too large (the limit is 5 MB).');
    out.push(
      looksHtml(pasted)
        ? {
            kind: 'html',
            source: 'Pasted text',
            fileName: null,
            page: htmlToText(pasted),
            encodingNote: null,
          }
        : { kind: 'text', source: 'Pasted text', fileName: null, text: pasted, encodingNote: null },
    );
  }
  return out;
}

async function draftFrom(
  source: string,
  fileName: string | null,
  text: string,
  page: HtmlArticle | null,
  encodingNote: string | null,
): Promise<ArticleDraft> {
  const prepared = await prepareArticle(fileName, page ? page.text : text, { idFromFileName: false });
  if (!prepared.text.text.trim()) throw new Error('No article text was found in it.');
  if (page) {
    const a = prepared.article;
    a.author = a.author ?? page.author;
    a.date = a.date ?? page.date;
    a.url = a.url ?? page.url;
    a.outlet = a.outlet ?? page.siteName;
  }
  return { key: `d${++counter}`, source, prepared, encodingNote, duplicate: false };
}

/** One source read into a draft, or the reason it could not be. */
async function draftOf(s: ArticleSource): Promise<ArticleDraft | DraftProblem> {
  const name = s.kind === 'file' ? s.file.name : s.source;
  try {
    if (s.kind === 'problem') throw new Error(s.error);
    if (s.kind === 'html') return await draftFrom(s.source, s.fileName, '', s.page, s.encodingNote);
    if (s.kind === 'text') return await draftFrom(s.source, s.fileName, s.text, null, s.encodingNote);
    const { text, encodingNote } = await readText(s.file);
    // An HTML file reaching here (not read on the page) is refused rather than read as text.
    if (isHtmlName(s.file.name)) throw new Error('HTML files are read on the page.');
    return await draftFrom(name, name, text, null, encodingNote);
  } catch (e) {
    return { source: name, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Files read at once: reading one at a time waits on each file in turn (1,000 files: 0.7 s). */
const READ_AT_ONCE = 8;

/**
 * Reads sources into drafts (in the worker), a few files at a time, in the order given; sources that
 * cannot be read are reported by name. The drafts whose text is already in the workbench are marked,
 * found in one query.
 */
export async function draftsFrom(
  sources: readonly ArticleSource[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ drafts: ArticleDraft[]; problems: DraftProblem[] }> {
  const read: Array<ArticleDraft | DraftProblem> = new Array(sources.length);
  let next = 0;
  let done = 0;
  const reader = async () => {
    while (next < sources.length) {
      const i = next++;
      read[i] = await draftOf(sources[i]!);
      if (++done % 50 === 0) onProgress?.(done, sources.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, sources.length) }, reader));
  const drafts = read.filter((r): r is ArticleDraft => 'prepared' in r);
  const problems = read.filter((r): r is DraftProblem => !('prepared' in r));
  const hashes = drafts.map((d) => d.prepared.article.contentHash);
  const known = new Set((await whereAnyOf(db.articles, 'contentHash', hashes)).map((a) => a.contentHash));
  for (const d of drafts) d.duplicate = known.has(d.prepared.article.contentHash);
  onProgress?.(sources.length, sources.length);
  return { drafts, problems };
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

/** The most articles one import may bring for Undo to take it back. */
export const UNDOABLE_IMPORT = 100;

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
  // A big import is not kept for undo: its step would store every text a second time in this
  // browser's undo table. Up to UNDOABLE_IMPORT articles, Undo takes an import back.
  if (items.length > UNDOABLE_IMPORT) return addArticles(db, items);
  return undoable(db, items.length === 1 ? 'Import article' : `Import ${items.length} articles`, () =>
    addArticles(db, items),
  );
}
