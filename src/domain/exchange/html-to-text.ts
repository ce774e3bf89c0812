/** Elements whose content is never article text (and must never run). */
const DROP =
  'script, style, noscript, template, iframe, object, embed, svg, math, canvas, head, nav, footer, form, button';
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'ASIDE',
  'BLOCKQUOTE',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'PRE',
  'HR',
  'BR',
  'DL',
  'DT',
  'DD',
]);

export interface HtmlArticle {
  /** Plain text, one paragraph per line, blank line between blocks: what parseArticle reads. */
  text: string;
  /** Metadata the page states (title, author, date, URL, site name). */
  title: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  siteName: string | null;
}

function meta(doc: Document, names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[name="${n}"], meta[property="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** An event-handler attribute inside a tag: `<img src=x onerror=…>`, `<svg/onload=…>`. */
const HANDLER_ATTRIBUTE = /(<[^>]*?[\s/"'])on([a-z0-9_-]*\s*=)/gi;

/**
 * Renames event-handler attributes before parsing. The parsed document is inert and our CSP blocks
 * inline handlers anyway, but Chrome still reports each handler it meets as a blocked script: this
 * keeps a hostile page from filling the console, and is one more wall around the text.
 */
function defuseHandlers(html: string): string {
  let out = html;
  for (let i = 0; i < 20; i++) {
    const next = out.replace(HANDLER_ATTRIBUTE, '$1data-defused-on$2');
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * HTML to article text without running anything: DOMParser builds an inert document (scripts do
 * not run, handlers do not fire, nothing loads), the non-text elements are removed, and only text
 * nodes are read; nothing is ever put back into a live page as markup.
 */
export function htmlToText(html: string, parser: DOMParser = new DOMParser()): HtmlArticle {
  const doc = parser.parseFromString(defuseHandlers(html), 'text/html');
  const title =
    doc.querySelector('h1')?.textContent?.trim() || meta(doc, ['og:title']) || doc.title.trim() || null;
  const result: Omit<HtmlArticle, 'text'> = {
    title: title ? title.replace(/\s+/g, ' ') : null,
    author: meta(doc, ['author', 'article:author', 'byl']),
    date: meta(doc, ['article:published_time', 'date', 'pubdate'])?.slice(0, 10) ?? null,
    url: meta(doc, ['og:url']) ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    siteName: meta(doc, ['og:site_name', 'application-name']),
  };
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return { ...result, text: '' };
  root.querySelectorAll(DROP).forEach((el) => el.remove());
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.has((node as Element).tagName);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  // The page title, when the body repeats it as its first line, is the headline: keep it once.
  if (result.title && lines[0] === result.title) lines.shift();
  const url = result.url && /^https?:\/\//i.test(result.url) ? result.url : null;
  return { ...result, url, text: [result.title ?? '', ...lines].filter(Boolean).join('\n\n') };
}
