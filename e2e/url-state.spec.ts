/**
 * The address holds the open article, the open claim and the Claims table's filters and sort: a
 * reload, the back button, and a link opened in another tab of the same dossier land in the same place.
 */
import {
  claimRows,
  dragSelect,
  evidencePanel,
  expect,
  markClaim,
  openApp,
  openArticle,
  test,
} from './fixtures';

const GUARDIAN_2 = 'Kim Jong-un offers Putin ‘full support’ in Russia’s ‘sacred fight’ with west';
const AFP = 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal';

test('filters, sort and the open claim survive a reload, a shared link and the back button', async ({
  page,
  context,
}) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Confirmed' });
  await dragSelect(page, 'Moscow and Pyongyang have denied such intentions.');
  await markClaim(page, { category: 'Denials', verdict: 'Disputed' });
  await openArticle(page, AFP);
  await dragSelect(page, 'Experts say Moscow will likely seek artillery shells and antitank missiles');
  await markClaim(page, { category: 'Satellite help', verdict: 'Disputed' });
  await expect(claimRows(page)).toHaveCount(3);

  // Narrow and sort the table, then open a claim from it.
  await page.getByRole('combobox', { name: 'Filter by verdict' }).selectOption('disputed');
  await expect(claimRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: /Claim/ }).first()).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await claimRows(page).filter({ hasText: 'Moscow and Pyongyang' }).getByRole('button').first().click();
  await expect(evidencePanel(page)).toContainText('Moscow and Pyongyang have denied such intentions.');
  await expect(page).toHaveURL(/verdict=disputed/);
  await expect(page).toHaveURL(/sort=claim\.asc/);
  await expect(page).toHaveURL(/claim=/);

  const check = async (p: typeof page) => {
    await expect(p.getByRole('combobox', { name: 'Filter by verdict' })).toHaveValue('disputed');
    await expect(claimRows(p)).toHaveCount(2);
    await expect(claimRows(p).first()).toContainText('Experts say Moscow');
    await expect(p.getByRole('columnheader', { name: /Claim/ }).first()).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(evidencePanel(p)).toContainText('Moscow and Pyongyang have denied such intentions.');
  };
  await page.reload();
  await check(page);

  // A colleague's link (same dossier in this browser): a new tab lands in the same place.
  const other = await context.newPage();
  await other.goto(page.url());
  await check(other);
  await other.close();

  // Another article is a step the back button returns from; the filter stays as it was.
  await openArticle(page, GUARDIAN_2);
  await expect(page).toHaveURL(/verdict=disputed/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: /Kim Jong-un invites Putin/ })).toBeVisible();
  await check(page);
});
