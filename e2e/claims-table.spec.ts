import {
  claimRows,
  dragSelect,
  expect,
  markClaim,
  openApp,
  openArticle,
  storedClaims,
  storedRecords,
  test,
  type Page,
} from './fixtures';

async function makeThreeClaims(page: Page) {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Confirmed' });
  await dragSelect(page, 'Moscow and Pyongyang have denied such intentions.');
  await markClaim(page, { category: 'Denials', verdict: 'Disputed' });
  await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
  await dragSelect(page, 'Experts say Moscow will likely seek artillery shells and antitank missiles');
  await markClaim(page, { category: 'Satellite help', verdict: 'Unverified' });
  await expect(claimRows(page)).toHaveCount(3);
}

test('changes a verdict inline from the table', async ({ page }) => {
  await makeThreeClaims(page);
  const row = claimRows(page).filter({ hasText: 'Moscow and Pyongyang have denied' });
  await row.getByRole('combobox').selectOption('confirmed');
  await expect(row.getByRole('combobox')).toHaveValue('confirmed');
  await expect
    .poll(async () => (await storedClaims(page)).find((c) => c.categoryId === 'denials')?.verdict)
    .toBe('confirmed');

  // Two quick changes in a row are this tab's own, not a conflict with another tab.
  await row.getByRole('combobox').selectOption('unverified');
  await row.getByRole('combobox').selectOption('disputed');
  await expect
    .poll(async () => (await storedClaims(page)).find((c) => c.categoryId === 'denials')?.verdict)
    .toBe('disputed');
  await expect(row.getByRole('combobox')).toHaveValue('disputed');
  await expect(page.getByText('changed in another tab')).toHaveCount(0);
});

test('an inline verdict change keeps the row in place, says it is out of order, and Sort again sorts', async ({
  page,
}) => {
  await makeThreeClaims(page);
  // Newest first: the Shoigu claim, made first, is the last row.
  const texts = () => claimRows(page).locator('.claim-link').allTextContents();
  const before = await texts();
  expect(before[2]).toContain('Sergei Shoigu');
  const row = claimRows(page).nth(2);
  await row.getByRole('combobox').selectOption('disputed');
  await expect
    .poll(async () => (await storedClaims(page)).find((c) => c.categoryId === 'arms-transfers')?.verdict)
    .toBe('disputed');
  // Watched for a while: the order holds although the edited claim is now the newest.
  await page.waitForTimeout(800);
  expect(await texts()).toEqual(before);
  const flag = claimRows(page)
    .nth(2)
    .getByRole('button', { name: /Out of order · Sort again/ });
  await expect(flag).toBeVisible();
  await flag.click();
  await expect.poll(async () => (await texts())[0]).toContain('Sergei Shoigu');
  await expect(page.getByRole('button', { name: /Out of order/ })).toHaveCount(0);
});

test('filters by verdict, category and source, and searches the claim text', async ({ page }) => {
  await makeThreeClaims(page);
  await page.getByLabel('Filter by verdict').selectOption('disputed');
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toContainText('denied such intentions');
  await page.getByLabel('Filter by verdict').selectOption('');

  await page.getByLabel('Filter by category').selectOption({ label: 'Satellite help' });
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toContainText('artillery shells');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(claimRows(page)).toHaveCount(3);

  await page.getByLabel('Filter by source').selectOption('000_54f2a63d9830d19a');
  await expect(claimRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('searchbox', { name: 'Search claims' }).fill('shoigu');
  await expect(claimRows(page)).toHaveCount(1);
  await expect(page.getByText('1 of 3 claims shown')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('no such words');
  await expect(claimRows(page)).toHaveCount(0);
  await expect(page.getByText('No claim matches these filters.')).toBeVisible();
});

test('sorts by any column', async ({ page }) => {
  await makeThreeClaims(page);
  const firstCells = async () =>
    claimRows(page).evaluateAll((rows) => rows.map((r) => r.querySelector('td')!.textContent!.slice(0, 12)));
  const header = (name: string) =>
    page.getByRole('table', { name: 'Claims' }).getByRole('columnheader', { name });

  await header('Claim').getByRole('button').click();
  await expect(header('Claim')).toHaveAttribute('aria-sort', 'ascending');
  expect(await firstCells()).toEqual(['Experts say ', 'Moscow and P', 'Russia’s def']);
  await header('Claim').getByRole('button').click();
  await expect(header('Claim')).toHaveAttribute('aria-sort', 'descending');
  expect(await firstCells()).toEqual(['Russia’s def', 'Moscow and P', 'Experts say ']);

  await header('Verdict').getByRole('button').click();
  const verdicts = await claimRows(page).evaluateAll((rows) =>
    rows.map((r) => (r.querySelector('select') as HTMLSelectElement).value),
  );
  expect(verdicts).toEqual(['confirmed', 'disputed', 'unverified']);

  await header('Source').getByRole('button').click();
  await expect(claimRows(page).first()).toContainText('AFP');
});

test('clicking a row jumps to the claim in its article, scrolled into view and flashed', async ({ page }) => {
  await makeThreeClaims(page);
  // A click anywhere on the row (here its Source cell) jumps.
  await claimRows(page).filter({ hasText: 'Sergei Shoigu' }).getByRole('cell').nth(3).click();
  await expect(page.getByRole('heading', { level: 2, name: /Kim Jong-un invites Putin/ })).toBeVisible();
  const mark = page.locator('mark.claim', { hasText: 'Sergei Shoigu' });
  await expect(mark).toHaveClass(/flash/);
  await expect(mark).toBeInViewport();

  // So does the claim text itself, as a button for keyboard users.
  await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
  await page
    .getByRole('table', { name: 'Claims' })
    .getByRole('button', { name: /denied such intentions/ })
    .press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /Kim Jong-un invites Putin/ })).toBeVisible();
  await expect(page.locator('mark.claim', { hasText: 'denied such intentions' })).toHaveClass(/flash/);
});

test('deletes a claim and brings it back with Undo', async ({ page }) => {
  await makeThreeClaims(page);
  await page.locator('mark.claim', { hasText: 'artillery shells' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await dialog.getByRole('button', { name: 'Delete claim' }).click();
  await expect(claimRows(page)).toHaveCount(2);
  await expect(page.locator('mark.claim', { hasText: 'artillery shells' })).toHaveCount(0);
  expect(await storedClaims(page)).toHaveLength(2);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(claimRows(page)).toHaveCount(3);
  await expect(page.locator('mark.claim', { hasText: 'artillery shells' })).toBeVisible();
  expect(await storedClaims(page)).toHaveLength(3);
});

test('edits an article’s details', async ({ page }) => {
  await openApp(page);
  await openArticle(
    page,
    'North Korean leader Kim Jong-un on Wednesday called strengthening ties between Moscow and…',
  );
  await expect(page.getByText('The file does not name its outlet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Headline').fill('Kim calls ties with Moscow a “top priority”');
  await dialog.getByLabel('Outlet').fill('France 24');
  await dialog.getByLabel('Date').fill('2023-09-13');
  await expect(dialog.getByLabel('Wire credit')).toHaveValue('');
  await dialog.getByLabel('Wire credit').fill('With Agence France-Presse; Reuters ;');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  // The credit is stored as two credits and shown under the headline.
  await expect(page.getByText('Wire credit: With Agence France-Presse; Reuters')).toBeVisible();
  const stored = (await storedRecords(page, 'articles')).find((a) => a.outlet === 'France 24');
  expect(stored?.credits).toEqual(['With Agence France-Presse', 'Reuters']);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Kim calls ties with Moscow a “top priority”' }),
  ).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link', { name: /Kim calls ties with Moscow/ })).toContainText('France 24');
  await page.reload();
  await expect(nav.getByRole('link', { name: /Kim calls ties with Moscow/ })).toContainText('France 24');
});

test('a new claim says when its category is kept from the last claim, until another is chosen', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  // The first claim: nothing was kept, so nothing is said.
  await expect(dialog.getByText('Kept from your last claim')).toHaveCount(0);
  await dialog.getByLabel('Category', { exact: true }).selectOption({ label: 'Denials' });
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await dragSelect(page, 'Moscow and Pyongyang have denied such intentions.');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const category = dialog.getByLabel('Category', { exact: true });
  await expect(category).toHaveValue('denials');
  await expect(dialog.getByText('Kept from your last claim: check it fits this one.')).toBeVisible();
  await expect(category).toHaveAccessibleDescription('Kept from your last claim: check it fits this one.');
  await category.selectOption({ label: 'Arms transfers' });
  await expect(dialog.getByText('Kept from your last claim')).toHaveCount(0);
});
