import { describe, expect, it } from 'vitest';
import { claimSimilarity, equivalentGroups, idfOf } from './equivalence';

/** Made-up claims about a made-up summit. */
const sentences = [
  'The ministers of Atlantis and Borealis met on Friday.',
  'Atlantis will buy torpedo boats from Borealis, officials said.',
  'Borealis denied it would sell weapons.',
  'The summit was held at the old naval base.',
  'Weather was fine on Friday.',
];
const idf = idfOf(sentences);

describe('equivalent claims', () => {
  it('scores a reprint or paraphrase of one fact above another claim on the same topic', () => {
    const a = 'Atlantis will buy torpedo boats from Borealis';
    expect(claimSimilarity(a, 'Atlantis is to buy torpedo boats from Borealis', idf)).toBeGreaterThan(0.6);
    expect(claimSimilarity(a, 'Borealis denied it would sell weapons', idf)).toBeLessThan(0.25);
    expect(claimSimilarity(a, a, idf)).toBeCloseTo(1);
  });

  it('groups claims that state the same thing across articles (two of one article join through a third) and leaves the rest alone', () => {
    const groups = equivalentGroups(
      [
        { id: 'c1', articleId: 'x', text: 'Atlantis will buy torpedo boats from Borealis' },
        { id: 'c2', articleId: 'y', text: 'Atlantis is to buy torpedo boats from Borealis, officials said' },
        {
          id: 'c3',
          articleId: 'z',
          text: 'Officials said Atlantis would buy the torpedo boats from Borealis',
        },
        { id: 'c4', articleId: 'x', text: 'Atlantis will buy torpedo boats from Borealis soon' },
        { id: 'c5', articleId: 'y', text: 'The summit was held at the old naval base' },
      ],
      idf,
    );
    expect(groups.map((g) => [...g].sort())).toEqual([['c1', 'c2', 'c3', 'c4']]);
  });
});
