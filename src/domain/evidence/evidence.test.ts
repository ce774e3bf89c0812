import { describe, expect, it } from 'vitest';
import {
  attributions,
  createEvidenceIndex,
  dependence,
  judgeEvidence,
  terms,
  type EvidenceCandidate,
} from '.';

const c = (id: string, articleId: string, outlet: string, text: string): EvidenceCandidate => ({
  id,
  articleId,
  outlet,
  text,
});

const sentences = [
  c('a1', 'a', 'The Guardian', 'Russia’s defence minister, Sergei Shoigu, attended the talks.'),
  c(
    'b1',
    'b',
    'AFP',
    'The Russian Ministers of Defense, Sergei Shoigu, and of Foreign Affairs participated in the discussions.',
  ),
  c('b2', 'b', 'AFP', 'The White House warned that North Korea would pay a price.'),
  c('c1', 'c', '', 'The Kremlin said the weaponry would not be discussed.'),
  c('c2', 'c', '', 'Kim Jong Un arrived by armoured train on Tuesday.'),
];

describe('terms', () => {
  it('maps actors, spellings and near-synonyms to one term each', () => {
    expect(terms('Moscow, the Kremlin and Russian officials')).toEqual([
      'russia',
      'russia',
      'russia',
      'official',
    ]);
    expect(terms('Kim Jong-un')).toEqual(terms('Kim Jong Un'));
    expect(terms('weapons, weaponry, munitions, shells')).toEqual(['arms', 'arms', 'arms', 'arms']);
    expect(terms('the US and the State Department')).toEqual(['usa', 'usa']);
    expect(terms('let us see')).toEqual(['let', 'see']);
  });
});

describe('createEvidenceIndex', () => {
  const index = createEvidenceIndex(sentences);

  it('never returns sentences of the claim’s own article', () => {
    const ranked = index.rank({ articleId: 'b', text: 'Sergei Shoigu participated in the discussions' });
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((r) => !r.id.startsWith('b'))).toBe(true);
  });

  it('sees through paraphrase: other spellings, actor names and synonyms', () => {
    expect(index.rank({ articleId: 'a', text: 'Shoigu attended the defence talks' })[0]!.id).toBe('b1');
    expect(index.rank({ articleId: 'x', text: 'Moscow refused to talk about munitions' })[0]!.id).toBe('c1');
    expect(index.rank({ articleId: 'x', text: 'Kim Jong-un came on an armored train' })[0]!.id).toBe('c2');
    expect(index.rank({ articleId: 'x', text: 'Washington threatened Pyongyang' })[0]!.id).toBe('b2');
  });

  it('ranks best first, honours the limit, and returns nothing for an empty claim', () => {
    const ranked = index.rank({ articleId: 'x', text: 'Shoigu defence Kremlin weapons' }, { limit: 2 });
    expect(ranked).toHaveLength(2);
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(ranked[1]!.score);
    expect(index.rank({ articleId: 'x', text: '   ' })).toEqual([]);
  });
});

describe('dependence', () => {
  const lankov =
    'Andrei Lankov, a North Korea expert at Kookmin University in Seoul, told AFP that the meeting was part of Moscow’s “gentle diplomatic blackmail” of Seoul.';
  it.each([
    [
      'two Guardian articles',
      c('1', 'a', 'The Guardian', 'Kim met Putin.'),
      c('2', 'b', 'the guardian', 'Shoigu attended.'),
      ['same-outlet'],
    ],
    [
      'one outlet under two names',
      c('1', 'a', 'The Guardian - AU', 'Kim met Putin.'),
      c('2', 'b', 'The Guardian', 'Shoigu attended.'),
      ['same-outlet'],
    ],
    [
      'unknown outlets are never the same outlet',
      c('1', 'a', '', 'Kim met Putin.'),
      c('2', 'b', '', 'Shoigu attended.'),
      [],
    ],
    [
      'the same wire copy reprinted',
      c('1', 'a', 'The Guardian', lankov),
      c('2', 'b', 'AFP', lankov.replace('the meeting', 'the upcoming meeting')),
      ['shared-wording', 'shared-attribution'],
    ],
    [
      'two reports of what one spokesman said',
      c('1', 'a', 'The Guardian', 'The talks lasted two hours, said Kremlin spokesperson Dmitry Peskov.'),
      c('2', 'b', 'AFP', 'Peskov said the leaders would meet again next month.'),
      ['shared-attribution'],
    ],
    [
      'independent reports of one fact',
      c('1', 'a', 'The Guardian', 'The two leaders’ talks lasted for about two hours.'),
      c('2', 'b', 'AFP', 'The leaders held discussions which ended after more than two hours.'),
      [],
    ],
  ])('%s', (_name, a, b, reasons) => {
    expect(dependence(a, b)).toEqual(reasons);
  });

  it('finds named sources on either side of the verb', () => {
    expect(attributions('“It is troubling,” state department spokesperson Matthew Miller said.')).toEqual(
      new Set(['miller']),
    );
    expect([...attributions('The two discussed it, said Kremlin spokesperson Dmitry Peskov.')]).toContain(
      'peskov',
    );
    expect(attributions('He said it was possible.')).toEqual(new Set());
  });
});

describe('judgeEvidence', () => {
  const claim = c('claim', 'a', 'The Guardian', 'Shoigu attended the talks.');
  it('counts independent supporting sources, not links', () => {
    const result = judgeEvidence(claim, [
      {
        ...c(
          'l1',
          'b',
          'AFP',
          'The defence minister Sergei Shoigu took part in the discussions at Vostochny.',
        ),
        relation: 'supports',
      },
      // The same AFP copy again, in another paper: not a second source.
      {
        ...c(
          'l2',
          'd',
          'Le Monde',
          'The defence minister Sergei Shoigu took part in the discussions at Vostochny.',
        ),
        relation: 'supports',
      },
      // Same outlet as the claim.
      { ...c('l3', 'e', 'The Guardian', 'Shoigu sat beside Putin.'), relation: 'supports' },
      { ...c('l4', 'f', 'TASS', 'Shoigu was in Moscow that day.'), relation: 'contradicts' },
    ]);
    expect(result).toMatchObject({ independentSupport: 1, support: 3, contradict: 1 });
    const byId = new Map(result.links.map((l) => [l.id, l]));
    expect(byId.get('l1')!.independent).toBe(true);
    expect(byId.get('l2')!.dependsOn).toContainEqual({ reason: 'shared-wording', on: 'l1' });
    expect(byId.get('l3')!.dependsOn).toContainEqual({ reason: 'same-outlet', on: 'claim' });
    expect(byId.get('l4')!.independent).toBe(false);
  });
  it('is zero with no links', () => {
    expect(judgeEvidence(claim, [])).toEqual({ independentSupport: 0, support: 0, contradict: 0, links: [] });
  });
});

describe('rankDenials', () => {
  it('finds a denial that bears on the claim even when it shares few words', () => {
    const index = createEvidenceIndex([
      c('x1', 'x', 'AFP', 'Moscow and Pyongyang have denied North Korea will supply arms to Russia.'),
      c('x2', 'x', 'AFP', 'Russia is willing to supply weapons to many countries in the region.'),
      c('y1', 'y', 'AFP', 'The ministry denied the report about the weather.'),
    ]);
    const ranked = index.rankDenials({
      articleId: 'z',
      text: 'North Korea is willing to supply Russia with weapons.',
    });
    expect(ranked.map((r) => r.id)).toEqual(['x1']);
    expect(index.rankDenials({ articleId: 'x', text: 'North Korea supplies arms' })).toEqual([]);
  });
});
