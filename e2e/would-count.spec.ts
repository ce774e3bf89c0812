import { dragSelect, expect, markClaim, openApp, test } from './fixtures';

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
