import {
  claimRows,
  dragSelect,
  expect,
  markClaim,
  openApp,
  openArticle,
  storedClaims,
  test,
} from './fixtures';

const SHOIGU = 'Russia’s defence minister, Sergei Shoigu, attended the talks.';

test('opens with the five articles listed by headline and outlet, and reads one cleanly', async ({
  page,
}) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link', { name: /Kim Jong-un invites Putin to North Korea/ })).toContainText(
    'The Guardian',
  );
  await expect(nav.getByRole('link', { name: /North Korea’s Kim in Russia for Putin talks/ })).toContainText(
    'AFP',
  );
  // The fifth article names no outlet, but its wire credit does ("New York Times News Service").
  await expect(nav.getByRole('link', { name: /arrived on…/ })).toContainText('The New York Times');
  await expect(nav.getByRole('link', { name: /called strengthening ties/ })).toContainText('Unknown outlet');

  await openArticle(page, 'Kim Jong-un offers Putin ‘full support’ in Russia’s ‘sacred fight’ with west');
  await expect(page.getByText('The Guardian · Justin McCurry and Andrew Roth')).toBeVisible();
  const text = page.getByRole('document', { name: 'Article text' });
  await expect(text).toContainText('Kim Jong-un has offered Vladimir Putin his support');
  await expect(text).not.toContainText('Sign up to read this article');
  await expect(text).not.toContainText('Download the app');
  await expect(text.locator('.block-caption').first()).toContainText('Vladimir Putin and Kim Jong-un');
});

test('marks a dragged sentence as a claim, highlights it, lists it, and keeps it after a reload', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Mark as claim' })).toBeDisabled();
  await dragSelect(page, SHOIGU);
  await markClaim(page, {
    category: 'Arms transfers',
    verdict: 'Confirmed',
    note: 'TASS and Guardian agree',
  });

  const mark = page.locator('mark.claim');
  await expect(mark).toHaveText(SHOIGU);
  await expect(mark).toHaveAttribute('data-verdict', 'confirmed');
  const rows = claimRows(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(SHOIGU);
  await expect(rows.first()).toContainText('Arms transfers');
  await expect(rows.first().getByRole('combobox')).toHaveValue('confirmed');
  await expect(rows.first()).toContainText('The Guardian');

  const [stored] = await storedClaims(page);
  expect(stored).toMatchObject({
    articleId: '000_54f2a63d9830d19a',
    categoryId: 'arms-transfers',
    verdict: 'confirmed',
    note: 'TASS and Guardian agree',
    selector: { quote: { exact: SHOIGU } },
  });

  await page.reload();
  await expect(page.locator('mark.claim')).toHaveText(SHOIGU);
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toContainText('Arms transfers');
});

test('a claim may cross sentences and overlap another; clicking a highlight opens and edits it', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, 'On Wednesday, Putin gave numerous hints', 'Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await dragSelect(page, 'Sergei Shoigu');
  await markClaim(page, { category: 'Denials', verdict: 'Disputed' });
  await expect(claimRows(page)).toHaveCount(2);
  const stored = await storedClaims(page);
  const long = stored.find((c) =>
    (c.selector as { quote: { exact: string } }).quote.exact.startsWith('On Wed'),
  );
  expect((long!.selector as { quote: { exact: string } }).quote.exact).toContain(
    '. Russia’s defence minister',
  );

  // The overlap is drawn once, coloured by the inner claim; a click opens the inner claim.
  await page.locator('mark.claim.overlap', { hasText: 'Sergei Shoigu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await expect(dialog.getByLabel('Category')).toHaveValue('denials');
  await dialog.getByLabel('Note').fill('Checked against TASS');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(dialog).toBeHidden();
  const after = await storedClaims(page);
  expect(after.find((c) => c.categoryId === 'denials')).toMatchObject({
    note: 'Checked against TASS',
    rev: 2,
  });
});

test('selects and marks a claim with the keyboard only', async ({ page }) => {
  await openApp(page);
  const text = page.getByRole('document', { name: 'Article text' });
  await text.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote')).toContainText('Kim Jong-un invited President Vladimir Putin');
  await expect(dialog.locator('blockquote')).toContainText(
    'Kim told Putin that their closely watched meeting',
  );
  await dialog.getByLabel('Category').focus();
  await dialog.getByLabel('Category').selectOption({ label: 'Satellite help' });
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  // The focus goes back to the text, not to the page.
  await expect(text).toBeFocused();
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toContainText('Satellite help');

  // O opens the claim under the sentence cursor (back up onto the claim's second sentence).
  await text.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('o');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Category', { exact: true })).toHaveValue('satellite-help');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(text).toBeFocused();
});

test('adds a category of its own and uses it', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Pyongyang carried out its latest missile tests as Kim visited Russia.');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await dialog.getByRole('button', { name: '+ New category' }).click();
  await dialog.getByRole('group', { name: 'New category' }).getByLabel('Name').fill('Missile tests');
  await dialog.getByRole('button', { name: 'Add category' }).click();
  await expect(dialog.getByLabel('Category')).toHaveValue('missile-tests');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(claimRows(page).first()).toContainText('Missile tests');
  await expect(
    page.getByLabel('Filter by category').locator('option', { hasText: 'Missile tests' }),
  ).toHaveCount(1);
});
