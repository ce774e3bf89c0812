import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  claimRows,
  downloaded,
  dragSelect,
  expect,
  linkSuggestion,
  markClaim,
  menuAction,
  openApp,
  openArticle,
  storedClaims,
  tableOptions,
  test,
} from './fixtures';

const SHOIGU = 'Russia’s defence minister, Sergei Shoigu, attended the talks.';
const DENIED = 'Moscow and Pyongyang have denied such intentions.';

async function twoClaims(page: Page) {
  await openApp(page);
  await dragSelect(page, SHOIGU);
  await markClaim(page, {
    category: 'Arms transfers',
    verdict: 'Confirmed',
    note: '=HYPERLINK("http://evil")\nsecond line, with “quotes”',
  });
  await dragSelect(page, DENIED);
  await markClaim(page, { category: 'Denials', verdict: 'Disputed', note: 'Пхеньян 김정은 🚀' });
  // Link evidence to the first claim, so its evidence columns are filled.
  await page.locator('mark.claim', { hasText: 'Sergei Shoigu' }).click();
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Cancel' }).click();
  const panel = page.getByRole('complementary', { name: 'Evidence' });
  await linkSuggestion(page, 'Russian Ministers of Defense');
  await expect(panel.getByRole('status')).toHaveText('1 independent source supports, 0 contradict');
}

test('Export CSV: the rows shown or all of them, in a file spreadsheets open cleanly', async ({ page }) => {
  await twoClaims(page);
  await page.getByLabel('Filter by verdict').selectOption('confirmed');
  await expect(claimRows(page)).toHaveCount(1);

  const { download, text } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/^corroborate-verdicts-\d{4}-\d{2}-\d{2}\.csv$/);
  // The columns an editor reads first; ids and offsets only as "Technical columns".
  expect(
    text.startsWith(
      '\uFEFFclaim text,claimant,verdict,category,independent supporting sources,supporting sentences,contradicting sentences,note,',
    ),
  ).toBe(true);
  expect(text).not.toContain('claim id');
  expect(text.endsWith('\r\n')).toBe(true);
  const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
  expect(rows).toHaveLength(2);
  const [header, row] = rows as [string[], string[]];
  const cell = (name: string) => row[header.indexOf(name)];
  expect(cell('claim text')).toBe(SHOIGU);
  expect(cell('verdict')).toBe('Confirmed');
  expect(cell('note')).toBe('\'=HYPERLINK("http://evil")\nsecond line, with “quotes”');
  expect(cell('supporting sentences')).toMatch(/^Unknown outlet: .*Russian Ministers of Defense/);
  expect(cell('independent supporting sources')).toBe('1');
  expect(cell('updated (UTC)')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  await (await tableOptions(page)).getByLabel('Rows to export').selectOption('all');
  await (await tableOptions(page)).getByLabel('Technical columns').check();
  const all = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const allRows = Papa.parse<string[]>(all.text.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
  expect(allRows).toHaveLength(3);
  const allHeader = allRows[0]!;
  expect(allRows.map((r) => r[allHeader.indexOf('note')])).toContain('Пхеньян 김정은 🚀');
  expect(allRows.map((r) => r[allHeader.indexOf('article file')])).toContain('000_54f2a63d9830d19a.txt');

  // The second shape: one row per evidence link, for pivot tables.
  await (await tableOptions(page)).getByLabel('Sheet').selectOption('evidence');
  const evidence = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(evidence.download.suggestedFilename()).toMatch(/^corroborate-evidence-\d{4}-\d{2}-\d{2}\.csv$/);
  const linkRows = Papa.parse<string[]>(evidence.text.slice(1), {
    newline: '\r\n',
    skipEmptyLines: true,
  }).data;
  const [linkHeader, link] = linkRows as [string[], string[]];
  expect(linkRows).toHaveLength(2);
  expect(link[linkHeader.indexOf('relation')]).toBe('Supports');
  expect(link[linkHeader.indexOf('sentence')]).toContain('Russian Ministers of Defense');
  expect(link[linkHeader.indexOf('counts as an independent source')]).toBe('yes');
});

test('Copy as TSV puts the sheet on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await twoClaims(page);
  await (await tableOptions(page)).getByRole('button', { name: 'Copy as TSV' }).click();
  await expect(page.getByText('Copied 2 rows as TSV.')).toBeVisible();
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const rows = Papa.parse<string[]>(tsv, { delimiter: '\t', newline: '\r\n' }).data;
  expect(rows[0]!.slice(0, 4)).toEqual(['claim text', 'claimant', 'verdict', 'category']);
  expect(rows).toHaveLength(3);
});

test('Export ClaimReview uses the organisation from Settings', async ({ page }) => {
  await twoClaims(page);
  await menuAction(page, 'Settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Fact-checking organisation').fill('Vostochny Desk');
  await settings.getByLabel('Base URL for claim pages').fill('https://checks.example.org/claims');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await menuAction(page, 'Export ClaimReview');
  const dialog = page.getByRole('dialog', { name: 'Export ClaimReview' });
  // Prefilled from Settings; the organisation's site is asked for before anything is exported.
  await expect(dialog.getByLabel('Fact-checking organisation')).toHaveValue('Vostochny Desk');
  await expect(dialog.getByLabel('Base URL of fact-check pages')).toHaveValue(
    'https://checks.example.org/claims',
  );
  await dialog.getByRole('button', { name: 'Export 2 claim reviews' }).click();
  await expect(dialog.getByRole('alert')).toContainText('site must be a web address');
  await dialog.getByLabel('Organisation website').fill('https://checks.example.org');
  await dialog.getByLabel('Logo URL (optional)').fill('https://checks.example.org/logo.png');
  const { text } = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Export 2 claim reviews' }).click(),
  );
  await expect(dialog).toBeHidden();
  const reviews = JSON.parse(text) as Array<{
    reviewRating: { alternateName: string };
    url: string;
    itemReviewed: { appearance: Array<{ headline: string }> };
  }>;
  expect(reviews).toHaveLength(2);
  const confirmed = reviews.find((r) => r.reviewRating.alternateName === 'Confirmed')!;
  expect(confirmed).toMatchObject({
    '@type': 'ClaimReview',
    claimReviewed: SHOIGU,
    author: {
      name: 'Vostochny Desk',
      url: 'https://checks.example.org',
      logo: { '@type': 'ImageObject', url: 'https://checks.example.org/logo.png' },
    },
    reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1 },
    itemReviewed: { '@type': 'Claim' },
  });
  // No claimant was given: the claim's author is left out, never taken to be the article's reporter.
  expect(JSON.stringify(confirmed.itemReviewed)).not.toContain('Justin McCurry');
  expect(confirmed.url).toMatch(/^https:\/\/checks\.example\.org\/claims\/[0-9a-f-]{36}$/);
  expect(confirmed.itemReviewed.appearance[0]!.headline).toContain('Kim Jong-un invites Putin');
});

test('the first ClaimReview export asks who publishes, lists unrated claims as left out, and exports no made-up name', async ({
  page,
}) => {
  await twoClaims(page);
  await dragSelect(page, 'The Kremlin said sensitive discussions between neighbours were a private matter.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await menuAction(page, 'Export ClaimReview');
  const dialog = page.getByRole('dialog', { name: 'Export ClaimReview' });
  await expect(dialog.getByLabel('Fact-checking organisation')).toHaveValue('');
  await expect(dialog.getByRole('status')).toContainText('2 claims with a verdict will be exported');
  const left = dialog.getByRole('region', { name: 'Left out' });
  await expect(left).toContainText('1 claim is left out: Unverified');
  await expect(left.getByRole('listitem')).toHaveCount(1);
  // Both verdicts outrun their sources (nothing is linked): listed, with what each lacks, before export.
  const weak = dialog.getByRole('region', { name: 'Under-sourced' });
  await expect(weak).toContainText('2 verdicts rest on fewer sources than the rule asks');
  await expect(weak.getByRole('listitem')).toHaveCount(2);
  await expect(weak).toContainText('Confirmed, but only one independent supporting source');
  await expect(weak).toContainText('Disputed, but no contradicting evidence is linked yet');
  await dialog.getByRole('button', { name: 'Export 2 claim reviews' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Name the fact-checking organisation');
  await dialog.getByLabel('Fact-checking organisation').fill('Amur Checks');
  await dialog.getByLabel('Organisation website').fill('https://amur.example');
  await dialog.getByLabel('Base URL of fact-check pages').fill('https://amur.example/checks/');
  const { text } = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Export 2 claim reviews' }).click(),
  );
  expect(text).not.toContain('example.org');
  expect(text).not.toContain('Unnamed');
  expect((JSON.parse(text) as unknown[]).length).toBe(2);
  await expect(page.getByText('Exported 2 claim reviews; 1 unrated left out.')).toBeVisible();
  // The same two are what the table's "Under-sourced" filter and the Overview show.
  await page.getByLabel('Filter by verdict').selectOption('Under-sourced');
  await expect(claimRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Overview' }).click();
  await expect(page.getByRole('dialog', { name: 'Overview' })).toContainText('2 claims under-sourced');
  await page.getByRole('dialog', { name: 'Overview' }).getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Filter by verdict').selectOption('All verdicts');
  await expect(claimRows(page)).toHaveCount(3);
  // Remembered for next time.
  await menuAction(page, 'Export ClaimReview');
  await expect(dialog.getByLabel('Fact-checking organisation')).toHaveValue('Amur Checks');
  await expect(dialog.getByLabel('Organisation website')).toHaveValue('https://amur.example');
});

test('Web Annotations: export, then import back skipping duplicates', async ({ page }) => {
  await twoClaims(page);
  // The editor's name from Settings becomes the annotations' creator.
  await menuAction(page, 'Settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Ana Editor');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();
  const { download, text } = await downloaded(page, () => menuAction(page, 'Export Web Annotations'));
  const doc = JSON.parse(text);
  expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  expect(doc.id).toMatch(/^urn:corroborate:collection:[0-9a-f]{16}$/);
  expect(doc.first.id).toBe(`${doc.id}:page:0`);
  expect(doc.first.items[0].creator).toEqual({ type: 'Person', name: 'Ana Editor' });
  expect(doc.first.items[0].body[0]).toMatchObject({ format: 'text/plain', language: 'en' });
  expect(doc.first.items.map((i: { motivation: string }) => i.motivation).sort()).toEqual([
    'assessing',
    'assessing',
    'linking',
  ]);

  // Delete one claim, then import the file: it comes back, the other is a duplicate.
  await page.locator('mark.claim', { hasText: 'denied such intentions' }).click();
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Delete claim' }).click();
  await expect(claimRows(page)).toHaveCount(1);
  await page.getByLabel('Import Web Annotations').setInputFiles((await download.path())!);
  await expect(
    page.getByText('Imported 1 claim and 0 evidence links; 2 already present, skipped.'),
  ).toBeVisible();
  await expect(claimRows(page)).toHaveCount(2);
  const restored = (await storedClaims(page)).find((c) => c.verdict === 'disputed');
  expect(restored).toMatchObject({ categoryId: 'denials', note: 'Пхеньян 김정은 🚀' });

  await page.getByLabel('Import Web Annotations').setInputFiles({
    name: 'broken.jsonld',
    mimeType: 'application/json',
    buffer: Buffer.from('{"first": {'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'not valid JSON' })).toBeVisible();
  await expect(claimRows(page)).toHaveCount(2);
});

test('Backup, restore into an empty workbench, and the next backup is byte-identical', async ({
  page,
  browser,
}) => {
  await twoClaims(page);
  const first = await downloaded(page, () => menuAction(page, 'Backup'));
  expect(first.download.suggestedFilename()).toMatch(/^corroborate-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = (await first.download.path())!;

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  await expect(claimRows(other)).toHaveCount(0);
  await other.getByLabel('Restore').setInputFiles(backupPath);
  const dialog = other.getByRole('dialog', { name: 'Backup file' });
  await expect(dialog).toContainText('5 articles, 2 claims, 1 evidence links');
  await dialog.getByRole('button', { name: 'Replace workbench' }).click();
  await expect(dialog).toBeHidden();
  await expect(claimRows(other)).toHaveCount(2);
  await expect(other.locator('mark.claim', { hasText: 'Sergei Shoigu' })).toBeVisible();
  await expect(claimRows(other).filter({ hasText: 'Sergei Shoigu' })).toContainText('1 independent');

  const second = await downloaded(other, () => menuAction(other, 'Backup'));
  expect(second.text).toBe(first.text);
  await menuAction(other, 'Storage');
  await expect(other.getByRole('dialog', { name: 'Storage' })).not.toContainText('Last backupNever');
  await fresh.close();
});

test('Restore refuses bad files with a clear message and changes nothing', async ({ page }) => {
  await twoClaims(page);
  const backup = JSON.parse((await downloaded(page, () => menuAction(page, 'Backup'))).text);
  const cases: Array<[string, string | Buffer, string]> = [
    ['empty.json', '', 'The file is empty.'],
    ['binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 'binary file'],
    ['truncated.json', JSON.stringify(backup).slice(0, 500), 'not valid JSON'],
    ['shape.json', JSON.stringify({ ...backup, data: { ...backup.data, claims: [{ id: 1 }] } }), 'damaged'],
    ['newer.json', JSON.stringify({ ...backup, version: 99 }), 'newer version of Corroborate'],
  ];
  for (const [name, content, message] of cases) {
    await page
      .getByLabel('Restore')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const dialog = page.getByRole('dialog', { name: 'Backup file' });
    await expect(dialog.getByRole('alert')).toContainText(message);
    await expect(dialog.getByRole('button', { name: 'Replace workbench' })).toHaveCount(0);
    await expect(dialog.getByRole('alert')).toContainText('Nothing was changed.');
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  expect(await storedClaims(page)).toHaveLength(2);
  await expect(claimRows(page)).toHaveCount(2);
});

test('Import articles: an HTML page runs nothing; a Windows-1252 file is read as such; bad files are named', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Import articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'New articles' });
  await expect(dialog).toBeVisible();
  await page
    .getByLabel('Import articles')
    .setInputFiles([
      'e2e/files/report.html',
      'e2e/files/cp1252.txt',
      'e2e/files/empty.txt',
      'e2e/files/binary.txt',
    ]);
  await expect(dialog.getByRole('alert')).toContainText('empty.txt: The file is empty.');
  await expect(dialog.getByRole('alert')).toContainText('binary.txt: This looks like a binary file');

  const html = dialog.getByRole('group', { name: 'report.html' });
  await expect(html.getByLabel('Headline')).toHaveValue('Kim and Putin discuss satellites at Vostochny');
  await expect(html.getByLabel('Outlet')).toHaveValue('France 24');
  await expect(html.getByLabel('Author')).toHaveValue('Jean Dupont');
  const legacy = dialog.getByRole('group', { name: 'cp1252.txt' });
  await expect(legacy).toContainText('read as Windows-1252');
  await expect(legacy.getByLabel('Headline')).toHaveValue('Café owners in Vladivostok welcome Kim');
  await legacy.getByLabel('Outlet').fill('Vladivostok Daily');
  await dialog.getByRole('button', { name: 'Save 2 articles' }).click();
  await expect(dialog).toBeHidden();

  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(7);
  await expect(nav.getByRole('link', { name: /Café owners in Vladivostok/ })).toContainText(
    'Vladivostok Daily',
  );
  await openArticle(page, 'Café owners in Vladivostok welcome Kim');
  await expect(page.getByRole('document', { name: 'Article text' })).toContainText(
    '“we have never seen so many police” – and prices rose by 5€.',
  );
  await openArticle(page, 'Kim and Putin discuss satellites at Vostochny');
  const text = page.getByRole('document', { name: 'Article text' });
  await expect(text).toContainText('The Kremlin said the talks lasted more than two hours.');
  await expect(text).not.toContainText('svg text');
  await expect(text).not.toContainText('window.__pwned');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  // The same file again is recognised as already present.
  await page.getByLabel('Import articles').setInputFiles('e2e/files/cp1252.txt');
  await expect(page.getByRole('dialog', { name: 'New articles' })).toContainText('Already in the workbench');
});

test('Restore warns before replacing a workbench that holds claims, and merge keeps both', async ({
  page,
}) => {
  await twoClaims(page);
  const { download } = await downloaded(page, () => menuAction(page, 'Backup'));
  // One more claim after the backup: merge keeps it, and the two from the backup are already there.
  await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
  await dragSelect(page, 'Moscow sent Defence Minister Sergei Shoigu to Pyongyang in July.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await page.getByLabel('Restore').setInputFiles((await download.path())!);
  const dialog = page.getByRole('dialog', { name: 'Backup file' });
  await expect(dialog.getByRole('note')).toContainText('This workbench holds 3 claims and 5 articles now.');
  await dialog.getByRole('button', { name: 'Merge into workbench' }).click();
  await expect(dialog).toBeHidden();
  await expect(claimRows(page)).toHaveCount(3);
  expect(await storedClaims(page)).toHaveLength(3);
});

test('Import articles by pasting text or dropping a file', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Import articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'New articles' });
  await dialog
    .getByLabel('Paste article text')
    .fill(
      'Putin accepts invitation to Pyongyang\n\nThe Kremlin said on Thursday that Putin accepted the invitation.\n\nNo date was set.',
    );
  await dialog.getByRole('button', { name: 'Add pasted text' }).click();
  const pasted = dialog.getByRole('group', { name: 'Pasted text' });
  await expect(pasted.getByLabel('Headline')).toHaveValue('Putin accepts invitation to Pyongyang');
  await pasted.getByLabel('Outlet').fill('TASS');

  // Drop a file on the drop zone, as from the desktop.
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['Seoul reacts to the summit\n\nSouth Korea said it was watching closely.'], 'seoul.md', {
        type: 'text/markdown',
      }),
    );
    return dt;
  });
  await dialog.getByText('Drop .txt, .md or .html files here').dispatchEvent('drop', { dataTransfer });
  await expect(dialog.getByRole('group', { name: 'seoul.md' }).getByLabel('Headline')).toHaveValue(
    'Seoul reacts to the summit',
  );

  await dialog.getByRole('button', { name: 'Save 2 articles' }).click();
  await expect(dialog).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link', { name: /Putin accepts invitation to Pyongyang/ })).toContainText(
    'TASS',
  );
  await expect(nav.getByRole('link', { name: /Seoul reacts to the summit/ })).toBeVisible();
});
