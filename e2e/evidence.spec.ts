import {
  claimRows,
  dragSelect,
  linkSuggestion,
  expect,
  markClaim,
  openApp,
  openArticle,
  showMoreSuggestions,
  storedRecords,
  test,
  type Page,
} from './fixtures';

const TWO_HOURS =
  'The two leaders’ one-on-one talks, as well as discussions with delegations, lasted for about two hours and were followed by an official dinner in Kim’s honour.';
const AFP_TWO_HOURS = 'the two leaders held discussions which ended after more than two hours.';
const AFP_HEADLINE =
  'North Korean leader Kim Jong-un on Wednesday called strengthening ties between Moscow and…';

const storedLinks = (page: Page) => storedRecords(page, 'links');

test('links suggested and hand-picked evidence, judges independence, keeps it, and unlinks', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, TWO_HOURS);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });

  const panel = page.getByRole('complementary', { name: 'Evidence' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('0 independent sources support, 0 contradict');

  // The same Guardian paragraph, reprinted in the other Guardian article, is suggested first.
  const suggestions = panel.getByRole('list', { name: 'Suggested evidence' }).getByRole('listitem');
  const reprint = suggestions.filter({ hasText: 'lasted for about two hours' }).first();
  await expect(reprint).toContainText('The Guardian');
  await expect(reprint.locator('strong.match').first()).toBeVisible();
  await reprint.getByRole('button', { name: 'Supports', exact: true }).click();

  const linked = panel.getByRole('list', { name: 'Linked evidence' }).getByRole('listitem');
  await expect(linked).toHaveCount(1);
  await expect(linked.first()).toContainText('same outlet as the claim');
  await expect(linked.first()).toContainText('same wording as the claim');
  await expect(panel.getByRole('status')).toHaveText('0 independent sources support, 0 contradict');

  // Link a sentence by selecting it in another article.
  await openArticle(page, AFP_HEADLINE);
  await dragSelect(page, AFP_TWO_HOURS);
  await panel.getByRole('button', { name: 'Link selection as supporting' }).click();
  await expect(linked).toHaveCount(2);
  await expect(linked.nth(1)).toContainText('Independent');
  await expect(panel.getByRole('status')).toHaveText('1 independent source supports, 0 contradict');
  await expect(page.locator('.sentence.linked-supports')).toContainText('ended after more than two hours');

  // Dismiss a suggestion: it goes and does not come back.
  const firstSuggestion = suggestions.first();
  const dismissedText = (await firstSuggestion.locator('.evidence-text').textContent())!;
  // The same sentence may be printed by two articles: the one dismissed is this article's.
  const dismissedSource = (await firstSuggestion.locator('.evidence-source').textContent())!;
  const dismissed = suggestions.filter({ hasText: dismissedText }).filter({ hasText: dismissedSource });
  await firstSuggestion.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dismissed).toHaveCount(0);

  const links = await storedLinks(page);
  expect(links.map((l) => l.relation)).toEqual(['supports', 'supports']);
  expect(links.map((l) => l.articleId).sort()).toEqual(['001_0537092f57208e68', '002_383763b22105bda2']);

  // After a reload the links and the counts are still there.
  await page.reload();
  await expect(claimRows(page).first()).toContainText('1 independent');
  await expect(claimRows(page).first().getByRole('cell').nth(4)).toContainText(
    '1 independent source supports, 0 contradict',
  );
  await claimRows(page).first().getByRole('cell').nth(3).click();
  await expect(panel.getByRole('status')).toHaveText('1 independent source supports, 0 contradict');
  await expect(linked).toHaveCount(2);
  await expect(dismissed).toHaveCount(0);

  // Jump to a linked sentence, then unlink the reprint.
  await linked.nth(1).getByRole('button', { name: 'Show in article' }).click();
  await expect(page.getByRole('heading', { level: 2, name: AFP_HEADLINE })).toBeVisible();
  await expect(page.locator('.sentence.flash')).toContainText('ended after more than two hours');
  await linked.first().getByRole('button', { name: 'Unlink' }).click();
  await expect(linked).toHaveCount(1);
  await expect.poll(async () => (await storedLinks(page)).length).toBe(1);
});

test('links a denial as contradicting, warns on an unsupported verdict, and opens the matrix', async ({
  page,
}) => {
  await openApp(page);
  await openArticle(
    page,
    'The North Korean and Russian leaders, Kim Jong-un and Vladimir Putin, arrived on…',
  );
  await dragSelect(page, 'North Korea is one of the few countries willing to supply Russia with weapons.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  const panel = page.getByRole('complementary', { name: 'Evidence' });
  // Look among the AFP article's sentences for the denial.
  const from = panel.getByLabel('From');
  const afp = (await from.locator('option').allTextContents()).find((o) => o.startsWith('AFP — '))!;
  await from.selectOption({ label: afp });
  const denial = panel
    .getByRole('list', { name: 'Suggested evidence' })
    .getByRole('listitem')
    .filter({ hasText: 'have denied North Korea has or will supply arms' });
  await expect(panel.getByRole('list', { name: 'Suggested evidence' })).toBeVisible();
  await showMoreSuggestions(page, async () => (await denial.count()) > 0);
  await linkSuggestion(page, 'have denied North Korea has or will supply arms', 'Contradicts');
  await expect(panel.getByRole('status')).toHaveText('0 independent sources support, 1 contradicts');

  // Marking it Confirmed with no independent support warns but does not block.
  await panel.getByRole('button', { name: 'Edit claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await dialog.getByLabel('Verdict', { exact: true }).selectOption('confirmed');
  await expect(dialog.getByRole('note')).toContainText('1 contradicting link stands');
  await expect(dialog.getByRole('note')).toContainText('no independent supporting source');
  await dialog.getByLabel('Verdict', { exact: true }).selectOption('disputed');
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await dialog.getByLabel('Verdict', { exact: true }).selectOption('confirmed');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(dialog).toBeHidden();
  await expect(claimRows(page).first().getByRole('combobox')).toHaveValue('confirmed');

  await page.getByRole('button', { name: 'Corroboration matrix' }).click();
  const matrix = page.getByRole('dialog', { name: 'Corroboration matrix' });
  const table = matrix.getByRole('table', { name: 'Corroboration matrix' });
  await expect(table.getByRole('columnheader')).toHaveCount(6);
  const row = table.getByRole('row').filter({ hasText: 'one of the few countries willing' });
  await expect(row.getByRole('button', { name: 'claim', exact: true })).toBeVisible();
  await row.getByRole('button', { name: '1 contradicting', exact: true }).click();
  await expect(matrix).toBeHidden();
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal',
    }),
  ).toBeVisible();
  await expect(page.locator('.sentence.flash')).toContainText(
    'have denied North Korea has or will supply arms',
  );
});

test('the claim editor stays beside the evidence: open a highlight, link a suggestion and a selection, then save', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await page.locator('mark.claim').click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await expect(dialog).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Evidence' });
  await linkSuggestion(page, 'Russian Ministers of Defense');
  await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
  await dragSelect(page, 'Moscow sent Defence Minister Sergei Shoigu to Pyongyang in July.');
  await panel.getByRole('button', { name: 'Link selection as supporting' }).click();
  // The claim's Guardian story is built on AFP copy (its wire credit): the AFP article is no second source.
  await expect(panel.getByRole('status')).toHaveText('1 independent source supports, 0 contradict');
  const sources = panel.getByRole('list', { name: 'Sources' }).getByRole('listitem');
  await expect(sources.filter({ hasText: 'AFP' })).toContainText(
    'Does not count: same wire as the claim (AFP)',
  );
  await expect(sources.filter({ hasText: 'Unknown outlet' })).toContainText('outlet unknown: counted once');
  await dialog.getByLabel('Verdict', { exact: true }).selectOption('confirmed');
  await expect(dialog.getByRole('note')).toContainText('only one independent supporting source');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(dialog).toBeHidden();
  await expect(claimRows(page).first().getByRole('combobox')).toHaveValue('confirmed');
  await page.screenshot({ path: test.info().outputPath('docked-editor.png') });
});
