/**
 * Two tabs make 100 interleaved edits (inline verdict changes, alternating tabs, on ten claims): in
 * the end both tabs show the same, the database holds every tab's last word, and no edit was lost
 * (each claim's revision counts every write made to it).
 */
import { CodePointIndex } from '../src/domain/code-points';
import { parseArticle } from '../src/domain/parse-article';
import { bundledArticleFiles } from '../src/testing/articles';
import { claimRows, expect, openApp, storedClaims, test, type Page } from './fixtures';
import { recordTrust } from './trust';

const EDITS = 100;
const CLAIMS = 10;

/** Ten sentences of the AFP article, as a Web Annotation file another tool could have written. */
function tenClaims(): { doc: object; texts: string[] } {
  const all = bundledArticleFiles().map(({ raw }) => parseArticle(raw));
  const a = all[3]!;
  const idx = new CodePointIndex(a.text);
  // Sentences found once in the dossier: a quote another article reprints could not be placed.
  const once = (t: string) => all.filter((x) => x.text.includes(t)).length === 1;
  const picked = a.sentences.filter((s) => once(idx.slice(s.start, s.end))).slice(0, CLAIMS);
  const texts = picked.map((s) => idx.slice(s.start, s.end));
  const items = picked.map((s, i) => ({
    id: `https://other.example/anno/${i}`,
    type: 'Annotation',
    motivation: 'assessing',
    body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Unverified' }],
    target: {
      source: 'https://other.example/afp',
      selector: [
        { type: 'TextQuoteSelector', exact: texts[i], prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: s.start, end: s.end },
      ],
    },
  }));
  return { doc: { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }, texts };
}

function verdictOf(page: Page, text: string) {
  return claimRows(page)
    .filter({ hasText: text.slice(0, 60) })
    .getByRole('combobox');
}

test(`two tabs, ${EDITS} interleaved edits: both end equal and no edit is lost`, async ({ context }) => {
  test.setTimeout(120_000);
  const one = await context.newPage();
  const two = await context.newPage();
  await openApp(one);
  await openApp(two);
  const { doc, texts } = tenClaims();
  await one.getByLabel('Import Web Annotations').setInputFiles({
    name: 'ten.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  await expect(claimRows(one)).toHaveCount(CLAIMS);
  await expect(claimRows(two)).toHaveCount(CLAIMS);

  const last = new Map<string, string>();
  const writes = new Map<string, number>();
  for (let i = 0; i < EDITS; i++) {
    const tab = i % 2 ? two : one;
    const text = texts[(i * 3) % CLAIMS]!;
    const select = verdictOf(tab, text);
    // Always a different verdict from what this tab shows, so every edit is a write.
    const shown = await select.inputValue();
    const options = ['unverified', 'confirmed', 'disputed'].filter((v) => v !== shown);
    const value = options[i % options.length]!;
    await select.selectOption(value);
    await expect(select).toHaveValue(value);
    last.set(text, value);
    writes.set(text, (writes.get(text) ?? 0) + 1);
  }

  // Both tabs settle on the last word for every claim.
  for (const tab of [one, two])
    for (const [text, value] of last)
      await expect(verdictOf(tab, text)).toHaveValue(value, { timeout: 5000 });
  const stored = await storedClaims(one);
  const byText = new Map(
    stored.map((c) => [
      (c.selector as { quote: { exact: string } }).quote.exact,
      c as { verdict: string; rev: number },
    ]),
  );
  let lost = 0;
  for (const [text, value] of last) {
    const c = byText.get(text)!;
    expect(c.verdict).toBe(value);
    // Revision 1 at import, then one per write: a lost write would leave it short.
    lost += writes.get(text)! - (c.rev - 1);
  }
  recordTrust('tabs', { edits: EDITS, lost });
  expect(lost).toBe(0);
  expect([...writes.values()].reduce((a, b) => a + b, 0)).toBe(EDITS);
});
