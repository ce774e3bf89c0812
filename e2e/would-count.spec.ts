import { dragSelect, expect, markClaim, openApp, storedRecords, test } from './fixtures';

const TWO_HOURS =
  'The two leaders’ one-on-one talks, as well as discussions with delegations, lasted for about two hours and were followed by an official dinner in Kim’s honour.';

test('each suggestion says before linking whether it would count as an independent source', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, TWO_HOURS);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  const panel = page.getByRole('complementary', { name: 'Evidence' });
  const suggestions = panel.getByRole('list', { name: 'Suggested evidence' }).getByRole('listitem');
  // The Guardian's own reprint of the paragraph: it says so before it is linked.
  const reprint = suggestions.filter({ hasText: 'lasted for about two hours' }).first();
  await expect(reprint).toContainText('The Guardian');
  await expect(reprint).toContainText('Would not count: same outlet, same wording');
  // Other outlets' sentences in other words would count, and come first: those that would not are
  // grouped below them, under a heading of their own.
  await expect(suggestions.filter({ hasText: 'Independent' }).first()).toBeVisible();
  const flags = await suggestions.locator('.flag-ok, .flag-muted').allTextContents();
  const firstNot = flags.findIndex((f) => f !== 'Independent');
  expect(firstNot).toBeGreaterThan(0);
  expect(flags.slice(firstNot).every((f) => f !== 'Independent')).toBe(true);
  await expect(panel.getByText('From sources that would not count')).toBeVisible();
  // The heading is seen between the two groups, not read as a suggestion.
  expect(await suggestions.count()).toBe(flags.length);
  // Linked, the panel judges it the same way.
  await reprint.getByRole('button', { name: 'Supports', exact: true }).click();
  const linked = panel.getByRole('list', { name: 'Linked evidence' }).getByRole('listitem');
  await expect(linked.first()).toContainText('same outlet as the claim');
  await expect(linked.first()).toContainText('same wording as the claim');
});

test('a linked suggestion leaves “Linked ✓ · Undo” in its place, so the next one does not move under the pointer', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, TWO_HOURS);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  const panel = page.getByRole('complementary', { name: 'Evidence' });
  const list = panel.getByRole('list', { name: 'Suggested evidence' });
  const items = list.locator('li.suggestion');
  await expect(items.nth(1)).toBeVisible();
  const first = items.first();
  const firstText = (await first.locator('.evidence-text').textContent())!;
  const secondText = (await items.nth(1).locator('.evidence-text').textContent())!;
  const button = first.getByRole('button', { name: 'Supports', exact: true });
  await button.scrollIntoViewIfNeeded();
  const before = (await button.boundingBox())!;
  await button.click();
  const placed = list.getByRole('listitem', { name: 'Linked suggestion' });
  await expect(placed).toContainText('Linked as supporting');
  await expect.poll(async () => (await storedRecords(page, 'links')).length).toBe(1);
  // Where the pointer is, there is the notice (not another suggestion's Supports), and the second
  // suggestion is still the one below it.
  const hit = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('li')?.getAttribute('aria-label') ?? null,
    { x: before.x + before.width / 2, y: before.y + before.height / 2 },
  );
  expect(hit).toBe('Linked suggestion');
  await expect(items.first().locator('.evidence-text')).toHaveText(secondText);
  // Undo brings the suggestion back and removes the link.
  await placed.getByRole('button', { name: 'Undo this link' }).click();
  await expect(placed).toHaveCount(0);
  await expect.poll(async () => (await storedRecords(page, 'links')).length).toBe(0);
  await expect(items.first().locator('.evidence-text')).toHaveText(firstText);
  // Linked again, then undone from the header: the notice goes with the link.
  await items.first().getByRole('button', { name: 'Supports', exact: true }).click();
  await expect(placed).toHaveCount(1);
  await expect.poll(async () => (await storedRecords(page, 'links')).length).toBe(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(placed).toHaveCount(0);
});
