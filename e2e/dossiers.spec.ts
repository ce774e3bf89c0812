import {
  claimRows,
  downloaded,
  dragSelect,
  expect,
  markClaim,
  menuAction,
  openApp,
  storedClaims,
  test,
  type Page,
} from './fixtures';

/** The dossier databases this browser holds, by name. */
async function databases(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .filter((n) => n.startsWith('corroborate'))
      .sort(),
  );
}

test('dossiers: create one that starts empty, switch between them, rename, delete after a backup', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Denials', verdict: 'Unverified' });
  await expect(claimRows(page)).toHaveCount(1);

  const dossier = page.getByLabel('Dossier', { exact: true });
  await expect(dossier.getByRole('option', { selected: true })).toHaveText('Vostochny summit');

  // A new dossier: its own database, empty, saying how to fill it.
  await menuAction(page, 'New dossier');
  const create = page.getByRole('dialog', { name: 'New dossier' });
  await create.getByRole('button', { name: 'Create dossier' }).click();
  await expect(create.getByRole('alert')).toHaveText('A dossier needs a name.');
  await create.getByLabel('Name').fill('Grain deal');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'This dossier has no articles yet' })).toBeVisible();
  await expect(page).toHaveURL(/\?dossier=[\w-]+/);
  await expect(dossier.getByRole('option', { selected: true })).toHaveText('Grain deal');
  await expect(page.getByRole('navigation', { name: 'Articles' })).toContainText('No articles yet.');
  await expect(claimRows(page)).toHaveCount(0);
  expect(await databases(page)).toHaveLength(3); // the first, this one, the registry

  // Articles imported here stay here.
  await page.getByRole('button', { name: 'Import articles' }).click();
  const importing = page.getByRole('dialog', { name: 'New articles' });
  await page.getByLabel('Import articles').setInputFiles(['e2e/files/cp1252.txt']);
  await importing.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(1);

  // Back to the first: its five articles and its claim, untouched.
  await dossier.selectOption({ label: 'Vostochny summit' });
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  await expect(claimRows(page)).toHaveCount(1);
  expect(await storedClaims(page)).toHaveLength(1);
  // A reload stays on the dossier last opened.
  await page.goto('/');
  await expect(dossier.getByRole('option', { selected: true })).toHaveText('Vostochny summit');

  // Rename the other one from inside it.
  await dossier.selectOption({ label: 'Grain deal' });
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(1);
  await menuAction(page, 'Manage dossier');
  const manage = page.getByRole('dialog', { name: 'Manage dossier' });
  await manage.getByLabel('Dossier name').fill('Grain deal, July');
  await manage.getByRole('button', { name: 'Rename' }).click();
  await expect(manage).toBeHidden();
  await expect(dossier.getByRole('option')).toHaveText(['Vostochny summit', 'Grain deal, July']);

  // Delete it: a backup is offered first, then it is gone with its database.
  await menuAction(page, 'Manage dossier');
  await manage.getByRole('button', { name: 'Delete dossier…' }).click();
  await expect(manage.getByRole('alert')).toContainText('Delete “Grain deal, July” and everything in it');
  const { text } = await downloaded(page, () =>
    manage.getByRole('button', { name: 'Save a backup first' }).click(),
  );
  expect(JSON.parse(text).data.articles).toHaveLength(1);
  await expect(manage.getByRole('button', { name: 'Backup saved' })).toBeVisible();
  await manage.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  await expect(dossier.getByRole('option')).toHaveText(['Vostochny summit']);
  await expect.poll(() => databases(page)).toEqual(['corroborate', 'corroborate-dossiers']);
});

test('a link to a dossier this browser does not hold opens the first one', async ({ page }) => {
  await openApp(page, '/?dossier=not-here');
  await expect(
    page.getByLabel('Dossier', { exact: true }).getByRole('option', { selected: true }),
  ).toHaveText('Vostochny summit');
  expect((await databases(page)).filter((n) => n.includes('not-here'))).toEqual([]);
});
