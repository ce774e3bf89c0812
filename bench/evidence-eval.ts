/**
 * Evaluates the evidence ranking and the shared-wording judgement on hand-labelled pairs
 * (bench/fixtures/evidence-pairs.json), against plain MiniSearch as the baseline. `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { CodePointIndex } from '../src/domain/code-points';
import {
  createEvidenceIndex,
  sharesWording,
  wordingOverlap,
  type EvidenceCandidate,
} from '../src/domain/evidence';
import { parseArticle } from '../src/domain/parse-article';
import { bundledArticleFiles } from '../src/testing/articles';

interface Fixture {
  claims: Array<{ name: string; article: string; claim: string; supports: string[] }>;
  wording: Array<{ a: string; b: string; same: boolean }>;
}
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures', 'evidence-pairs.json'), 'utf8'),
) as Fixture;

const candidates: EvidenceCandidate[] = bundledArticleFiles().flatMap(({ fileName, raw }) => {
  const a = parseArticle(raw);
  const idx = new CodePointIndex(a.text);
  const articleId = fileName.replace(/\.txt$/, '');
  return a.sentences.map((s) => ({
    id: `${articleId}:${s.start}`,
    articleId,
    outlet: a.outlet ?? '',
    text: idx.slice(s.start, s.end),
  }));
});
const textOf = new Map(candidates.map((c) => [c.id, c.text]));

const ours = createEvidenceIndex(candidates);
const plain = new MiniSearch<EvidenceCandidate>({ fields: ['text'], storeFields: ['articleId'] });
plain.addAll(candidates);
const articleOf = new Map(candidates.map((c) => [c.id, c.articleId]));

type Ranker = (claim: { articleId: string; text: string }) => string[];
const rankers: Record<string, Ranker> = {
  'Corroborate (lexicon + BM25)': (c) => ours.rank(c, { limit: 10 }).map((r) => r.id),
  'plain MiniSearch (BM25, default tokenizer)': (c) =>
    plain
      .search(c.text, { combineWith: 'OR' })
      .filter((r) => articleOf.get(String(r.id)) !== c.articleId)
      .slice(0, 10)
      .map((r) => String(r.id)),
};

console.log(
  `Evidence ranking on ${fixture.claims.length} hand-labelled claims, ${candidates.length} candidate sentences\n`,
);
for (const [name, rank] of Object.entries(rankers)) {
  const firstHit: number[] = [];
  const misses: string[] = [];
  for (const c of fixture.claims) {
    const ids = rank({ articleId: c.article, text: c.claim });
    const at = ids.findIndex((id) => c.supports.some((s) => textOf.get(id)!.includes(s)));
    for (const s of c.supports) {
      if (!candidates.some((x) => x.text.includes(s)))
        throw new Error(`fixture “${c.name}”: “${s}” is in no sentence`);
    }
    firstHit.push(at < 0 ? Infinity : at + 1);
    if (at < 0 || at >= 3) misses.push(`${c.name} (rank ${at < 0 ? '>10' : at + 1})`);
  }
  const recall = (k: number) => (firstHit.filter((r) => r <= k).length / firstHit.length).toFixed(2);
  console.log(`${name}`);
  console.log(`  recall@1 ${recall(1)}   recall@3 ${recall(3)}   recall@5 ${recall(5)}`);
  if (misses.length) console.log(`  outside the top 3: ${misses.join('; ')}`);
}

let tp = 0;
let fp = 0;
let fn = 0;
const wrong: string[] = [];
for (const p of fixture.wording) {
  const said = sharesWording(p.a, p.b);
  if (said && p.same) tp++;
  else if (said && !p.same) fp++;
  else if (!said && p.same) fn++;
  if (said !== p.same)
    wrong.push(`${p.a.slice(0, 50)}… (overlap ${wordingOverlap(p.a, p.b).toFixed(2)}, labelled ${p.same})`);
}
console.log(`\nShared wording on ${fixture.wording.length} labelled sentence pairs`);
console.log(
  `  precision ${(tp / Math.max(1, tp + fp)).toFixed(2)}   recall ${(tp / Math.max(1, tp + fn)).toFixed(2)}`,
);
for (const w of wrong) console.log(`  wrong: ${w}`);
