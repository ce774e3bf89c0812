import Papa from 'papaparse';
import {
  claimRows,
  downloaded,
  dragSelect,
  evidencePanel,
  expect,
  markClaim,
  openApp,
  openArticle,
  showMoreSuggestions,
  suggestions,
  tableOptions,
  test,
  type Page,
} from './fixtures';

/** The claim of the issue: a span of the first article (The Guardian, built on AFP and Reuters copy). */
const SHELLS =
  'Kim was poised to offer the Kremlin artillery shells and other munitions for the war in Ukraine.';
const THIRD = 'North Korean leader Kim Jong-un on Wednesday called strengthening ties between Moscow and…';
const FIFTH = 'The North Korean and Russian leaders, Kim Jong-un and Vladimir Putin, arrived on…';
const AFP = 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal';

/** Two supporting sentences from the third article, two from the fifth (both name no outlet). */
const LINKS: Array<[string, string]> = [
  [THIRD, 'interested in North Korea’s stockpile of artillery shells'],
  [FIFTH, 'closely watched for indications that Kim has agreed to supply munitions'],
  [THIRD, 'multiple rocket launchers and other artillery shells are supplied'],
  [FIFTH, 'invasion has dragged on for nearly 19 months'],
];

async function markShellsClaim(page: Page) {
  await openApp(page);
  await dragSelect(page, SHELLS);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
}

async function linkBySelection(page: Page, headline: string, sentence: string) {
  await openArticle(page, headline);
  await dragSelect(page, sentence);
  await evidencePanel(page).getByRole('button', { name: 'Link selection as supporting' }).click();
}

async function exportedIndependence(page: Page): Promise<string> {
  const { text } = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const [header, row] = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true })
    .data as [string[], string[]];
  return row[header.indexOf('independent supporting sources')]!;
}

for (const [name, order] of [
  ['in one order', [0, 1, 2, 3]],
  ['in another', [3, 2, 1, 0]],
] as const) {
  test(`four sentences from two articles are two independent sources, linked ${name}, in panel, table and CSV`, async ({
    page,
  }) => {
    await markShellsClaim(page);
    const panel = evidencePanel(page);
    const linked = panel.getByRole('list', { name: 'Linked evidence' }).getByRole('listitem');
    for (const [i, k] of order.entries()) {
      const [headline, sentence] = LINKS[k]!;
      await linkBySelection(page, headline, sentence);
      await expect(linked).toHaveCount(i + 1);
    }
    await expect(panel.getByRole('status')).toHaveText('2 independent sources support, 0 contradict');
    // Each article counts once, and the panel says why the others do not.
    await expect(linked.filter({ hasText: 'Independent' })).toHaveCount(2);
    await expect(linked.filter({ hasText: /same article as #\d/ })).toHaveCount(2);
    const sources = panel.getByRole('list', { name: 'Sources' }).getByRole('listitem');
    await expect(sources).toHaveCount(2);
    await expect(sources.filter({ hasText: 'Unknown outlet' })).toContainText('outlet unknown: counted once');
    await expect(sources.filter({ hasText: 'The New York Times' })).toContainText(
      'outlet from its wire credit',
    );
    await expect(claimRows(page).first().getByRole('cell').nth(4)).toContainText(
      '2 independent sources support, 0 contradict',
    );
    expect(await exportedIndependence(page)).toBe('2');
  });
}

test('the AFP article does not corroborate a story built on AFP copy, and a matrix cell shows both counts', async ({
  page,
}) => {
  await markShellsClaim(page);
  const panel = evidencePanel(page);
  await linkBySelection(
    page,
    AFP,
    'Experts say Moscow will likely seek artillery shells and antitank missiles',
  );
  await expect(panel.getByRole('status')).toHaveText('0 independent sources support, 0 contradict');
  await expect(panel.getByRole('list', { name: 'Linked evidence' })).toContainText(
    'same wire as the claim (AFP)',
  );
  await openArticle(page, AFP);
  await dragSelect(
    page,
    'But both Moscow and Pyongyang have denied North Korea has or will supply arms to Russia',
  );
  await panel.getByRole('button', { name: 'Link selection as contradicting' }).click();
  await expect(panel.getByRole('status')).toHaveText('0 independent sources support, 1 contradicts');

  await page.getByRole('button', { name: 'Corroboration matrix' }).click();
  const matrix = page.getByRole('dialog', { name: 'Corroboration matrix' });
  const row = matrix.getByRole('row').filter({ hasText: 'poised to offer the Kremlin' });
  await expect(
    row.getByRole('button', { name: '1 supporting (not independent), 1 contradicting' }),
  ).toBeVisible();
});

test('suggestions put the distinctive phrase first, page with More, filter by article and mark hypotheticals', async ({
  page,
}) => {
  await markShellsClaim(page);
  const items = suggestions(page);
  await expect(items.first()).toBeVisible();
  // The two sentences that say "artillery shells and antitank missiles" are on the first page, above
  // a sentence that shares only common words (Kim, Putin, war, Ukraine).
  const firstPage = await items.locator('.evidence-text').allTextContents();
  const at = (needle: string) => firstPage.findIndex((t) => t.includes(needle));
  expect(at('antitank missiles from Pyongyang')).toBeGreaterThanOrEqual(0);
  expect(at('antitank missiles from North Korea')).toBeGreaterThanOrEqual(0);
  const generic = at('are both pariahs');
  if (generic >= 0)
    expect(generic).toBeGreaterThan(Math.max(at('from Pyongyang'), at('antitank missiles from North Korea')));

  const before = await items.count();
  const more = evidencePanel(page).getByRole('button', { name: /^More \(\d+ left\)$/ });
  await more.click();
  // Ten more (a denial shown beside the first page may now be among them).
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(before + 9);
  // Keep asking until every candidate sharing a word has been shown: the list ends only then.
  await showMoreSuggestions(page);
  await expect(evidencePanel(page).getByText('No more suggestions.')).toBeVisible();
  expect(await items.count()).toBeGreaterThan(18);

  const from = evidencePanel(page).getByLabel('From');
  const afp = (await from.locator('option').allTextContents()).find((o) => o.startsWith('AFP — '))!;
  await from.selectOption({ label: afp });
  await expect(items.first()).toBeVisible();
  await expect
    .poll(async () =>
      (await items.locator('.evidence-meta').allTextContents()).every((t) => t.includes('AFP')),
    )
    .toBe(true);
  await expect(items.filter({ hasText: 'could' }).first().getByText('Hypothetical')).toBeVisible();
});

test('figures given as ranges that meet are no contradiction: “nearly 19 months” and “more than 18 months”', async ({
  page,
}) => {
  await openApp(page);
  await openArticle(page, FIFTH);
  await dragSelect(page, 'Putin’s invasion has dragged on for nearly 19 months');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  // The sentence is found (it bears on the claim: the same span of the war)…
  const eighteen = suggestions(page).filter({ hasText: 'more than 18 months of war' }).first();
  await expect(eighteen).toBeVisible();
  // …and is not offered as a contradiction, nor flagged as another figure.
  await expect(eighteen).not.toContainText('different figure');
  const lane = evidencePanel(page).getByRole('list', { name: 'Possible contradictions' });
  await expect(lane.filter({ hasText: 'more than 18 months of war' })).toHaveCount(0);
  await expect(evidencePanel(page).getByText(/different figure: 19 months/)).toHaveCount(0);
  // Linked as supporting, it counts as a source of its own.
  await eighteen.getByRole('button', { name: 'Supports', exact: true }).click();
  await expect(evidencePanel(page).getByRole('status')).toHaveText(/^1 independent source supports/);
});

test('a claim another article also makes is recognised: "also claimed in", and the table groups them', async ({
  page,
}) => {
  await openApp(page);
  await openArticle(page, 'Kim Jong-un offers Putin ‘full support’ in Russia’s ‘sacred fight’ with west');
  await dragSelect(
    page,
    'Andrei Lankov, a North Korea expert at Kookmin University in Seoul, told AFP that the meeting',
  );
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await openArticle(page, AFP);
  await dragSelect(
    page,
    'Andrei Lankov, a North Korea expert at Kookmin University in Seoul, told AFP that the upcoming',
  );
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await dragSelect(page, 'Moscow sent Defence Minister Sergei Shoigu to Pyongyang in July.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });

  await page.locator('mark.claim', { hasText: 'told AFP that the upcoming' }).click();
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Cancel' }).click();
  const also = evidencePanel(page).getByRole('region', { name: 'Also claimed in' });
  await expect(also).toContainText('The Guardian: “Andrei Lankov');
  await also.getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /full support/ })).toBeVisible();

  await expect(claimRows(page)).toHaveCount(3);
  await (await tableOptions(page)).getByLabel('Group equivalent claims').check();
  await expect(claimRows(page)).toHaveCount(2);
  await expect(claimRows(page).filter({ hasText: 'Lankov' })).toContainText('also claimed in 1 other source');
  await (await tableOptions(page)).getByLabel('Group equivalent claims').uncheck();
  await expect(claimRows(page)).toHaveCount(3);
});

test('evidence linked to one claim improves the suggestions of the same claim made elsewhere', async ({
  page,
}) => {
  const twoHours =
    'The two leaders’ one-on-one talks, as well as discussions with delegations, lasted for about two hours and were followed by an official dinner in Kim’s honour.';
  const lunch = 'A lunch in honor of Kim is underway, according to the official TASS agency.';
  await openApp(page);
  await dragSelect(page, twoHours);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await openArticle(page, 'Kim Jong-un offers Putin ‘full support’ in Russia’s ‘sacred fight’ with west');
  await dragSelect(page, twoHours);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  // The reprint's own suggestions: the TASS lunch report is not first.
  await expect(suggestions(page).first()).toBeVisible();
  expect(await suggestions(page).first().textContent()).not.toContain('A lunch in honor of Kim');

  // On the Guardian's first story, the fact-checker links the TASS report as contradicting.
  await openArticle(
    page,
    'Kim Jong-un invites Putin to North Korea after summit brings ties to ‘a new level’',
  );
  await page.locator('mark.claim').first().click();
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Cancel' }).click();
  await openArticle(page, THIRD);
  await dragSelect(page, lunch);
  await evidencePanel(page).getByRole('button', { name: 'Link selection as contradicting' }).click();
  await expect(evidencePanel(page).getByRole('status')).toHaveText(
    '0 independent sources support, 1 contradicts',
  );

  // Back on the reprint, that evidence now leads its suggestions.
  await openArticle(page, 'Kim Jong-un offers Putin ‘full support’ in Russia’s ‘sacred fight’ with west');
  await page.locator('mark.claim').first().click();
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(evidencePanel(page).getByRole('region', { name: 'Also claimed in' })).toBeVisible();
  await expect(suggestions(page).first()).toContainText('A lunch in honor of Kim');
});

test('a sentence saying the claim in other words is suggested first (word vectors), not thirteenth', async ({
  page,
}) => {
  await openApp(page);
  await openArticle(page, THIRD);
  const claim = 'Washington fears that Russia will obtain weapons for its military operations in Ukraine';
  await dragSelect(page, claim);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  // "fears" ~ "concern", "obtain" ~ "provide": matched by meaning; by words alone it ranks 13th.
  await expect(suggestions(page).first().locator('.evidence-text')).toContainText(
    'US and South Korean officials have expressed concern that Kim could provide weapons',
  );
});
