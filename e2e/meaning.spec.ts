import {
  dragSelect,
  expect,
  markClaim,
  openApp,
  openArticle,
  storedRecords,
  test,
  type Page,
} from './fixtures';
import { startPreview } from './preview-server';

const CLAIM = '“Whether any deal is struck remains to be seen,” he said.';
const CLAIM_ARTICLE = 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal';
/** Says the same in other words: it shares no word with the claim. */
const PARAPHRASE = 'nothing at this stage has been communicated concerning a possible agreement';

test.use({ readForMeaning: true });

const evidence = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });
const suggestions = (page: Page) =>
  evidence(page).getByRole('list', { name: 'Suggested evidence' }).getByRole('listitem');
/** The files the evidence worker kept in Cache Storage once the model had loaded (their paths). */
const keptModelFiles = (page: Page) =>
  page.evaluate(async () =>
    (await (await caches.open('corroborate-sentence-model')).keys())
      .map((r) => new URL(r.url).pathname)
      .sort(),
  );
/** How many sentences' embeddings are stored, over all packs. */
const storedEmbeddings = async (page: Page) =>
  (await storedRecords(page, 'embeddingPacks')).reduce((n, p) => n + (p.hashes as string[]).length, 0);

async function markTheClaim(page: Page) {
  await openArticle(page, CLAIM_ARTICLE);
  await dragSelect(page, CLAIM);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
}

test('reads the dossier for meaning in the background, keeps it, and suggests paraphrases', async ({
  page,
}) => {
  await openApp(page);
  await markTheClaim(page);
  // While reading, the panel says how far it is, and the suggestions (by words) are there already.
  const note = evidence(page).locator('.meaning-note');
  await expect(note).toHaveText(
    /Loading the sentence model|Reading for meaning: [\d,]+ of 133 sentences|Ranked by words and meaning/,
  );
  // (Generous: on a loaded 2-core machine fetching and compiling the model takes seconds.)
  await expect(suggestions(page).first()).toBeVisible({ timeout: 20_000 });
  await expect(note).toHaveText('Ranked by words and meaning.', { timeout: 60_000 });
  // Every body sentence of the five articles has its embedding stored (reprints share one).
  const stored = await storedEmbeddings(page);
  expect(stored).toBeGreaterThan(120);
  expect(stored).toBeLessThanOrEqual(133);
  // The model, its tokenizer and its runtime are kept for offline use (not precached for everyone).
  const kept = await keptModelFiles(page);
  expect(kept).toHaveLength(3);
  expect(kept).toEqual(
    expect.arrayContaining([
      '/models/all-minilm-l6-v2/model.onnx',
      '/models/all-minilm-l6-v2/tokenizer.json',
    ]),
  );
  expect(kept.some((p) => /\/assets\/ort-wasm-simd-threaded.*\.wasm$/.test(p))).toBe(true);

  // The paraphrase shares no word with the claim (nothing in bold), and says why it is suggested.
  const paraphrase = suggestions(page).filter({ hasText: PARAPHRASE });
  await expect(paraphrase).toHaveCount(1);
  await expect(paraphrase.locator('strong.match')).toHaveCount(0);
  await expect(paraphrase.getByText('Similar meaning', { exact: true })).toBeVisible();
  // Sentences that share words are not so marked: their words in bold say why.
  const byWords = suggestions(page).filter({ has: page.locator('strong.match') });
  await expect(byWords.first()).toBeVisible();
  await expect(byWords.getByText('Similar meaning')).toHaveCount(0);
  const rank = await suggestions(page).evaluateAll(
    (items, text) => items.findIndex((li) => li.textContent?.includes(text as string)),
    PARAPHRASE,
  );
  expect(rank).toBeLessThan(6);

  // A reload reads nothing again: the embeddings are kept, the ranking is by meaning at once.
  await page.reload();
  await expect(evidence(page).locator('.meaning-note')).toHaveText('Ranked by words and meaning.', {
    timeout: 30_000,
  });
  await expect(suggestions(page).filter({ hasText: PARAPHRASE })).toHaveCount(1);
  expect(await storedEmbeddings(page)).toBe(stored);
});

test('a missing or damaged model falls back to words with a clear notice', async ({ page, context }) => {
  // A server's error page where the model should be (a cut or wrong file is refused the same way).
  await context.route('**/models/all-minilm-l6-v2/model.onnx', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not a model' }),
  );
  await openApp(page);
  await markTheClaim(page);
  await expect(evidence(page).locator('.meaning-note')).toContainText(
    'Suggestions by words only: the sentence model could not be used',
    { timeout: 30_000 },
  );
  // The panel still works: suggestions by words, none claimed to be by meaning.
  await expect(suggestions(page).first()).toBeVisible({ timeout: 20_000 });
  await expect(evidence(page).getByText('Similar meaning')).toHaveCount(0);
  await expect(evidence(page).getByText('Ranked by words and meaning.')).toHaveCount(0);
  expect(await storedEmbeddings(page)).toBe(0);
  // The damaged file is not kept: the next visit fetches it again.
  expect(await keptModelFiles(page)).toEqual([]);
});

test('suggests by meaning offline after one online visit', async ({ browser }) => {
  const server = await startPreview(4176);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await openApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await markTheClaim(page);
    await expect(evidence(page).locator('.meaning-note')).toHaveText('Ranked by words and meaning.', {
      timeout: 60_000,
    });
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(evidence(page).locator('.meaning-note')).toHaveText('Ranked by words and meaning.', {
      timeout: 30_000,
    });
    await expect(suggestions(page).filter({ hasText: PARAPHRASE })).toHaveCount(1);
  } finally {
    await context.close();
    await server.stop();
  }
});
