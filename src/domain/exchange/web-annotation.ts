import { ACCESSES, ATTRIBUTIONS, KINDS, type EvidenceWeight } from '../records/evidence';
import { anchorSelector, describeRange } from '../anchoring';
import { CodePointIndex } from '../code-points';
import { createQuoteFinder } from './quote-finder';
import { VERDICT_LABELS, VERDICTS, type ClaimSelector, type Sentence, type Verdict } from '../types';
import type { SheetCategory, SheetClaim, SheetLink } from './verdict-sheet';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CLAIM_URN = 'urn:corroborate:claim:';
const LINK_URN = 'urn:corroborate:link:';

export interface AnnotatedArticle {
  id: string;
  contentHash: string;
  url: string | null;
  text: string;
  sentences: Sentence[];
}

/** The IRI an article is known by: its URL when set, else its content hash (the same text anywhere). */
export function articleIri(a: Pick<AnnotatedArticle, 'url' | 'contentHash'>): string {
  return a.url ?? `urn:sha256:${a.contentHash}`;
}

function target(a: Pick<AnnotatedArticle, 'url' | 'contentHash'>, s: ClaimSelector) {
  return {
    source: articleIri(a),
    // Selectors count the code points of the article as plain text.
    format: 'text/plain',
    selector: [
      { type: 'TextQuoteSelector', exact: s.quote.exact, prefix: s.quote.prefix, suffix: s.quote.suffix },
      { type: 'TextPositionSelector', start: s.position.start, end: s.position.end },
    ],
  };
}

/** Who made the annotations (the editor's name from Settings), as a W3C Agent. */
export interface AnnotationCreator {
  type: 'Person' | 'Organization';
  name: string;
}

/** The software that wrote the file (model §3.3.2). */
const GENERATOR = { id: 'urn:corroborate:app', type: 'Software', name: 'Corroborate' };

/** A body the fact-checker or the app wrote: plain text, in English (the app's language). */
function textBody(purpose: string, value: string) {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', language: 'en' };
}

/** FNV-1a, 32 bits twice: a short stable digest, so the same content gets the same collection id. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * A W3C Web Annotation collection: each claim an `assessing` annotation (verdict and category as
 * bodies, the note as a comment), each evidence link a `linking` annotation from the evidence
 * sentence to the claim. Positions count code points, as the model says. The collection and its page
 * have IRIs derived from their content (model §5.1, §5.2); bodies say their format and language;
 * annotations name their creator when Settings know the editor's name.
 */
export function toWebAnnotations(
  claims: readonly SheetClaim[],
  links: readonly (SheetLink & { createdAt?: number; updatedAt?: number })[],
  articles: ReadonlyMap<string, Pick<AnnotatedArticle, 'url' | 'contentHash'>>,
  categories: ReadonlyMap<string, SheetCategory>,
  meta: { creator?: AnnotationCreator | null } = {},
): object {
  const creator = meta.creator?.name.trim()
    ? { creator: { ...meta.creator, name: meta.creator.name.trim() } }
    : {};
  const items: object[] = [];
  for (const c of claims) {
    const a = articles.get(c.articleId);
    if (!a) continue;
    items.push({
      id: `${CLAIM_URN}${c.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      ...creator,
      generator: GENERATOR,
      created: new Date(c.createdAt).toISOString(),
      modified: new Date(c.updatedAt).toISOString(),
      body: [
        textBody('assessing', VERDICT_LABELS[c.verdict]),
        textBody('tagging', categories.get(c.categoryId)?.name ?? c.categoryId),
        ...(c.note ? [textBody('commenting', c.note)] : []),
      ],
      target: target(a, c.selector),
    });
  }
  const exported = new Set(claims.map((c) => c.id));
  for (const l of links) {
    const a = articles.get(l.articleId);
    if (!a || !exported.has(l.claimId)) continue;
    items.push({
      id: `${LINK_URN}${l.id}`,
      type: 'Annotation',
      motivation: 'linking',
      ...creator,
      generator: GENERATOR,
      ...(l.createdAt !== undefined ? { created: new Date(l.createdAt).toISOString() } : {}),
      ...(l.updatedAt !== undefined ? { modified: new Date(l.updatedAt).toISOString() } : {}),
      body: [
        { type: 'SpecificResource', source: `${CLAIM_URN}${l.claimId}`, purpose: 'linking' },
        textBody('classifying', l.relation),
        // The evidence's weight as tags (each value names its own dimension), and its note.
        ...weightTags(l.weight).map((t) => textBody('tagging', t)),
        ...(l.note ? [textBody('commenting', l.note)] : []),
      ],
      target: target(a, l.selector),
    });
  }
  const id = `urn:corroborate:collection:${digest(JSON.stringify(items))}`;
  const label = 'Corroborate claims and evidence';
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    ...creator,
    generator: GENERATOR,
    total: items.length,
    first: {
      id: `${id}:page:0`,
      type: 'AnnotationPage',
      partOf: { id, label, total: items.length },
      startIndex: 0,
      items,
    },
    last: `${id}:page:0`,
  };
}

export interface ImportedClaim {
  id: string;
  articleId: string;
  selector: ClaimSelector;
  verdict: Verdict;
  categoryName: string | null;
  note: string;
  createdAt: number | null;
  updatedAt: number | null;
}

export interface ImportedLink {
  claimId: string;
  articleId: string;
  selector: ClaimSelector;
  relation: 'supports' | 'contradicts';
  note: string;
  weight: EvidenceWeight;
}

function weightTags(w: EvidenceWeight | undefined): string[] {
  return w ? [w.attribution, w.access, w.kind].filter((t): t is NonNullable<typeof t> => !!t) : [];
}

/** Reads an evidence annotation's weight back from its tags (unknown tags are ignored). */
function weightOf(tags: readonly string[]): EvidenceWeight {
  const pick = <T extends string>(values: readonly T[]) =>
    (tags.find((t) => (values as readonly string[]).includes(t)) as T) ?? null;
  return { attribution: pick(ATTRIBUTIONS), access: pick(ACCESSES), kind: pick(KINDS) };
}

export interface AnnotationImport {
  claims: ImportedClaim[];
  links: ImportedLink[];
  /** Annotations already in the workbench (same article and same text span). */
  duplicates: number;
  /** Annotations whose target could not be found in any article. */
  unresolved: number;
  /** Annotations that are not claims or links of a form we read. */
  ignored: number;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The annotations of a collection, a page, a list or a single annotation. */
function annotationsOf(doc: unknown): Json[] {
  if (Array.isArray(doc)) return doc.filter(isObj);
  if (!isObj(doc)) return [];
  if (doc.type === 'AnnotationCollection') {
    const pages: unknown[] = [];
    for (let p: unknown = doc.first; isObj(p) && pages.length < 10_000; p = p.next) pages.push(p);
    return pages.flatMap((p) => asArray((p as Json).items).filter(isObj));
  }
  if (doc.type === 'AnnotationPage') return asArray(doc.items).filter(isObj);
  if (doc.type === 'Annotation') return [doc];
  return [];
}

/** The quote and position of a target, when it has a TextQuoteSelector. */
function selectorOf(t: Json): ClaimSelector | null {
  const sels = asArray(t.selector).filter(isObj);
  const q = sels.find((s) => s.type === 'TextQuoteSelector');
  const p = sels.find((s) => s.type === 'TextPositionSelector');
  const exact = q && str(q.exact);
  if (!exact) return null;
  const start = p && typeof p.start === 'number' ? p.start : 0;
  const end = p && typeof p.end === 'number' ? p.end : start;
  // Article texts are stored composed (NFC); a quote from another tool may be decomposed.
  const nfc = (t: string) => t.normalize('NFC');
  return {
    quote: { exact: nfc(exact), prefix: nfc(str(q.prefix) ?? ''), suffix: nfc(str(q.suffix) ?? '') },
    position: { start, end },
  };
}

const VERDICT_BY_LABEL = new Map<string, Verdict>(VERDICTS.map((v) => [VERDICT_LABELS[v].toLowerCase(), v]));

/**
 * Reads Web Annotations (ours, or another tool's) against the workbench's articles. A target is
 * found by its source IRI (URL or content hash), else by its quote wherever it occurs once; its
 * selectors are then re-anchored in that text. Annotations already present are counted, not added.
 */
export function readWebAnnotations(
  doc: unknown,
  articles: readonly AnnotatedArticle[],
  existing: {
    claims: ReadonlyArray<{ id: string; articleId: string; selector: ClaimSelector }>;
    links?: ReadonlyArray<{ claimId: string; sentenceKey: string }>;
  },
  newId: () => string,
  /** Called every so often with how many annotations have been read of how many. */
  onProgress?: (done: number, total: number) => void,
): AnnotationImport {
  const result: AnnotationImport = { claims: [], links: [], duplicates: 0, unresolved: 0, ignored: 0 };
  const byIri = new Map(articles.map((a) => [articleIri(a), a]));
  for (const a of articles) byIri.set(`urn:sha256:${a.contentHash}`, a);
  const indexes = new Map<string, CodePointIndex>();
  const indexOf = (a: AnnotatedArticle) => {
    let idx = indexes.get(a.id);
    if (!idx) indexes.set(a.id, (idx = new CodePointIndex(a.text)));
    return idx;
  };
  const finder = createQuoteFinder(articles);
  const spanKey = (articleId: string, s: { start: number; end: number }) =>
    `${articleId}:${s.start}:${s.end}`;
  const taken = new Map(existing.claims.map((c) => [spanKey(c.articleId, c.selector.position), c.id]));
  const knownIds = new Set(existing.claims.map((c) => c.id));
  const claimIdOf = new Map<string, string>(); // annotation id → claim id in the workbench

  const resolve = (t: unknown): { article: AnnotatedArticle; selector: ClaimSelector } | null => {
    if (!isObj(t)) return null;
    const sel = selectorOf(t);
    if (!sel) return null;
    const source = str(t.source);
    const article = source && byIri.has(source) ? byIri.get(source)! : pickArticle(sel);
    if (!article) return null;
    const idx = indexOf(article);
    const pos = anchorSelector(idx, sel);
    if (!pos) return null;
    return { article, selector: describeRange(idx, idx.toUtf16(pos.start), idx.toUtf16(pos.end)) };
  };

  /**
   * The article a quote from an unknown source belongs to: the only one holding it with its stated
   * context (prefix and suffix); when several do (reprinted wire copy), the only one of those where
   * it stands at its stated position. A quote whose context is found nowhere is looked for alone,
   * the same way. Otherwise it cannot be placed.
   */
  const pickArticle = (sel: ClaimSelector): AnnotatedArticle | null => {
    const { prefix, exact, suffix } = sel.quote;
    const atPosition = (p: { article: AnnotatedArticle; at: number }, offset: number) =>
      indexOf(p.article).toCodePoint(p.at + offset) === sel.position.start;
    const only = (places: ReadonlyArray<{ article: AnnotatedArticle }>) =>
      places.length && places.every((p) => p.article === places[0]!.article) ? places[0]!.article : null;
    // The quote with its context is rarer than the quote alone: look for that first.
    if (prefix || suffix) {
      const inContext = finder.find(`${prefix}${exact}${suffix}`);
      const found = only(inContext) ?? only(inContext.filter((p) => atPosition(p, prefix.length)));
      if (found || inContext.length) return found;
    }
    const places = finder.find(exact);
    return only(places) ?? only(places.filter((p) => atPosition(p, 0)));
  };

  const annotations = annotationsOf(doc);
  const total = annotations.length;
  let done = 0;
  const tick = () => {
    if (++done % 2000 === 0) onProgress?.(done, total);
  };
  for (const an of annotations) {
    if (an.motivation === 'linking') continue;
    tick();
    const bodies = asArray(an.body).filter(isObj);
    const verdictText = bodies.find((b) => b.purpose === 'assessing');
    const hit = resolve(asArray(an.target)[0]);
    if (!hit) {
      if (selectorOf(isObj(asArray(an.target)[0]) ? (asArray(an.target)[0] as Json) : {}))
        result.unresolved++;
      else result.ignored++;
      continue;
    }
    const key = spanKey(hit.article.id, hit.selector.position);
    const annId = str(an.id);
    if (taken.has(key)) {
      result.duplicates++;
      if (annId) claimIdOf.set(annId, taken.get(key)!);
      continue;
    }
    const ourId = annId?.startsWith(CLAIM_URN) ? annId.slice(CLAIM_URN.length) : null;
    const id = ourId && !knownIds.has(ourId) ? ourId : newId();
    knownIds.add(id);
    taken.set(key, id);
    if (annId) claimIdOf.set(annId, id);
    const created = Date.parse(str(an.created) ?? '');
    const modified = Date.parse(str(an.modified) ?? '');
    result.claims.push({
      id,
      articleId: hit.article.id,
      selector: hit.selector,
      verdict: VERDICT_BY_LABEL.get((str(verdictText?.value) ?? '').toLowerCase()) ?? 'unverified',
      categoryName: str(bodies.find((b) => b.purpose === 'tagging')?.value),
      note: str(bodies.find((b) => b.purpose === 'commenting')?.value) ?? '',
      createdAt: Number.isFinite(created) ? created : null,
      updatedAt: Number.isFinite(modified) ? modified : null,
    });
  }

  const linkKeys = new Set((existing.links ?? []).map((l) => `${l.claimId}|${l.sentenceKey}`));
  for (const an of annotations) {
    if (an.motivation !== 'linking') continue;
    tick();
    const bodies = asArray(an.body).filter(isObj);
    const ref = str(bodies.find((b) => b.purpose === 'linking' || b.type === 'SpecificResource')?.source);
    const claimId = ref
      ? (claimIdOf.get(ref) ?? (knownIds.has(ref.replace(CLAIM_URN, '')) ? ref.replace(CLAIM_URN, '') : null))
      : null;
    const hit = resolve(asArray(an.target)[0]);
    if (!claimId || !hit) {
      result.unresolved++;
      continue;
    }
    // Evidence is a whole sentence: widen the target to the sentence it starts in.
    const sentence = hit.article.sentences.find(
      (s) => s.start <= hit.selector.position.start && s.end > hit.selector.position.start,
    );
    const idx = indexOf(hit.article);
    const selector = sentence
      ? describeRange(idx, idx.toUtf16(sentence.start), idx.toUtf16(sentence.end))
      : hit.selector;
    const key = `${claimId}|${hit.article.id}:${selector.position.start}`;
    if (linkKeys.has(key)) {
      result.duplicates++;
      continue;
    }
    linkKeys.add(key);
    const relation =
      str(bodies.find((b) => b.purpose === 'classifying')?.value) === 'contradicts'
        ? 'contradicts'
        : 'supports';
    const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => str(b.value) ?? '');
    const note = str(bodies.find((b) => b.purpose === 'commenting')?.value) ?? '';
    result.links.push({
      claimId,
      articleId: hit.article.id,
      selector,
      relation,
      note: note.slice(0, 1000),
      weight: weightOf(tags),
    });
  }
  onProgress?.(total, total);
  return result;
}
