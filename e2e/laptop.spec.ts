import { dragSelect, expect, openApp, openArticle, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('on a 1366×768 laptop the claim editor keeps Save claim in view while its fields scroll', async ({
  page,
}) => {
  await openApp(page);
  await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
  await dragSelect(page, 'Whether any deal is struck remains to be seen');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  const save = dialog.getByRole('button', { name: 'Save claim' });
  await expect(save).toBeVisible();
  // In the viewport and on top (not under the Claims table or another field), without scrolling.
  const onTop = () =>
    save.evaluate((button) => {
      const r = button.getBoundingClientRect();
      const inView =
        r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return inView && (hit === button || button.contains(hit));
    });
  expect(await onTop()).toBe(true);
  // The form is taller than its panel: the last field is out of view, yet Save stays where it was.
  const note = dialog.getByLabel('Note');
  await note.scrollIntoViewIfNeeded();
  await note.fill('Checked against the AFP wire.');
  expect(await onTop()).toBe(true);
  await save.click();
  await expect(dialog).toBeHidden();
});
