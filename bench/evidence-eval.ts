/**
 * Evaluates evidence ranking and independence on hand-labelled fixtures, ours (with and without the
 * word vectors) against plain MiniSearch in the same run. `npm run eval`.
 *
 * - bench/fixtures/evidence-dev.json: the half we tune on (misses are listed by name).
 * - bench/fixtures/evidence-test.json: the half we never tune on (only figures are printed).
 * - Leave-one-article-out: each claim ranked by an index built without its own article, so nothing
 *   about the claim's text (its words' frequencies) is known to the index.
 * - bench/fixtures/independence-pairs.json: labelled source pairs for `dependence`.
 *
 * Recall counts each labelled sentence on its own: recall@k is the share of all labelled
 * (claim, supporting sentence) pairs whose sentence is among the claim's top k. A claim with more
 * than k supports cannot have them all in its top k: the "best possible" line (every support ranked
 * first) is the ceiling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { CodePointIndex } from '../src/domain/code-points';
import {
  createEvidenceIndex,
  dependence,
  equivalentGroups,
  EQUIVALENT_SIMILARITY,
  idfOf,
  type DependenceReason,
  type EvidenceCandidate,
  type JudgedSentence,
} from '../src/domain/evidence';
import { parseArticle } from '../src/domain/parse-article';
import { bundledArticleFiles } from '../src/testing/articles';
import { loadEvidenceResources, type SentenceModel } from '../src/domain/evidence';
import { remembering, triedModels } from './tried-models';
import { interval, type ClaimHits } from './bootstrap';

export interface FixtureClaim {
  name: string;
  article: string;
  claim: string;
  supports: string[];
  contradicts: string[];
}
interface PairFixture {
  pairs: Array<{
    a: { article: string; text: string };
    b: { article: string; text: string };
    reasons: DependenceReason[];
  }>;
}
const fixtures = join(import.meta.dirname, 'fixtures');
const load = <T>(name: string) => JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as T;
const dev = load<{ claims: FixtureClaim[] }>('evidence-dev.json').claims;
const test = load<{ claims: FixtureClaim[] }>('evidence-test.json').claims;

const articles = bundledArticleFiles().map(({ fileName, raw }) => ({
  id: fileName.replace(/\.txt$/, ''),
  parsed: parseArticle(raw),
}));
const candidates: JudgedSentence[] = articles.flatMap(({ id, parsed }) => {
  const idx = new CodePointIndex(parsed.text);
  return parsed.sentences.map((s) => ({
    id: `${id}:${s.start}`,
    articleId: id,
    outlet: parsed.outlet ?? '',
    credits: parsed.credits,
    text: idx.slice(s.start, s.end),
    start: s.start,
  }));
});

/**
 * The sentence ids a claim's labels stand for. A label is a sentence's full text; where two articles
 * print the very same sentence (the Guardian's reprint), both are that label, each counted on its own.
 */
function labelled(c: FixtureClaim, which: 'supports' | 'contradicts'): string[] {
  const ids = new Set<string>();
  for (const text of c[which]) {
    const hits = candidates.filter((s) => s.text === text && s.articleId !== c.article);
    if (!hits.length)
      throw new Error(`fixture “${c.name}”: “${text.slice(0, 60)}…” is no sentence of another article`);
    for (const h of hits) ids.add(h.id);
  }
  return [...ids];
}
for (const c of [...dev, ...test]) {
  const own = articles.find((a) => a.id === c.article);
  if (!own?.parsed.text.includes(c.claim))
    throw new Error(`fixture “${c.name}”: the claim is not in its article`);
}

type Ranker = (claim: { articleId: string; text: string }, linked?: string[]) => Promise<string[]>;
const DEPTH = 10;

/**
 * The resources the app ranks with (the shipped word vectors and sentence model, read from the
 * repository), and the sentence models tried beside it, where their files are present (see
 * scripts/fetch-model.sh). Each model's embeddings are computed once for the whole run.
 */
const loaded = await loadEvidenceResources();
for (const p of loaded.problems) console.log(`  (${p})`);
const shipped = { ...loaded, model: loaded.model && remembering(loaded.model) };
const tried = await triedModels();

type Flavour = 'model' | 'vectors' | 'words';
/** Our index as the app builds it: with the model and the word vectors it ships, or without them. */
async function ourIndex(pool: EvidenceCandidate[], flavour: Flavour = 'model', model = shipped.model) {
  const index = createEvidenceIndex(pool, {}, undefined, {
    vectors: flavour === 'words' ? null : shipped.vectors,
    model: flavour === 'model' ? model : null,
  });
  await index.prepare();
  return index;
}
async function ourRanker(
  pool: EvidenceCandidate[],
  flavour: Flavour = 'model',
  model = shipped.model,
): Promise<Ranker> {
  const index = await ourIndex(pool, flavour, model);
  return async (claim, linked) => (await index.rank(claim, { limit: DEPTH, linked })).map((r) => r.id);
}
function plainRanker(pool: EvidenceCandidate[]): Ranker {
  const plain = new MiniSearch<EvidenceCandidate>({ fields: ['text'], storeFields: ['articleId'] });
  plain.addAll(pool);
  const articleOf = new Map(pool.map((c) => [c.id, c.articleId]));
  return async (claim, linked) =>
    plain
      .search(claim.text, { combineWith: 'OR' })
      .filter((r) => articleOf.get(String(r.id)) !== claim.articleId && !linked?.includes(String(r.id)))
      .slice(0, DEPTH)
      .map((r) => String(r.id));
}
/** Nearest sentences by the model's cosine alone, no words. */
async function denseRanker(pool: EvidenceCandidate[], model: SentenceModel): Promise<Ranker> {
  const vectors = await model.embed(pool.map((c) => c.text));
  return async (claim) => {
    const [q] = await model.embed([claim.text]);
    return pool
      .map((c, i) => ({
        id: c.id,
        articleId: c.articleId,
        cos: vectors[i]!.reduce((s, x, k) => s + x * q![k]!, 0),
      }))
      .filter((c) => c.articleId !== claim.articleId)
      .sort((x, y) => y.cos - x.cos)
      .slice(0, DEPTH)
      .map((c) => c.id);
  };
}

interface Scores {
  recall: Record<1 | 3 | 5 | 10, number>;
  mrr: number;
  pairs: number;
  misses: string[];
  /** Each claim's pairs and those found in the top k, for the intervals. */
  byClaim: Record<1 | 3 | 5 | 10, ClaimHits[]>;
}
const KS = [1, 3, 5, 10] as const;

async function score(claims: FixtureClaim[], rankerFor: (c: FixtureClaim) => Ranker): Promise<Scores> {
  const hits = { 1: 0, 3: 0, 5: 0, 10: 0 };
  let pairs = 0;
  let rr = 0;
  const misses: string[] = [];
  const byClaim: Scores['byClaim'] = { 1: [], 3: [], 5: [], 10: [] };
  for (const c of claims) {
    const want = labelled(c, 'supports');
    const got = await rankerFor(c)({ articleId: c.article, text: c.claim });
    pairs += want.length;
    for (const k of KS) {
      const found = want.filter((id) => got.slice(0, k).includes(id)).length;
      hits[k] += found;
      byClaim[k].push({ pairs: want.length, found });
    }
    const first = got.findIndex((id) => want.includes(id));
    rr += first < 0 ? 0 : 1 / (first + 1);
    const missed = want.filter((id) => !got.slice(0, 3).includes(id));
    if (missed.length)
      misses.push(
        `${c.name} (${missed.map((id) => (got.includes(id) ? got.indexOf(id) + 1 : '>10')).join(', ')})`,
      );
  }
  const recall = { 1: 0, 3: 0, 5: 0, 10: 0 };
  for (const k of KS) recall[k] = hits[k] / pairs;
  return { recall, mrr: rr / claims.length, pairs, misses, byClaim };
}

/** For claims with several supports: link the best-ranked one, then look for the rest in the top 3. */
async function moreLikeThis(
  claims: FixtureClaim[],
  rank: Ranker,
): Promise<{ found: number; of: number; capped: number }> {
  let found = 0;
  let of = 0;
  let cappedOf = 0;
  for (const c of claims) {
    const want = labelled(c, 'supports');
    if (want.length < 2) continue;
    const claim = { articleId: c.article, text: c.claim };
    const first = (await rank(claim)).find((id) => want.includes(id)) ?? want[0]!;
    const rest = want.filter((id) => id !== first);
    const top = (await rank(claim, [first])).slice(0, 3);
    found += rest.filter((id) => top.includes(id)).length;
    of += rest.length;
    cappedOf += Math.min(3, rest.length);
  }
  return { found, of, capped: found / Math.max(1, cappedOf) };
}

const f2 = (n: number) => n.toFixed(2);
const line = (name: string, s: Scores) =>
  `  ${name.padEnd(44)} ${KS.map((k) => f2(s.recall[k])).join('  ')}   ${f2(s.mrr)}`;

const rankers: Record<string, Ranker> = {
  ours: await ourRanker(candidates),
  vectors: await ourRanker(candidates, 'vectors'),
  words: await ourRanker(candidates, 'words'),
  plain: plainRanker(candidates),
};
const NAMES: Record<string, string> = {
  ours: `Corroborate${shipped.model ? ` (${shipped.model.name})` : ', NO MODEL'}`,
  vectors: 'Corroborate, word vectors, no model',
  words: 'Corroborate, words only',
  plain: 'plain MiniSearch',
};
// The shipped model's cosine alone, and every model tried, fused as ours is and alone.
if (shipped.model) rankers['dense'] = await denseRanker(candidates, shipped.model);
NAMES['dense'] = `${shipped.model?.name ?? 'model'} alone (no words)`;
for (const m of tried) {
  rankers[`tried ${m.name}`] = await ourRanker(candidates, 'model', m);
  NAMES[`tried ${m.name}`] = `tried: Corroborate with ${m.name}`;
  rankers[`alone ${m.name}`] = await denseRanker(candidates, m);
  NAMES[`alone ${m.name}`] = `tried: ${m.name} alone`;
}
const WHO = Object.keys(rankers);
const leaveOut = async (make: (pool: EvidenceCandidate[]) => Ranker | Promise<Ranker>) => {
  const byArticle = new Map<string, Ranker>();
  for (const a of articles) byArticle.set(a.id, await make(candidates.filter((s) => s.articleId !== a.id)));
  return (c: FixtureClaim) => byArticle.get(c.article)!;
};
const loao = { ours: await leaveOut((pool) => ourRanker(pool)), plain: await leaveOut(plainRanker) };

const count = (cs: FixtureClaim[]) => cs.reduce((n, c) => n + labelled(c, 'supports').length, 0);
console.log(
  `Evidence ranking: ${dev.length} dev claims (${count(dev)} supporting pairs), ${test.length} test claims (${count(test)} pairs), ${candidates.length} candidate sentences; split by fact (no supporting sentence in both halves)`,
);
console.log(`  ${''.padEnd(44)} recall@1 @3  @5  @10  MRR`);
const results: Record<string, Scores> = {};
for (const [half, claims] of [
  ['dev', dev],
  ['test', test],
] as const) {
  for (const who of WHO) {
    const s = await score(claims, () => rankers[who]!);
    results[`${half} ${who}`] = s;
    console.log(line(`${half} · ${NAMES[who]}`, s));
  }
  for (const who of ['ours', 'plain'] as const) {
    console.log(line(`${half} · ${NAMES[who]}, leave-one-article-out`, await score(claims, loao[who])));
  }
  console.log(
    line(`${half} · best possible`, await score(claims, (c) => async () => labelled(c, 'supports'))),
  );
}
if (results['dev ours']!.misses.length)
  console.log(`  dev misses outside the top 3 (ranks): ${results['dev ours']!.misses.join('; ')}`);
const range = ([lo, hi]: [number, number], sign = false) =>
  sign ? `${lo >= 0 ? '+' : ''}${f2(lo)} to ${hi >= 0 ? '+' : ''}${f2(hi)}` : `${f2(lo)}–${f2(hi)}`;
console.log('  95% intervals (bootstrap over claims, 2,000 draws):');
for (const half of ['dev', 'test'] as const) {
  for (const [who, against] of [
    ['ours', 'plain'],
    ['ours', 'vectors'],
  ] as const) {
    const [ours, other] = [results[`${half} ${who}`]!, results[`${half} ${against}`]!];
    const at = (k: 3 | 10) =>
      `@${k} ${range(interval(ours.byClaim[k]))} (${NAMES[against]} ${range(interval(other.byClaim[k]))}; difference ${range(interval(ours.byClaim[k], other.byClaim[k]), true)})`;
    console.log(`    ${half} · ${NAMES[who]} ${at(3)}, ${at(10)}`);
  }
}

console.log('\nMore like this: link the best-ranked support, then the remaining supports in the top 3');
for (const [half, claims] of [
  ['dev', dev],
  ['test', test],
] as const) {
  for (const who of WHO) {
    const m = await moreLikeThis(claims, rankers[who]!);
    console.log(
      `  ${half} · ${NAMES[who]}: ${m.found} of ${m.of} remaining supports in the top 3 (${f2(m.capped)} of those that fit in 3)`,
    );
  }
}

// Learning: link the labelled evidence of half the claims as a user would, then rank the other half;
// both ways round (A teaches B, B teaches A), with and without learning, in one table.
console.log('\nLearning from links: half the claims linked, the other half ranked (both ways round)');
console.log(`  ${''.padEnd(44)} recall@1 @3  @5  @10  MRR`);
for (const [half, claims] of [
  ['dev', dev],
  ['test', test],
] as const) {
  const a = claims.filter((_, i) => i % 2 === 0);
  const b = claims.filter((_, i) => i % 2 === 1);
  const examples = (cs: FixtureClaim[]) =>
    cs.flatMap((c) => [
      ...labelled(c, 'supports').map((id) => ({
        claim: { articleId: c.article, text: c.claim },
        sentenceId: id,
        relation: 'supports' as const,
      })),
      ...labelled(c, 'contradicts').map((id) => ({
        claim: { articleId: c.article, text: c.claim },
        sentenceId: id,
        relation: 'contradicts' as const,
      })),
    ]);
  const untaught = await ourIndex(candidates);
  const without = await score(
    [...b, ...a],
    () => async (c) => (await untaught.rank(c, { limit: DEPTH })).map((r) => r.id),
  );
  const taught = async (teach: FixtureClaim[]): Promise<Ranker> => {
    const index = await ourIndex(candidates);
    await index.learn(examples(teach));
    return async (c) => (await index.rank(c, { limit: DEPTH })).map((r) => r.id);
  };
  const byA = await taught(a);
  const byB = await taught(b);
  const withLearning = await score([...b, ...a], (c) => (b.includes(c) ? byA : byB));
  // Evidence shared by equivalent claims: a claim of one half is also ranked like the labelled
  // evidence of its equivalents in the other half (what the panel does with "Also claimed in").
  const idfAll = idfOf(candidates.map((c) => c.text));
  const groups = equivalentGroups(
    claims.map((c, i) => ({ id: String(i), articleId: c.article, text: c.claim })),
    idfAll,
  );
  const groupOf = new Map(groups.flatMap((g) => g.map((id) => [Number(id), g.map(Number)] as const)));
  const shared = (c: FixtureClaim) => {
    const i = claims.indexOf(c);
    const teachers = (groupOf.get(i) ?? []).filter(
      (j) => j !== i && (b.includes(c) ? a : b).includes(claims[j]!),
    );
    const like = teachers.flatMap((j) => labelled(claims[j]!, 'supports'));
    return async (q: { articleId: string; text: string }) =>
      (await untaught.rank(q, { limit: DEPTH, like })).map((r) => r.id);
  };
  const withShared = await score([...b, ...a], shared);
  console.log(line(`${half} · without learning`, without));
  console.log(line(`${half} · with learning`, withLearning));
  console.log(line(`${half} · with equivalents' evidence`, withShared));
}

// The Contradicts lane: precision over every claim (a suggestion on a claim with no labelled
// contradiction is a false one), recall over the labelled contradicting sentences.
{
  const index = await ourIndex(candidates);
  const LANE = 3;
  console.log(`\nContradicts lane (top ${LANE} of the sentences bearing on each claim)`);
  for (const [half, claims] of [
    ['dev', dev],
    ['test', test],
  ] as const) {
    let shown = 0;
    let right = 0;
    let labelledCount = 0;
    let found = 0;
    const kinds = new Map<string, number>();
    for (const c of claims) {
      const want = labelled(c, 'contradicts');
      const lane = await index.rankContradictions({ articleId: c.article, text: c.claim }, { limit: LANE });
      shown += lane.length;
      right += lane.filter((r) => want.includes(r.id)).length;
      labelledCount += want.length;
      found += want.filter((id) => lane.some((r) => r.id === id)).length;
      for (const r of lane)
        if (want.includes(r.id)) kinds.set(r.disagreement.kind, (kinds.get(r.disagreement.kind) ?? 0) + 1);
    }
    console.log(
      `  ${half}: precision ${f2(right / Math.max(1, shown))} (${right} of ${shown} shown)   recall ${f2(found / Math.max(1, labelledCount))} (${found} of ${labelledCount} labelled)   right ones by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
    );
  }
}

// Equivalent claims: pairwise precision and recall on labelled claim pairs, by threshold on dev.
{
  const eq = load<{
    dev: Array<{ a: { article: string; text: string }; b: { article: string; text: string }; same: boolean }>;
    test: Array<{
      a: { article: string; text: string };
      b: { article: string; text: string };
      same: boolean;
    }>;
  }>('equivalent-claims.json');
  const idf = idfOf(candidates.map((c) => c.text));
  console.log(
    `\nEquivalent claims (${eq.dev.length} dev, ${eq.test.length} test labelled pairs; threshold ${EQUIVALENT_SIMILARITY})`,
  );
  for (const [half, pairs] of [
    ['dev', eq.dev],
    ['test', eq.test],
  ] as const) {
    // Pairwise: the grouping of the two claims, as the app groups a dossier's claims.
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of pairs) {
      const groups = equivalentGroups(
        [
          { id: 'a', articleId: p.a.article, text: p.a.text },
          { id: 'b', articleId: p.b.article, text: p.b.text },
        ],
        idf,
      );
      const said = groups.length > 0;
      if (said && p.same) tp++;
      else if (said) fp++;
      else if (p.same) fn++;
    }
    console.log(
      `  ${half}: precision ${f2(tp / Math.max(1, tp + fp))}   recall ${f2(tp / Math.max(1, tp + fn))}`,
    );
  }
}

// Independence judgement on labelled source pairs.
{
  const pairs = load<PairFixture>('independence-pairs.json').pairs;
  const sentenceOf = (p: { article: string; text: string }): JudgedSentence => {
    const a = articles.find((x) => x.id === p.article)!;
    return {
      id: p.text,
      articleId: p.article,
      outlet: a.parsed.outlet ?? '',
      credits: a.parsed.credits,
      text: p.text,
    };
  };
  const reasons: DependenceReason[] = ['same-outlet', 'same-wire', 'shared-wording', 'shared-attribution'];
  const tally = new Map(reasons.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  let exact = 0;
  let verdicts = 0;
  const wrong: string[] = [];
  for (const p of pairs) {
    const said = dependence(sentenceOf(p.a), sentenceOf(p.b));
    for (const r of reasons) {
      const t = tally.get(r)!;
      if (said.includes(r) && p.reasons.includes(r)) t.tp++;
      else if (said.includes(r)) t.fp++;
      else if (p.reasons.includes(r)) t.fn++;
    }
    if ((said.length === 0) === (p.reasons.length === 0)) verdicts++;
    if (said.length === p.reasons.length && said.every((r) => p.reasons.includes(r))) exact++;
    else
      wrong.push(
        `${p.a.text.slice(0, 40)}… / ${p.b.text.slice(0, 40)}…: said [${said}], labelled [${p.reasons}]`,
      );
  }
  console.log(`\nIndependence on ${pairs.length} labelled source pairs`);
  console.log(
    `  dependent or independent right: ${verdicts}/${pairs.length}; every reason right: ${exact}/${pairs.length}`,
  );
  for (const [r, t] of tally)
    console.log(
      `  ${r.padEnd(19)} precision ${f2(t.tp / Math.max(1, t.tp + t.fp))}  recall ${f2(t.tp / Math.max(1, t.tp + t.fn))}  (${t.tp + t.fn} labelled)`,
    );
  for (const w of wrong) console.log(`  wrong: ${w}`);
}
