/**
 * Speed of the pure domain code on a big dossier: 1,000 articles and 100,000 claims, built from the
 * five bundled files. Prints medians of several runs; run with `npm run bench`.
 */
import { anchorSelector, describeRange } from '../src/domain/anchoring';
import { CodePointIndex } from '../src/domain/code-points';
import MiniSearch from 'minisearch';
import { createEvidenceIndex } from '../src/domain/evidence';
import { shippedWordVectors } from '../src/testing/word-vectors';
import { cutIntoPieces } from '../src/domain/highlights';
import { parseArticle } from '../src/domain/parse-article';
import { bundledArticleFiles } from '../src/testing/articles';

const ARTICLES = 1_000;
const CLAIMS = 100_000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(label: string, runs: number, fn: () => unknown, per?: { n: number; unit: string }) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  const m = median(times);
  const rate = per ? `  (${Math.round((per.n / m) * 1000).toLocaleString('en')} ${per.unit}/s)` : '';
  console.log(`${label.padEnd(58)} median ${m.toFixed(1).padStart(8)} ms${rate}`);
  return m;
}

const files = bundledArticleFiles();
// A dossier of 1,000 distinct articles: each bundled file with a numbered lede added.
const raws = Array.from({ length: ARTICLES }, (_, i) => {
  const f = files[i % files.length]!;
  return `Dossier item ${i}: a note added to make the text distinct.\n\n${f.raw}`;
});

console.log(`Corroborate domain benchmarks (Node ${process.version}, ${RUNS} runs each)\n`);
let parsed = raws.map((r) => parseArticle(r));
time(`parse + segment ${ARTICLES} articles`, RUNS, () => (parsed = raws.map((r) => parseArticle(r))), {
  n: ARTICLES,
  unit: 'articles',
});
const sentences = parsed.reduce((n, a) => n + a.sentences.length, 0);
console.log(`${''.padEnd(58)} (${sentences.toLocaleString('en')} sentences)`);

const indexes = parsed.map((a) => new CodePointIndex(a.text));
const selectors = Array.from({ length: CLAIMS }, (_, i) => {
  const a = i % ARTICLES;
  const s = parsed[a]!.sentences[i % parsed[a]!.sentences.length]!;
  return { a, sel: describeRange(indexes[a]!, indexes[a]!.toUtf16(s.start), indexes[a]!.toUtf16(s.end)) };
});
time(
  `anchor ${CLAIMS.toLocaleString('en')} claims (position still valid)`,
  RUNS,
  () => {
    for (const { a, sel } of selectors) anchorSelector(indexes[a]!, sel);
  },
  { n: CLAIMS, unit: 'claims' },
);

const shifted = parsed
  .slice(0, 100)
  .map((a) => new CodePointIndex(`An editor's note added on top.\n\n${a.text}`));
const moved = selectors.filter((s) => s.a < 100).slice(0, 10_000);
time(
  `re-anchor 10,000 claims after the text moved`,
  RUNS,
  () => {
    for (const { a, sel } of moved) anchorSelector(shifted[a]!, sel);
  },
  { n: moved.length, unit: 'claims' },
);

const big = parsed[1]!;
const bigIdx = indexes[1]!;
const claimSpans = selectors
  .filter((s) => s.a === 1)
  .slice(0, 100)
  .map((s, i) => ({
    id: String(i),
    start: bigIdx.toUtf16(s.sel.position.start),
    end: bigIdx.toUtf16(s.sel.position.end),
  }));
const sentenceSpans = big.sentences.map((s) => ({
  start: bigIdx.toUtf16(s.start),
  end: bigIdx.toUtf16(s.end),
}));
time(`cut an article with 100 claims into highlight pieces`, 50, () => {
  for (const b of big.blocks)
    cutIntoPieces(bigIdx.toUtf16(b.start), bigIdx.toUtf16(b.end), sentenceSpans, claimSpans);
});

// Evidence at 50,000 sentences: ours (build, rank with learning, heap) beside MiniSearch's own addAll
// and search on the same sentences, in the same run.
const EVIDENCE_SENTENCES = 50_000;
const evidenceArticles: ReturnType<typeof parseArticle>[] = [];
for (let i = 0; evidenceArticles.reduce((n, a) => n + a.sentences.length, 0) < EVIDENCE_SENTENCES; i++)
  evidenceArticles.push(
    parseArticle(`Dossier item ${i}: a note on shipment ${i * 7919}.\n\n${files[i % files.length]!.raw}`),
  );
const candidates = evidenceArticles
  .flatMap((a, i) => {
    const idx = new CodePointIndex(a.text);
    return a.sentences.map((s) => ({
      id: `${i}:${s.start}`,
      articleId: String(i),
      outlet: a.outlet ?? '',
      text: idx.slice(s.start, s.end),
    }));
  })
  .slice(0, EVIDENCE_SENTENCES);
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
console.log(
  `\nEvidence index over ${candidates.length.toLocaleString('en')} sentences (median of runs; ratio to MiniSearch)`,
);
let evidence = createEvidenceIndex(candidates);
const ourBuild = time('  build: Corroborate', 3, () => {
  evidence = createEvidenceIndex(candidates);
});
const miniBuild = time('  build: MiniSearch addAll', 3, () => {
  const m = new MiniSearch<(typeof candidates)[number]>({ fields: ['text'] });
  m.addAll(candidates);
});
console.log(`  build ratio ${(ourBuild / miniBuild).toFixed(2)}× MiniSearch (target ≤ 1 s)`);
const before = heap();
const kept = createEvidenceIndex(candidates);
const indexHeap = heap() - before;
const mini = new MiniSearch<(typeof candidates)[number]>({ fields: ['text'] });
const beforeMini = heap();
mini.addAll(candidates);
const miniHeap = heap() - beforeMini;
console.log(
  `  heap for the index: Corroborate ${(indexHeap / 1048576).toFixed(0)} MB, MiniSearch ${(miniHeap / 1048576).toFixed(0)} MB (target ≤ 150 MB)${gc ? '' : ' (no --expose-gc: rough)'}`,
);
const queries = candidates
  .filter((_, i) => i % 250 === 0)
  .slice(0, 200)
  .map((c) => ({ articleId: c.articleId, text: c.text }));
// Learning on: 100 links from 50 claims, as a dossier in use has.
kept.learn(
  queries
    .slice(0, 50)
    .flatMap((q) =>
      kept.rank(q, { limit: 2 }).map((r) => ({ claim: q, sentenceId: r.id, relation: 'supports' as const })),
    ),
);
const perQuery = (f: (q: (typeof queries)[number]) => unknown) =>
  queries.map((q) => {
    const t = performance.now();
    f(q);
    return performance.now() - t;
  });
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]!;
const wordsOnly = perQuery((q) => kept.rank(q, { limit: 16 }));
const vectors = shippedWordVectors();
kept.useVectors(vectors);
const ours = perQuery((q) => kept.rank(q, { limit: 16 }));
const theirs = perQuery((q) => mini.search(q.text, { combineWith: 'OR' }).slice(0, 16));
console.log(
  `  rank one claim (learning on): Corroborate median ${pct(ours, 0.5).toFixed(1)} ms, p95 ${pct(ours, 0.95).toFixed(1)} ms (words only ${pct(wordsOnly, 0.5).toFixed(1)} ms, p95 ${pct(wordsOnly, 0.95).toFixed(1)} ms); MiniSearch median ${pct(theirs, 0.5).toFixed(1)} ms, p95 ${pct(theirs, 0.95).toFixed(1)} ms (targets ≤ 10 ms, ≤ 30 ms)`,
);
// The evidence worker learns again after each link, from the latest 200 linked claims: the first
// time it reads every claim's candidates (given the vectors again, it forgets them), after that only
// those of a claim it has not seen.
const linkedClaims = queries.flatMap((q) =>
  kept.rank(q, { limit: 2 }).map((r) => ({ claim: q, sentenceId: r.id, relation: 'supports' as const })),
);
time('  learn from 200 linked claims (400 links), first time', 3, () => {
  kept.useVectors(vectors);
  kept.learn(linkedClaims);
});
let more = 0;
time('  learn again after one more link (a new claim)', 3, () => {
  const q = { articleId: 'elsewhere', text: candidates[(more += 97)]!.text };
  kept.learn([...linkedClaims, { claim: q, sentenceId: candidates[more + 1]!.id, relation: 'supports' }]);
});
void evidence;
