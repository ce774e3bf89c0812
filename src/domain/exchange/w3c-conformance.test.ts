import { describe, expect, it } from 'vitest';
import { articles, categories, claims, links } from '../../testing/exchange-fixtures';
import { recordUnitTrust } from '../../testing/trust-figures';
import { loadTest, runSuite, type SuiteResult } from '../../testing/w3c-annotation-suite';
import { toWebAnnotations } from './web-annotation';

/**
 * Our Web Annotation export against the W3C's own annotation-model conformance assertions
 * (../shared/conformance/w3c-annotation-model): every MUST, and the SHOULDs that apply to what we
 * export (creator, created and modified, body format and language, collection and page ids).
 */
const doc = toWebAnnotations(
  claims,
  links.map((l) => ({ ...l, createdAt: Date.UTC(2026, 10, 23, 11), updatedAt: Date.UTC(2026, 10, 23, 12) })),
  new Map(articles.map((a) => [a.id, a])),
  categories,
  { creator: { type: 'Person', name: 'Ana Editor' } },
) as { first: { items: unknown[] } };
// An annotation inside a collection inherits its @context; alone, it states it (as WPT's runner took it).
const annotations = doc.first.items.map((a) => ({
  '@context': (doc as Record<string, unknown>)['@context'],
  ...(a as object),
}));

function run(tests: string[], docs: unknown[]): SuiteResult {
  const assertions = tests.flatMap((t) => loadTest(t));
  const result: SuiteResult = {
    must: { passed: 0, total: 0 },
    should: { passed: 0, total: 0 },
    may: { passed: 0, total: 0 },
    failed: [],
  };
  for (const d of docs) runSuite(assertions, d, result);
  return result;
}

/** The SHOULD assertions that apply to what Corroborate exports: each must pass on every annotation. */
const APPLICABLE_SHOULDS = [
  'annotations/3.3.1-annotationSingleCreatorImplemented.json',
  'annotations/3.3.1-annotationCreatedImplemented.json',
  'annotations/3.3.1-annotationModifiedImplemented.json',
  'annotations/3.3.5-annotationSingleMotivationImplemented.json',
  'annotations/bodiesTargets/3.2.1-bodySingleFormat.json',
  'annotations/bodiesTargets/3.2.1-bodySingleLanguage.json',
  'annotations/3.3.2-annotationCreatorAgentTypeImplemented.json',
  'annotations/3.3.2-annotationCreatorAgentSingleNameImplemented.json',
];

describe('W3C Web Annotation conformance (annotation-model suite)', () => {
  it('passes every MUST of every annotation, and the SHOULDs that apply', () => {
    const musts = run(['annotations/annotationMusts.test'], annotations);
    expect(musts.failed).toEqual([]);
    expect(musts.must.total).toBe(54 * annotations.length);
    const optional = run(
      ['annotations/annotationOptionals.test', 'annotations/annotationsAgentOptionals.test'],
      annotations,
    );
    const failedShoulds = new Set(optional.failed.filter((f) => f.type === 'should').map((f) => f.file));
    for (const file of APPLICABLE_SHOULDS) expect(failedShoulds, file).not.toContain(file);
    const collection = run(['collections/collectionMusts.test'], [doc]);
    const page = run(
      ['collections/pages/pageMusts.test'],
      [{ '@context': (doc as Record<string, unknown>)['@context'], ...doc.first }],
    );
    const optionalContainers = run(
      ['collections/collectionOptionals.test', 'collections/pages/pageOptionals.test'],
      [doc],
    );
    recordUnitTrust('w3c', {
      must: {
        passed: musts.must.passed + collection.must.passed + page.must.passed,
        total: musts.must.total + collection.must.total + page.must.total,
      },
      should: {
        passed: optional.should.passed + optionalContainers.should.passed,
        total: optional.should.total + optionalContainers.should.total,
      },
    });
    console.log(
      `W3C annotation-model: ${annotations.length} annotations, MUST ${musts.must.passed}/${musts.must.total}, SHOULD ${optional.should.passed}/${optional.should.total} (unmet: ${[...failedShoulds].map((f) => f.split('/').pop()).join(', ') || 'none'})`,
    );
  });

  it('gives the collection and its page an id, and passes every collection and page MUST', () => {
    const collection = run(['collections/collectionMusts.test'], [doc]);
    expect(collection.failed).toEqual([]);
    const page = run(
      ['collections/pages/pageMusts.test'],
      [{ '@context': (doc as Record<string, unknown>)['@context'], ...doc.first }],
    );
    expect(page.failed).toEqual([]);
    expect(collection.must.total + page.must.total).toBe(25);
  });

  it('would catch the missing id the export once had', () => {
    const { id: _id, ...withoutId } = doc as Record<string, unknown>;
    const r = run(['collections/collectionMusts.test'], [withoutId]);
    expect(r.failed.map((f) => f.file)).toContain('collections/5.1-collectionIdValidated.json');
  });
});
