import { SCHEMA_VERSION } from '../src/domain/records';
import Papa from 'papaparse';
import {
  downloaded,
  dragSelect,
  evidencePanel,
  expect,
  linkSuggestion,
  markClaim,
  menuAction,
  openApp,
  storedRecords,
  tableOptions,
  test,
} from './fixtures';

test('evidence carries its weight and a note: set in the panel, kept, in the CSV and the backup', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Confirmed' });
  await linkSuggestion(page, 'Russian Ministers of Defense');
  const item = evidencePanel(page)
    .getByRole('list', { name: 'Linked evidence' })
    .getByRole('listitem')
    .first();

  // Folded under one line until opened; by keyboard like the rest.
  await item.getByText('Weight and note').click();
  await item.getByLabel('Attribution').selectOption({ label: 'On the record' });
  await item.getByLabel('Source access').selectOption({ label: 'Primary source' });
  await item.getByLabel('Evidence note').fill('  confirmed   by phone with the ministry ');
  await item.getByLabel('Evidence note').press('Enter');
  await expect(item.getByText('Note: confirmed by phone with the ministry')).toBeVisible();
  await expect(item.locator('summary')).toHaveText('Weight and note: On the record, Primary source');
  await expect
    .poll(async () => (await storedRecords(page, 'links'))[0])
    .toMatchObject({
      note: 'confirmed by phone with the ministry',
      weight: { attribution: 'on-record', access: 'primary', kind: null },
    });

  // Kept across a reload.
  await page.reload();
  await page.locator('mark.claim', { hasText: 'Sergei Shoigu' }).click();
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(
    evidencePanel(page).getByRole('list', { name: 'Linked evidence' }).getByRole('listitem').first(),
  ).toContainText('Note: confirmed by phone with the ministry');

  // The sheet for pivot tables has a column per dimension; the verdict sheet says it after the sentence.
  await (await tableOptions(page)).getByLabel('Sheet').selectOption('evidence');
  const evidence = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const [header, row] = Papa.parse<string[]>(evidence.text.slice(1), {
    newline: '\r\n',
    skipEmptyLines: true,
  }).data as [string[], string[]];
  expect(row[header.indexOf('attribution')]).toBe('On the record');
  expect(row[header.indexOf('source access')]).toBe('Primary source');
  expect(row[header.indexOf('kind of source')]).toBe('');
  expect(row[header.indexOf('evidence note')]).toBe('confirmed by phone with the ministry');

  const backup = await downloaded(page, () => menuAction(page, 'Backup'));
  const data = JSON.parse(backup.text) as {
    version: number;
    data: { links: Array<Record<string, unknown>> };
  };
  expect(data.version).toBe(SCHEMA_VERSION);
  expect(data.data.links[0]).toMatchObject({ weight: { attribution: 'on-record', access: 'primary' } });
});
