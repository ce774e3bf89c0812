import {
  BOILERPLATE_LINES,
  canonicalOutlet,
  CAPTION_CREDIT,
  CREDIT_PATTERNS,
  FOOTER_STARTS,
  PROMO_PATTERNS,
} from './boilerplate';
import { CodePointIndex } from './code-points';
import { splitSentences } from './segment';
import type { ParsedArticle, Sentence, TextBlock } from './types';

const BOILERPLATE = new Set(BOILERPLATE_LINES);
/** Longest derived headline, in characters: about what fits on one line of the article list. */
const DERIVED_HEADLINE_MAX = 90;
/** A sub-heading is a short line without sentence punctuation ("Fears of Washington"). */
const HEADING_MAX_CHARS = 60;
const HEADING_MAX_WORDS = 8;

/** Strips a BOM, turns CRLF and lone CR into LF, and composes to NFC, before any offset is taken. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

const endsSentence = (line: string) => /[.!?…]["”’)\]]*$/.test(line);
const isBoilerplate = (line: string) => BOILERPLATE.has(line) || PROMO_PATTERNS.some((p) => p.test(line));
const isCredit = (line: string) => CREDIT_PATTERNS.some((p) => p.test(line));

interface Line {
  text: string;
  /** True when a blank line (or the start of the file) comes right before this line. */
  afterBlank: boolean;
  /** True when a blank line (or the end of the file) comes right after this line. */
  beforeBlank: boolean;
}

/** Lines of the file up to its footer, with boilerplate removed and paragraph breaks remembered. */
function contentLines(text: string): { lines: Line[]; footer: string[] } {
  const all = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  let cut = all.findIndex((l) => FOOTER_STARTS.some((p) => p.test(l)));
  if (cut < 0) cut = all.length;
  const footer = all.slice(cut);
  const lines: Line[] = [];
  let blank = true;
  for (const l of all.slice(0, cut)) {
    if (l === '') {
      blank = true;
      if (lines.length) lines[lines.length - 1]!.beforeBlank = true;
      continue;
    }
    if (isBoilerplate(l)) continue;
    lines.push({ text: l, afterBlank: blank, beforeBlank: false });
    blank = false;
  }
  if (lines.length) lines[lines.length - 1]!.beforeBlank = true;
  return { lines, footer };
}

/** "About the author / Agence France-Presse (AFP) is a …" names the author and its outlet. */
function authorFromFooter(footer: string[]): { author: string; outlet: string } | null {
  const i = footer.indexOf('About the author');
  if (i < 0) return null;
  const bio = footer.slice(i + 1).find((l) => l !== '');
  const m = bio && /^(.+?)(?: \(([^)]+)\))? (?:is|was) /.exec(bio);
  if (!m) return null;
  return { author: m[1]!, outlet: canonicalOutlet(m[2] ?? m[1]!) };
}

/**
 * An aggregator's header block: the outlet (often printed twice, "The Guardian - AU"), a section
 * and a byline, closed by a blank line. Recognised by the repeated or edition-suffixed first line.
 */
function takeHeader(lines: Line[]) {
  const first = lines[0];
  if (!first) return null;
  let end = 1;
  while (end < lines.length && !lines[end - 1]!.beforeBlank) end++;
  const block = lines.slice(0, end).map((l) => l.text);
  const looksLikeOutlet = / - [A-Z]{2}$/.test(first.text) || block[1] === first.text;
  if (!looksLikeOutlet || block.length < 2 || block.length > 5) return null;
  const rest = block.filter((l, i) => i > 0 && l !== first.text);
  const section = rest.find((l) => /^[A-Z][\w&-]*$/.test(l)) ?? null;
  const author = rest.filter((l) => l !== section).pop() ?? null;
  return { outlet: canonicalOutlet(first.text), section, author, consumed: end };
}

/** A headline stands alone between blank lines and reads as a title, not a sentence. */
function isHeadline(line: Line): boolean {
  return line.afterBlank && line.beforeBlank && !endsSentence(line.text) && line.text.length <= 200;
}

function isHeading(line: string): boolean {
  return (
    line.length <= HEADING_MAX_CHARS &&
    line.split(' ').length <= HEADING_MAX_WORDS &&
    !/[.!?,;:…]["”’]?$/.test(line) &&
    !/^["“‘]/.test(line)
  );
}

/** Shortens a first sentence to a headline at a word boundary. */
export function deriveHeadline(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= DERIVED_HEADLINE_MAX) return s.replace(/[.]$/, '');
  const cut = s.slice(0, DERIVED_HEADLINE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 40 ? space : cut.length).replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * Parses a source file into clean article text with its details: syndication clutter dropped,
 * captions and sub-headings marked, wire credits kept as metadata, sentences found.
 */
export function parseArticle(raw: string): ParsedArticle {
  const { lines, footer } = contentLines(normalizeText(raw));
  const header = takeHeader(lines);
  let i = header?.consumed ?? 0;
  let headline: string | null = null;
  if (lines[i] && isHeadline(lines[i]!) && lines.length - i > 1) {
    headline = lines[i]!.text;
    i++;
  }
  const credits: string[] = [];
  const kinds: Array<{ kind: TextBlock['kind']; text: string }> = [];
  const body = lines.slice(i);
  body.forEach((line, k) => {
    const next = body[k + 1];
    if (isCredit(line.text)) credits.push(line.text);
    else if (CAPTION_CREDIT.test(line.text)) kinds.push({ kind: 'caption', text: line.text });
    else if (next && !line.beforeBlank && CAPTION_CREDIT.test(next.text) && !endsSentence(line.text)) {
      // The image's alt text, printed just above its caption.
      kinds.push({ kind: 'caption', text: line.text });
    } else if (isHeading(line.text) && k < body.length - 1) {
      kinds.push({ kind: 'heading', text: line.text });
    } else kinds.push({ kind: 'body', text: line.text });
  });

  const text = kinds.map((b) => b.text).join('\n\n');
  const index = new CodePointIndex(text);
  const blocks: TextBlock[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const b of kinds) {
    const start = offset;
    const end = offset + b.text.length;
    blocks.push({ kind: b.kind, start: index.toCodePoint(start), end: index.toCodePoint(end) });
    if (b.kind === 'body') {
      for (const s of splitSentences(text, start, end)) {
        sentences.push({ start: index.toCodePoint(s.start), end: index.toCodePoint(s.end) });
      }
    }
    offset = end + 2;
  }

  const fromFooter = authorFromFooter(footer);
  const firstSentence = sentences[0];
  return {
    headline:
      headline ??
      (firstSentence
        ? deriveHeadline(index.slice(firstSentence.start, firstSentence.end))
        : 'Untitled article'),
    headlineDerived: headline === null,
    outlet: header?.outlet ?? fromFooter?.outlet ?? null,
    author: header?.author ?? fromFooter?.author ?? null,
    section: header?.section ?? null,
    date: null,
    url: null,
    credits,
    text,
    blocks,
    sentences,
  };
}
