import { describe, expect, it } from 'vitest';
import { createEvidenceIndex, type EvidenceCandidate } from '.';
import { fitPairwise } from './learning';
import { shippedWordVectors } from '../../testing/word-vectors';

describe('fitPairwise', () => {
  it('keeps the prior with no pairs, and moves towards a feature that separates the pairs', async () => {
    expect(fitPairwise([], [1, 0])).toEqual([1, 0]);
    const pairs = Array.from({ length: 20 }, () => ({ better: [0.5, 1], worse: [0.6, 0] }));
    const w = fitPairwise(pairs, [1, 0], 0.01);
    expect(w[1]!).toBeGreaterThan(0.5);
    // A strong prior holds the weights near the base ranking.
    expect(fitPairwise(pairs, [1, 0], 10)[1]!).toBeLessThan(w[1]!);
  });
});

/** Made-up sentences: in every story, the sentence that repeats the claim's figure is the evidence. */
const s = (id: string, articleId: string, text: string, outlet = ''): EvidenceCandidate => ({
  id,
  articleId,
  outlet,
  text,
});
const dossier: EvidenceCandidate[] = [];
const claims: Array<{ articleId: string; text: string; right: string; wrong: string }> = [];
['ferries', 'trucks', 'barges', 'trains', 'planes', 'drones'].forEach((thing, i) => {
  const n = 11 + i * 7;
  dossier.push(
    s(
      `${thing}-wrong`,
      `w${i}`,
      `Officials in the port discussed ${thing} and ${thing} again, ${thing} for the harbour.`,
    ),
    s(`${thing}-right`, `r${i}`, `The count of ${n} was confirmed by the port authority.`),
  );
  claims.push({
    articleId: `c${i}`,
    text: `The port sent ${n} ${thing} to the harbour.`,
    right: `${thing}-right`,
    wrong: `${thing}-wrong`,
  });
});

describe('learn', () => {
  it('learns from links and dismissals across claims, and ranks the claims that follow by it', async () => {
    const index = createEvidenceIndex(dossier);
    const last = claims[claims.length - 1]!;
    const before = (await index.rank(last, { limit: 10 })).map((r) => r.id);
    expect(before.indexOf(last.wrong)).toBeLessThan(before.indexOf(last.right));
    await index.learn(
      claims.slice(0, -1).flatMap((c) => [
        { claim: c, sentenceId: c.right, relation: 'supports' as const },
        { claim: c, sentenceId: c.wrong, relation: 'dismissed' as const },
      ]),
    );
    expect(index.weights()['shared numbers']).toBeGreaterThan(0);
    const after = (await index.rank(last, { limit: 10 })).map((r) => r.id);
    expect(after.indexOf(last.right)).toBeLessThan(after.indexOf(last.wrong));
    // Forgetting returns the base ranking.
    await index.learn([]);
    expect((await index.rank(last, { limit: 10 })).map((r) => r.id)).toEqual(before);
  });

  it('learns again from what it kept as from scratch: after more links, a grown dossier, vectors given late', async () => {
    const base = claims.slice(0, -1).flatMap((c) => [
      { claim: c, sentenceId: c.right, relation: 'supports' as const },
      { claim: c, sentenceId: c.wrong, relation: 'dismissed' as const },
    ]);
    // One sentence linked to two claims: for each, it is now linked elsewhere too.
    const examples = [
      ...base,
      { claim: claims[0]!, sentenceId: claims[1]!.right, relation: 'supports' as const },
    ];
    const whole = createEvidenceIndex(dossier);
    await whole.learn(examples);
    // A second learning reuses each claim's candidates, read the first time, with the links as they are now.
    const again = createEvidenceIndex(dossier);
    await again.learn(base);
    await again.learn(examples);
    expect(again.weights()).toEqual(whole.weights());
    // Half the stories arrive after a first learning: their sentences are candidates the next time.
    const grown = createEvidenceIndex(dossier.slice(0, 6));
    await grown.learn(examples);
    grown.add(dossier.slice(6));
    await grown.learn(examples);
    expect(grown.weights()).toEqual(whole.weights());
    // Word vectors given after a first learning: the next one reads the candidates' meaning too.
    const late = createEvidenceIndex(dossier);
    await late.learn(examples);
    late.useVectors(shippedWordVectors());
    await late.learn(examples);
    const early = createEvidenceIndex(dossier);
    early.useVectors(shippedWordVectors());
    await early.learn(examples);
    expect(late.weights()).toEqual(early.weights());
    expect(early.weights()).not.toEqual(whole.weights());
  });
});
