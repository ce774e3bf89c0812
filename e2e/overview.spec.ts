/**
 * The Overview: claims by verdict, category, source and day as small charts whose bars filter the
 * Claims table; a dossier report for an editor that prints alone. Checked by axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { claimRows, dragSelect, expect, markClaim, openApp, openArticle, test } from './fixtures';
import type { Page } from '@playwright/test';

const AFP = 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal';

async function serious(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the overview counts the claims, each bar filters the table, and the report prints alone', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Confirmed' });
  await dragSelect(page, 'Moscow and Pyongyang have denied such intentions.');
  await markClaim(page, { category: 'Denials', verdict: 'Disputed' });
  await openArticle(page, AFP);
  await dragSelect(page, 'Experts say Moscow will likely seek artillery shells and antitank missiles');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Disputed' });
  await expect(claimRows(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Overview' }).click();
  const overview = page.getByRole('dialog', { name: 'Overview' });
  await expect(overview).toContainText('3 claims: 0 claims with two or more independent sources');
  const verdicts = overview.getByRole('list', { name: 'By verdict' }).getByRole('button');
  await expect(verdicts).toHaveCount(3);
  await expect(verdicts.nth(0)).toHaveAccessibleName('? Unverified 0 claims');
  await expect(verdicts.nth(1)).toHaveAccessibleName('✓ Confirmed 1 claim');
  await expect(verdicts.nth(2)).toHaveAccessibleName('✗ Disputed 2 claims');
  const categories = overview.getByRole('list', { name: 'By category' }).getByRole('button');
  await expect(categories.filter({ hasText: 'Arms transfers' })).toContainText('2');
  const sources = overview.getByRole('list', { name: 'By source' }).getByRole('button');
  await expect(sources).toHaveCount(2);
  await expect(sources.first()).toHaveAccessibleName(
    /Kim Jong-un invites Putin.* 2 claims \(The Guardian\)$/,
  );
  const days = overview.getByRole('list', { name: /Over time/ }).getByRole('button');
  await expect(days).toHaveCount(1);
  await expect(days.first()).toHaveAccessibleName(/: 3 claims \(1 confirmed, 2 disputed\)/);
  expect(await serious(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/overview.png' });

  // A bar filters the table and closes the overview.
  await verdicts.nth(2).click();
  await expect(overview).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Filter by verdict' })).toHaveValue('disputed');
  await expect(claimRows(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Overview' }).click();
  await sources.filter({ hasText: 'AFP' }).click();
  await expect(page.getByRole('combobox', { name: 'Filter by verdict' })).toHaveValue('');
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toContainText('Experts say Moscow');

  await page.getByRole('button', { name: 'Overview' }).click();
  await days.first().click();
  await expect(page.getByText(/^Marked on \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(claimRows(page)).toHaveCount(3);
  await page.getByRole('button', { name: /Remove the filter: marked on/ }).click();
  await expect(page.getByText(/^Marked on/)).toHaveCount(0);

  // The report: the claims the table shows, with verdicts and independence; printed alone.
  await page.getByRole('combobox', { name: 'Filter by category' }).selectOption('arms-transfers');
  await expect(claimRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Dossier report' }).click();
  const report = page.getByRole('dialog', { name: 'Dossier report' });
  await expect(report).toContainText('2 claims');
  await expect(report).toContainText('the claims the table shows (filtered)');
  const rows = report.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(report.getByRole('table')).toContainText('Experts say Moscow');
  await expect(report.getByRole('table')).toContainText('0 support, 0 contradict');
  await expect(report.getByRole('table')).not.toContainText('Moscow and Pyongyang');
  expect(await serious(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(report.getByRole('table')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print report' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Corroborate' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Claims' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to the overview' }).click();
  await expect(page.getByRole('dialog', { name: 'Overview' })).toBeVisible();
});
