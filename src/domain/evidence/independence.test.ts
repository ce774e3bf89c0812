import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributions, dependence, judgeEvidence, type JudgedSentence, type LinkForCount } from '.';
import { displayOrder } from './independence';

const sentence = (
  id: string,
  articleId: string,
  outlet: string,
  text: string,
  credits: string[] = [],
  start = 0,
): JudgedSentence => ({ id, articleId, outlet, text, credits, start });
const supports = (s: JudgedSentence): LinkForCount => ({ ...s, relation: 'supports' });
const contradicts = (s: JudgedSentence): LinkForCount => ({ ...s, relation: 'contradicts' });

describe('dependence', () => {
  const lankov =
    'Andrei Lankov, a North Korea expert at Kookmin University in Seoul, told AFP that the meeting was part of Moscow’s “gentle diplomatic blackmail” of Seoul.';
  it.each([
    [
      'two sentences of one article',
      sentence('1', 'a', '', 'Kim met Putin.'),
      sentence('2', 'a', '', 'Shoigu came.'),
      ['same-article'],
    ],
    [
      'two Guardian articles',
      sentence('1', 'a', 'The Guardian', 'Kim met Putin.'),
      sentence('2', 'b', 'the guardian', 'Shoigu came.'),
      ['same-outlet'],
    ],
    [
      'one outlet under two names',
      sentence('1', 'a', 'The Guardian - AU', 'Kim met Putin.'),
      sentence('2', 'b', 'The Guardian', 'Shoigu came.'),
      ['same-outlet'],
    ],
    [
      'unknown outlets are never the same outlet',
      sentence('1', 'a', '', 'Kim met Putin.'),
      sentence('2', 'b', 'Unknown outlet', 'Shoigu came.'),
      [],
    ],
    [
      'a story built on AFP copy and an AFP article',
      sentence('1', 'a', 'The Guardian', 'Kim met Putin.', ['With Agence France-Presse and Reuters']),
      sentence('2', 'b', 'AFP', 'Shoigu came.'),
      ['same-wire'],
    ],
    [
      'two papers printing one news service',
      sentence('1', 'a', 'Deccan Herald', 'Kim met Putin.', ['New York Times News Service']),
      sentence('2', 'b', '', 'Shoigu came.', ['New York Times News Service']),
      ['same-wire'],
    ],
    [
      'the same wire copy reprinted',
      sentence('1', 'a', 'The Guardian', lankov),
      sentence('2', 'b', 'AFP', lankov.replace('the meeting', 'the upcoming meeting')),
      ['shared-wording', 'shared-attribution'],
    ],
    [
      'two reports of what one spokesman said',
      sentence(
        '1',
        'a',
        'The Guardian',
        'The talks lasted two hours, said Kremlin spokesperson Dmitry Peskov.',
      ),
      sentence('2', 'b', 'AFP', 'Peskov said the leaders would meet again next month.'),
      ['shared-attribution'],
    ],
    [
      'independent reports of one fact',
      sentence('1', 'a', 'The Guardian', 'The two leaders’ talks lasted for about two hours.'),
      sentence('2', 'b', 'AFP', 'The leaders held discussions which ended after more than two hours.'),
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
  const claim = sentence(
    'claim',
    'g1',
    'The Guardian',
    'Kim was poised to offer the Kremlin artillery shells.',
    ['With Agence France-Presse and Reuters'],
  );
  // The scenario: two sentences each from two unknown-outlet articles.
  const scenario = [
    supports(sentence('u1a', 'u1', '', 'Russia is interested in the stockpile of shells.', [], 10)),
    supports(sentence('u1b', 'u1', '', 'Rocket launchers and shells could be supplied.', [], 90)),
    supports(
      sentence(
        'u2a',
        'u2',
        '',
        'Kim has agreed to supply munitions, officials believe.',
        ['New York Times News Service'],
        5,
      ),
    ),
    supports(
      sentence(
        'u2b',
        'u2',
        '',
        'North Korea is one of the few countries willing to supply weapons.',
        ['New York Times News Service'],
        60,
      ),
    ),
  ];

  it('counts articles, not sentences: four sentences from two articles are two sources', () => {
    const r = judgeEvidence(claim, scenario);
    expect(r).toMatchObject({ independentSupport: 2, support: 4, contradict: 0, independentContradict: 0 });
    const byId = new Map(r.links.map((l) => [l.id, l]));
    expect(byId.get('u1a')!.independent).toBe(true);
    expect(byId.get('u1b')!.dependsOn[0]).toEqual({ reason: 'same-article', on: 'u1a' });
    const nyt = r.sources.find((s) => s.articleId === 'u2')!;
    expect(nyt).toMatchObject({ outlet: 'The New York Times', outletFromCredit: true, counts: true });
    expect(r.sources.find((s) => s.articleId === 'u1')!.outlet).toBeNull();
  });

  it('does not count support from the claim’s wire, outlet or wording, and groups sources on one wire', () => {
    const r = judgeEvidence(claim, [
      supports(sentence('afp', 'x1', 'AFP', 'Russia will seek shells from Pyongyang.')),
      supports(sentence('gdn', 'x2', 'The Guardian - AU', 'Shells were on the agenda.')),
      supports(sentence('nyt1', 'x3', 'The New York Times', 'Kim has agreed to supply munitions.')),
      supports(
        sentence('nyt2', 'x4', 'Deccan Herald', 'Kim agreed to send munitions, it was reported.', [
          'New York Times News Service',
        ]),
      ),
      contradicts(sentence('tass', 'x5', 'TASS', 'Moscow denied any arms deal.')),
      contradicts(sentence('tass2', 'x6', 'Izvestia', 'The Kremlin denied an arms deal.', ['TASS'])),
    ]);
    expect(r.independentSupport).toBe(1);
    expect(r.independentContradict).toBe(1);
    expect(r.contradict).toBe(2);
    const byArticle = new Map(r.sources.map((s) => [s.articleId, s]));
    expect(byArticle.get('x1')!.dependsOn).toEqual([{ reason: 'same-wire', on: 'claim', detail: 'AFP' }]);
    expect(byArticle.get('x2')!.dependsOn).toEqual([
      { reason: 'same-outlet', on: 'claim', detail: 'The Guardian' },
    ]);
    expect(byArticle.get('x3')!.counts).toBe(true);
    expect(byArticle.get('x4')!.dependsOn).toEqual([
      { reason: 'same-wire', on: 'nyt1', detail: 'The New York Times' },
    ]);
  });

  it('is zero with no links', () => {
    expect(judgeEvidence(claim, [])).toMatchObject({
      independentSupport: 0,
      support: 0,
      contradict: 0,
      sources: [],
      links: [],
    });
  });

  it('never depends on the order the links were made in', () => {
    const pool = [
      ...scenario,
      supports(sentence('afp', 'x1', 'AFP', 'Russia will seek shells from Pyongyang.')),
      supports(sentence('r1', 'x7', 'Reuters', 'Shells are wanted, said Peskov.')),
      supports(sentence('r2', 'x8', 'Le Monde', 'Peskov said shells are wanted by Moscow.')),
      supports(sentence('i1', 'x9', 'Yonhap', 'Seoul’s spy agency reports ammunition moving north.')),
      contradicts(sentence('c1', 'x5', 'TASS', 'Moscow denied any arms deal.')),
      contradicts(sentence('c2', 'u1', '', 'Pyongyang rejected the reports as absurd.', [], 200)),
    ];
    const base = judgeEvidence(claim, pool);
    const summary = (r: typeof base) =>
      JSON.stringify({
        counts: [r.independentSupport, r.independentContradict, r.support, r.contradict],
        sources: r.sources,
        links: [...r.links].sort((a, b) => (a.id < b.id ? -1 : 1)),
      });
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 0 }), fc.infiniteStream(fc.nat()), (subset, seeds) => {
        const expected = summary(judgeEvidence(claim, subset));
        const shuffled = [...subset];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = seeds.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(summary(judgeEvidence(claim, shuffled))).toBe(expected);
      }),
      { numRuns: 300 },
    );
    expect(base.independentSupport).toBeLessThanOrEqual(new Set(pool.map((l) => l.articleId)).size);
  });

  it('never counts more sources than there are other articles', () => {
    const arb = fc.array(
      fc.record({
        article: fc.constantFrom('a', 'b', 'c', 'd'),
        outlet: fc.constantFrom('', 'AFP', 'The Guardian', 'Reuters', 'Unknown outlet'),
        text: fc.constantFrom(
          'Shells went north.',
          'Kim said it was so.',
          'Munitions were sent by rail.',
          'A deal was struck.',
        ),
        relation: fc.constantFrom('supports' as const, 'contradicts' as const),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (links) => {
        const r = judgeEvidence(
          sentence('c', 'z', 'The Times', 'The claim.'),
          links.map((l, i) => ({
            ...sentence(`l${i}`, l.article, l.outlet, l.text, [], i),
            relation: l.relation,
          })),
        );
        const articles = (rel: string) =>
          new Set(links.filter((l) => l.relation === rel).map((l) => l.article)).size;
        expect(r.independentSupport).toBeLessThanOrEqual(articles('supports'));
        expect(r.independentContradict).toBeLessThanOrEqual(articles('contradicts'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('displayOrder', () => {
  it('lists links as they were made, ties by id', () => {
    const l = (id: string, createdAt: number) => ({ id, createdAt });
    expect(displayOrder([l('b', 2), l('c', 1), l('a', 2)]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('a reprint and its original', () => {
  it("counts the wire's own copy, not the paper that reprints it, whatever the canonical order", () => {
    const claim = sentence('c', 'claim', 'The New York Times', 'Kim arrived by armoured train.');
    const paragraph = 'Kim Jong Un arrived at the Vostochny cosmodrome by armoured train on Wednesday.';
    // The Guardian's article ("a…") sorts before AFP's ("z…"); it credits AFP for the paragraph.
    const reprint = sentence('g', 'a-guardian', 'The Guardian', paragraph, ['With Agence France-Presse']);
    const original = sentence('f', 'z-afp', 'AFP', paragraph);
    for (const links of [
      [supports(reprint), supports(original)],
      [supports(original), supports(reprint)],
    ]) {
      const judged = judgeEvidence(claim, links);
      expect(judged.independentSupport).toBe(1);
      const counting = judged.sources.filter((s) => s.counts);
      expect(counting.map((s) => s.articleId)).toEqual(['z-afp']);
      // Listed first, and the reprint names the original as what it repeats.
      expect(judged.sources.map((s) => s.articleId)).toEqual(['z-afp', 'a-guardian']);
      const guardian = judged.sources.find((s) => s.articleId === 'a-guardian')!;
      expect(guardian.dependsOn.map((d) => d.on)).toContain('f');
    }
    // Control: two papers with no agency among them keep the first in canonical order.
    const other = sentence('t', 'z-times', 'The Times', paragraph, ['With Agence France-Presse']);
    const judged = judgeEvidence(claim, [supports(reprint), supports(other)]);
    expect(judged.sources.filter((s) => s.counts).map((s) => s.articleId)).toEqual(['a-guardian']);
  });
});
