import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * Runs the W3C's own Web Annotation conformance assertions (web-platform-tests annotation-model, in
 * ../shared/conformance: read there, never copied) on a document, as WPT's runner did with Ajv: each
 * assertion is a JSON Schema (draft-04) with an assertion type (must / should / may) and an expected
 * result; it passes when the schema's verdict is the expected one.
 */
const SUITE = join('conformance', 'w3c-annotation-model');
/**
 * Where the shared files are: CORROBORATE_SHARED when set, else `../shared` beside the checkout (as
 * on every developer's machine and in CI), else the workplace's `/work/shared` (for a clone made in a
 * temporary folder).
 */
export const SUITE_DIR =
  [process.env.CORROBORATE_SHARED, join(import.meta.dirname, '..', '..', '..', 'shared'), '/work/shared']
    .filter((d): d is string => Boolean(d))
    .map((d) => join(d, SUITE))
    .find((d) => existsSync(d)) ?? join(import.meta.dirname, '..', '..', '..', 'shared', SUITE);

interface Assertion {
  file: string;
  assertionType: 'must' | 'should' | 'may';
  expectedResult: 'valid' | 'invalid';
  title: string;
  validate: (doc: unknown) => boolean;
}

export interface SuiteResult {
  must: { passed: number; total: number };
  should: { passed: number; total: number };
  may: { passed: number; total: number };
  /** The assertions that failed, by type and file. */
  failed: Array<{ type: 'must' | 'should' | 'may'; file: string; title: string }>;
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function makeAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  const defs = join(SUITE_DIR, 'definitions');
  for (const f of readdirSync(defs)) ajv.addSchema(json(join(defs, f)));
  return ajv;
}

/** The assertions of one `.test` file of the suite ("annotations/annotationMusts.test"). */
export function loadTest(testFile: string): Assertion[] {
  const ajv = makeAjv();
  const test = json(join(SUITE_DIR, testFile)) as { assertions: string[] };
  return test.assertions.map((file) => {
    const schema = json(join(SUITE_DIR, file));
    // Each schema's id is its bare file name, so "id.json#/…" resolves to the definitions.
    const validate = ajv.getSchema(String(schema.id)) ?? ajv.compile(schema);
    return {
      file,
      assertionType: (schema.assertionType as Assertion['assertionType']) ?? 'must',
      expectedResult: (schema.expectedResult as Assertion['expectedResult']) ?? 'valid',
      title: String(schema.title ?? file),
      validate: (doc) => validate(doc) === true,
    };
  });
}

/** Runs the assertions of the given `.test` files on one document. */
export function runSuite(assertions: readonly Assertion[], doc: unknown, into?: SuiteResult): SuiteResult {
  const r: SuiteResult = into ?? {
    must: { passed: 0, total: 0 },
    should: { passed: 0, total: 0 },
    may: { passed: 0, total: 0 },
    failed: [],
  };
  for (const a of assertions) {
    const ok = a.validate(doc) === (a.expectedResult === 'valid');
    r[a.assertionType].total++;
    if (ok) r[a.assertionType].passed++;
    else r.failed.push({ type: a.assertionType, file: a.file, title: a.title });
  }
  return r;
}
