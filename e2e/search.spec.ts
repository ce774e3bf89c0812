/**
 * Searching the whole dossier: sentences of every article and claims, grouped by article with the
 * hits in context; a hit jumps to its place in the reader.
 */
import { dragSelect, expect, markClaim, openApp, test } from './fixtures';

test('search finds sentences in every article and claims, grouped by article; a hit jumps to the reader', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Confirmed' });

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const search = page.getByRole('dialog', { name: 'Search the dossier' });
  const box = search.getByRole('searchbox', { name: 'Search the dossier' });
  await expect(box).toBeFocused();
  // Word starts, any case, any accents, any order.
  await box.fill('ARTILLERY shell');
  await expect(search.getByRole('status')).toContainText(/^\d+ sentences? and 0 claims in [2-9] articles\./);
  const groups = search.locator('.search-group');
  expect(await groups.count()).toBeGreaterThanOrEqual(2);
  const hit = groups.nth(1).getByRole('button').first();
  await expect(hit.locator('strong.match').first()).toHaveText(/^artillery$/i);
  const hitText = ((await hit.textContent()) ?? '').trim();
  const headline = ((await groups.nth(1).getByRole('heading').textContent()) ?? '').replace(
    /\s+\S+( \S+)*$/,
    '',
  );

  await box.fill('shoigu defence');
  await expect(search.getByRole('status')).toContainText('1 claim');
  await expect(search.getByRole('button', { name: /Claim · Confirmed/ })).toBeVisible();

  // Back to the sentence: clicking it opens its article, scrolled to it and flashed.
  await box.fill('ARTILLERY shell');
  await search.getByRole('button', { name: hitText }).first().click();
  await expect(search).toBeHidden();
  const sentence = page.getByRole('document', { name: 'Article text' }).locator('.flash');
  await expect(sentence).toContainText(hitText.slice(0, 40));
  await expect(sentence).toBeInViewport();
  expect(headline.length).toBeGreaterThan(0);
});
