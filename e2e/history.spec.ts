/**
 * Every claim keeps an audit trail: who changed what, when, appended in the change's own transaction.
 * It shows in the claim's evidence panel, survives a reload, travels in backups, and the verdict sheet
 * says when the verdict last changed.
 */
import Papa from 'papaparse';
import {
  claimRows,
  downloaded,
  dragSelect,
  evidencePanel,
  expect,
  linkSuggestion,
  markClaim,
  menuAction,
  openApp,
  storedRecords,
  suggestions,
  test,
} from './fixtures';

const SHOIGU = 'Russia’s defence minister, Sergei Shoigu, attended the talks.';

test('a claim’s history: verdict changes, evidence linked, by name and time; kept, backed up, in the CSV', async ({
  page,
}) => {
  await openApp(page);
  await menuAction(page, 'Settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Ana Kovač');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();

  await dragSelect(page, SHOIGU);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  // The inline verdict in the table, then a supporting sentence from the panel.
  await claimRows(page).first().getByRole('combobox').selectOption('confirmed');
  await expect.poll(async () => (await storedRecords(page, 'history')).length).toBe(2);
  await claimRows(page).first().getByRole('button').first().click();
  await expect(suggestions(page).first()).toBeVisible();
  const sentence = ((await suggestions(page).first().locator('.evidence-text').textContent()) ?? '').trim();
  await linkSuggestion(page, sentence.slice(0, 30));
  await expect.poll(async () => (await storedRecords(page, 'history')).length).toBe(3);

  const panel = evidencePanel(page);
  await panel.getByText('History (3)').click();
  const trail = panel.getByRole('list', { name: 'History' }).getByRole('listitem');
  await expect(trail).toHaveCount(3);
  // Newest first.
  await expect(trail.nth(0)).toContainText(`Linked supporting: “${sentence.slice(0, 40)}`);
  await expect(trail.nth(1)).toContainText('Verdict Unverified → Confirmed');
  await expect(trail.nth(2)).toContainText('Marked as a claim, Unverified');
  for (let i = 0; i < 3; i++) await expect(trail.nth(i)).toContainText('Ana Kovač');

  // Kept after a reload.
  await page.reload();
  await claimRows(page).first().getByRole('button').first().click();
  await evidencePanel(page).getByText('History (3)').click();
  await expect(evidencePanel(page).getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(
    3,
  );

  // In the backup, entry by entry; in the verdict sheet, when the verdict changed.
  const stored = await storedRecords(page, 'history');
  const { text: backup } = await downloaded(page, () => menuAction(page, 'Backup'));
  const data = (
    JSON.parse(backup) as { data: { history: Array<{ id: string; kind: string; editor: string }> } }
  ).data;
  expect(data.history.map((h) => h.id).sort()).toEqual(stored.map((h) => String(h.id)).sort());
  expect(data.history.map((h) => h.kind).sort()).toEqual(['created', 'linked', 'verdict']);
  const { text: csv } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  const [header, row] = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true })
    .data as [string[], string[]];
  const verdictAt = stored.find((h) => h.kind === 'verdict')!.at as number;
  const expected = new Date(verdictAt).toISOString().slice(0, 19).replace('T', ' ');
  expect(row[header.indexOf('verdict changed (UTC)')]).toBe(expected);
});
