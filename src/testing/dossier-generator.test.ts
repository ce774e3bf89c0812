import { describe, expect, it } from 'vitest';
import { checkBackup, serializeBackup } from '../domain/exchange/backup';
import { generateDossier } from './dossier-generator';

describe('the dossier generator', () => {
  const a = generateDossier({ articles: 40, claims: 400, seed: 7 });

  it('is deterministic: the same seed gives the same dossier, another seed another', () => {
    const again = generateDossier({ articles: 40, claims: 400, seed: 7 });
    expect(serializeBackup(again.data)).toBe(serializeBackup(a.data));
    expect(again.files).toEqual(a.files);
    expect(serializeBackup(generateDossier({ articles: 40, claims: 400, seed: 8 }).data)).not.toBe(
      serializeBackup(a.data),
    );
  });

  it('writes a backup the app accepts, and one article file per article', () => {
    const check = checkBackup(serializeBackup(a.data));
    expect(check.ok, check.ok ? '' : check.error).toBe(true);
    expect(a.files).toHaveLength(40);
    expect(a.data.claims).toHaveLength(400);
    expect(a.data.links.length).toBeGreaterThan(40);
  });

  it('varies the texts, repeats wire copy with its credit, and spreads verdicts and categories', () => {
    const sentences = a.data.texts.flatMap((t) =>
      t.sentences.map((s) => [...t.text].slice(s.start, s.end).join('')),
    );
    // Far more distinct sentences than the five articles hold (about 140): not the same texts repeated.
    expect(new Set(sentences).size).toBeGreaterThan(300);
    expect(a.data.articles.some((x) => x.credits.length > 0)).toBe(true);
    expect(new Set(a.data.articles.map((x) => x.outlet)).size).toBeGreaterThan(5);
    expect(new Set(a.data.claims.map((c) => c.verdict)).size).toBe(3);
    expect(new Set(a.data.claims.map((c) => c.categoryId)).size).toBe(3);
  });
});
