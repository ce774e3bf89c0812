import { createHash } from 'node:crypto';
import { describeRange } from '../domain/anchoring';
import { CodePointIndex } from '../domain/code-points';
import { DEFAULT_CATEGORIES } from '../domain/categories';
import type { BackupData } from '../domain/exchange/backup';
import { parseArticle } from '../domain/parse-article';
import { VERDICTS } from '../domain/types';
import { bundledArticleFiles } from './articles';
import { seededRandom } from './random';

/**
 * A deterministic big dossier for benchmarks and scale tests: articles recombined from the five
 * bundled ones' sentences, with names, numbers, days and outlets varied, some passages repeated across
 * articles as syndicated wire copy is (with the wire's credit), and claims spread over categories and
 * verdicts with evidence links. The same seed always gives the same dossier.
 */
export interface GeneratedDossier {
  /** Article files as a person would import them ("Headline\n\nBody…"). */
  files: Array<{ name: string; text: string }>;
  /** The whole dossier as backup data (articles, texts, claims, links, categories). */
  data: BackupData;
}

const OUTLETS = [
  'The Guardian',
  'Le Monde',
  'The Washington Post',
  'BBC News',
  'Yonhap',
  'NHK World',
  'Al Jazeera',
  'Deutsche Welle',
  'The Japan Times',
  'South China Morning Post',
  'The Moscow Times',
  'NK News',
];
const WIRES = [
  ['AFP', 'With Agence France-Presse'],
  ['Reuters', 'With Reuters'],
  ['AP', 'With Associated Press'],
] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PLACES = ['Vostochny', 'Vladivostok', 'Khasan', 'Blagoveshchensk', 'Komsomolsk', 'Amur'];
const PEOPLE = ['Peskov', 'Lavrov', 'Shoigu', 'Zakharova', 'Miller', 'Kirby', 'Lankov', 'Wezeman'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A sentence with its numbers, days, places and people varied, so no two articles read alike. */
function vary(sentence: string, r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return (
    sentence
      .replace(/\b\d{1,4}\b/g, (n) =>
        // Years stay years (a few either way); other figures vary by up to half.
        /^(19|20)\d\d$/.test(n)
          ? String(Number(n) + Math.floor(r() * 7) - 3)
          : String(Math.max(1, Math.round(Number(n) * (0.5 + r())))),
      )
      .replace(new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b`, 'g'), () => pick(NUMBER_WORDS))
      .replace(new RegExp(`\\b(${DAYS.join('|')})\\b`, 'g'), () => pick(DAYS))
      .replace(new RegExp(`\\b(${PLACES.join('|')})\\b`, 'g'), () => pick(PLACES))
      .replace(new RegExp(`\\b(${PEOPLE.join('|')})\\b`, 'g'), () => pick(PEOPLE))
      // Each outlet's way of naming the same states and of reporting speech.
      .replace(/\b(Moscow|the Kremlin)\b/g, () => pick(['Moscow', 'the Kremlin', 'Russia']))
      .replace(/\b(Pyongyang|North Korea)\b/g, () => pick(['Pyongyang', 'North Korea']))
      .replace(/\b(Washington|the US|the United States)\b/g, () =>
        pick(['Washington', 'the US', 'the United States']),
      )
      .replace(/\bsaid\b/g, () => pick(['said', 'told reporters', 'stated', 'said on ' + pick(DAYS)]))
  );
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function generateDossier(options: {
  articles: number;
  claims: number;
  seed: number;
}): GeneratedDossier {
  const r = seededRandom(options.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const pool = bundledArticleFiles().flatMap(({ raw }) => {
    const a = parseArticle(raw);
    const idx = new CodePointIndex(a.text);
    return a.sentences.map((s) => idx.slice(s.start, s.end));
  });
  const files: GeneratedDossier['files'] = [];
  const data: BackupData = {
    articles: [],
    texts: [],
    claims: [],
    history: [],
    links: [],
    dismissals: [],
    categories: DEFAULT_CATEGORIES.map((c, i) => ({ ...c, order: i })),
    settings: [],
  };
  const parsed: Array<{ id: string; idx: CodePointIndex; sentences: Array<{ start: number; end: number }> }> =
    [];
  /** Passages printed by a wire, reprinted verbatim by the papers that carry it. */
  const wireCopy: Array<{ wire: (typeof WIRES)[number]; paragraphs: string[] }> = [];
  for (let i = 0; i < options.articles; i++) {
    const paragraphs: string[] = [];
    // About forty sentences an article, as a long news story or a transcript has.
    const length = 25 + Math.floor(r() * 31);
    for (let p = 0; p < length; p++) paragraphs.push(vary(pick(pool), r));
    let credit: string | null = null;
    let outlet: string | null = pick(OUTLETS);
    if (wireCopy.length && r() < 0.25) {
      // Syndicated: a wire's passage, word for word, with its credit.
      const copy = pick(wireCopy);
      paragraphs.splice(1, 0, ...copy.paragraphs);
      credit = copy.wire[1];
    } else if (r() < 0.15) {
      const wire = pick(WIRES);
      outlet = wire[0];
      wireCopy.push({ wire, paragraphs: paragraphs.slice(0, 3) });
    }
    if (r() < 0.1) outlet = null;
    const headline = `${vary(pick(pool), r)
      .replace(/[.!?”"]+$/, '')
      .slice(0, 90)} (${i + 1})`;
    const text = `${headline}\n\n${paragraphs.join('\n\n')}${credit ? `\n\n${credit}` : ''}\n`;
    const name = `article-${String(i + 1).padStart(4, '0')}.txt`;
    files.push({ name, text });
    const a = parseArticle(text);
    const id = `gen-${String(i + 1).padStart(4, '0')}`;
    data.articles.push({
      id,
      fileName: name,
      contentHash: sha256(a.text),
      headline: a.headline,
      headlineDerived: a.headlineDerived,
      outlet,
      author: null,
      date: null,
      url: null,
      section: null,
      credits: a.credits,
      order: i,
      addedAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
    });
    data.texts.push({ articleId: id, text: a.text, blocks: a.blocks, sentences: a.sentences });
    parsed.push({ id, idx: new CodePointIndex(a.text), sentences: a.sentences });
  }
  const verdictWeights = [0.5, 0.3, 0.2];
  const verdictOf = () => {
    const x = r();
    return x < verdictWeights[0]!
      ? VERDICTS[0]
      : x < verdictWeights[0]! + verdictWeights[1]!
        ? VERDICTS[1]
        : VERDICTS[2];
  };
  const used = new Set<string>();
  for (let i = 0; i < options.claims; i++) {
    const a = pick(parsed);
    const s = pick(a.sentences);
    const key = `${a.id}:${s.start}`;
    // One claim per sentence: another sentence is tried, else the claim takes the sentence's first half.
    const [start, end] = used.has(key)
      ? [s.start, s.start + Math.max(1, Math.floor((s.end - s.start) / 2))]
      : [s.start, s.end];
    used.add(key);
    const id = `claim-${String(i + 1).padStart(6, '0')}`;
    const t = 1_700_000_000_000 + i * 1000;
    data.claims.push({
      id,
      articleId: a.id,
      selector: describeRange(a.idx, a.idx.toUtf16(start), a.idx.toUtf16(end)),
      categoryId: pick(data.categories).id,
      verdict: verdictOf(),
      note: r() < 0.2 ? `Checked against ${pick(OUTLETS)}.` : '',
      claimant: null,
      createdAt: t,
      updatedAt: t + Math.floor(r() * 86_400_000),
      rev: 1,
    });
    // One claim in five has evidence: a sentence or two of other articles.
    if (r() < 0.2) {
      const links = 1 + Math.floor(r() * 2);
      for (let k = 0; k < links; k++) {
        const b = pick(parsed);
        if (b.id === a.id) continue;
        const e = pick(b.sentences);
        const sentenceKey = `${b.id}:${e.start}`;
        if (data.links.some((l) => l.claimId === id && l.sentenceKey === sentenceKey)) continue;
        data.links.push({
          id: `link-${data.links.length + 1}`,
          claimId: id,
          articleId: b.id,
          sentenceKey,
          selector: describeRange(b.idx, b.idx.toUtf16(e.start), b.idx.toUtf16(e.end)),
          relation: r() < 0.8 ? 'supports' : 'contradicts',
          note: '',
          weight: { attribution: null, access: null, kind: null },
          createdAt: t + 1,
          updatedAt: t + 1,
        });
      }
    }
  }
  return { files, data };
}
