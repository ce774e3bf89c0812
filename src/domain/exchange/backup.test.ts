import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, checkBackup, serializeBackup, type BackupData } from './backup';

const hash = 'a'.repeat(64);
function sample(): BackupData {
  return {
    articles: [
      {
        id: 'art',
        fileName: 'art.txt',
        contentHash: hash,
        headline: 'Kim meets Putin',
        headlineDerived: false,
        outlet: 'AFP',
        author: null,
        date: null,
        url: null,
        section: null,
        credits: [],
        order: 0,
        addedAt: 1,
        updatedAt: 1,
      },
    ],
    texts: [
      {
        articleId: 'art',
        text: 'Kim met Putin.',
        blocks: [{ kind: 'body', start: 0, end: 14 }],
        sentences: [{ start: 0, end: 14 }],
      },
    ],
    claims: [
      {
        id: 'c1',
        articleId: 'art',
        selector: {
          quote: { exact: 'Kim met Putin.', prefix: '', suffix: '' },
          position: { start: 0, end: 14 },
        },
        categoryId: 'denials',
        verdict: 'disputed',
        note: '🚀 checked',
        claimant: null,
        createdAt: 5,
        updatedAt: 6,
        rev: 2,
      },
    ],
    links: [],
    dismissals: [],
    history: [],
    categories: [{ id: 'denials', name: 'Denials', color: '#c026d3', order: 2 }],
    settings: [
      { key: 'organisation', value: 'Desk' },
      { key: 'lastBackupAt', value: 99 },
    ],
  };
}

describe('backup', () => {
  it('serialises deterministically and reads its own output back', () => {
    const file = serializeBackup(sample());
    const reversed = sample();
    reversed.settings.reverse();
    expect(serializeBackup(reversed)).toBe(file);
    expect(file).not.toContain('lastBackupAt');
    const check = checkBackup(file);
    expect(check.ok).toBe(true);
    if (check.ok) expect(serializeBackup(check.backup.data)).toBe(file);
  });

  it('gives the same bytes whatever order the stored records hold their fields in', () => {
    const file = serializeBackup(sample());
    const flipped = <T extends object>(r: T): T =>
      Object.fromEntries(
        Object.entries(r)
          .reverse()
          .map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? flipped(v as object) : v]),
      ) as T;
    const d = sample();
    const stored = Object.fromEntries(
      Object.entries(d).map(([t, rows]) => [t, (rows as object[]).map(flipped)]),
    ) as unknown as BackupData;
    expect(JSON.stringify(stored.claims[0])).not.toBe(JSON.stringify(d.claims[0]));
    expect(serializeBackup(stored)).toBe(file);
  });

  it('migrates a version-1 file (no links, claims without a revision)', () => {
    const d = sample();
    const v1 = {
      format: BACKUP_FORMAT,
      version: 1,
      data: {
        ...d,
        claims: d.claims.map(({ rev: _rev, ...c }) => c),
        links: undefined,
        dismissals: undefined,
      },
    };
    const check = checkBackup(JSON.stringify(v1));
    expect(check).toMatchObject({ ok: true, migratedFrom: 1 });
    if (check.ok) expect(check.backup.data.claims[0]!.rev).toBe(1);
  });

  type LooseBackup = { version: number; data: { claims: Array<Record<string, unknown>>; links?: unknown } };
  const broken = (mutate: (doc: LooseBackup) => void) => {
    const doc = JSON.parse(serializeBackup(sample())) as LooseBackup;
    mutate(doc);
    return JSON.stringify(doc);
  };

  it.each([
    ['empty', '', 'empty'],
    ['truncated JSON', serializeBackup(sample()).slice(0, 200), 'not valid JSON'],
    ['another JSON file', '{"hello": 1}', 'not a Corroborate backup'],
    ['a newer version', broken((d) => (d.version = BACKUP_VERSION + 1)), 'newer version'],
    ['a wrong shape', broken((d) => (d.data.claims[0]!.verdict = 'true')), 'claims.0.verdict'],
    ['a missing table', broken((d) => delete d.data.links), 'data.links'],
    ['an unknown field', broken((d) => (d.data.claims[0]!.extra = 1)), 'damaged'],
    [
      'duplicate ids',
      broken((d) => d.data.claims.push({ ...d.data.claims[0]! })),
      'two claims have the id “c1”',
    ],
    ['a dangling reference', broken((d) => (d.data.claims[0]!.articleId = 'nope')), 'missing article'],
    [
      'a lone surrogate',
      serializeBackup(sample()).replace('🚀 checked', '\\ud83d checked'),
      'lone surrogate',
    ],
  ])('refuses %s with a clear message', (_name, raw, message) => {
    const check = checkBackup(raw);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.error).toContain(message);
  });

  it('refuses a __proto__ key without polluting any prototype', () => {
    const file = serializeBackup(sample());
    const raw = file.replace('"id":"c1",', '"__proto__": {"polluted": true}, "id":"c1",');
    expect(raw).not.toBe(file);
    const check = checkBackup(raw);
    expect(check.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
