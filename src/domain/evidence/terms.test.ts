import { describe, expect, it } from 'vitest';
import { stem, stems, terms, termsWithCase } from './terms';

describe('terms', () => {
  it('maps one state’s names to one term, and leaves other words stemmed', () => {
    expect(terms('Moscow, the Kremlin and Russian officials')).toEqual([
      'russia',
      'russia',
      'russia',
      'offici',
    ]);
    expect(terms('the US and the State Department')).toEqual(['usa', 'usa']);
    expect(terms('let us see')).toEqual(['let', 'see']);
    expect(terms('Kim Jong-un')).toEqual(terms('Kim Jong Un'));
  });

  it('reads “UN” in capitals as the United Nations, not the last syllable of a name', () => {
    expect(terms('UN resolutions')).toEqual(terms('United Nations resolutions'));
    expect(terms('Kim Jong Un')).not.toContain(terms('UN')[0]);
  });

  it('joins word forms and British and American spellings', () => {
    const same = [
      ['cooperation', 'cooperate'],
      ['announced', 'announcements'],
      ['armoured', 'armored'],
      ['characterise', 'characterize'],
      ['defence', 'defense'],
      ['travelled', 'traveled'],
    ];
    for (const [a, b] of same) expect(stem(a!), `${a} / ${b}`).toBe(stem(b!));
    expect(stem('shells')).not.toBe(stem('artillery'));
  });

  it('keeps numbers as words, drops stopwords', () => {
    expect(stems('the 19 months of the war')).toEqual(['19', 'month', 'war']);
  });

  it('marks words inside proper names', () => {
    const t = termsWithCase('The leaders met Vladimir Putin on artillery shells');
    expect(t.filter((x) => x.name).map((x) => x.term)).toEqual(['vladimir', 'putin']);
    expect(t.find((x) => x.term === 'leader')!.name).toBe(false);
  });
});
