import type { Claimant, HistoryKind } from '../domain/records';
import type { ClaimRecord, LinkRecord } from './records';
import { ratingById } from '../domain/rating-scales';
import type { CorroborateDB } from './db';
import { SETTINGS } from './settings-repo';

export interface HistoryEntry {
  claimId: string;
  kind: HistoryKind;
  from?: string | null;
  to?: string | null;
}

/** The longest value kept in an entry (a note); longer ones are cut with an ellipsis. */
const MAX_VALUE = 5000;
const cut = (v: string | null | undefined) =>
  v == null ? null : v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE - 1)}…` : v;

/** Entries written by this tab so far: orders entries of the same millisecond. */
let written = 0;

/** An entry's id sorts as the entry: its time, then the order it was written in (then a random tail). */
function entryId(at: number): string {
  return `${String(at).padStart(15, '0')}-${String(written++ % 1e9).padStart(9, '0')}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Orders a trail: by time, then as written. */
export function byTimeWritten(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Appends entries to claims' audit trails, with the time and the editor's name from Settings. Call it
 * inside the transaction of the change it records (with `history` and `settings` in its scope), so
 * the change and its entry are written together or not at all.
 */
export async function appendHistory(
  db: CorroborateDB,
  entries: readonly HistoryEntry[],
  at = Date.now(),
): Promise<void> {
  if (!entries.length) return;
  const name = (await db.settings.get(SETTINGS.editorName))?.value;
  const editor = typeof name === 'string' ? name.trim().slice(0, 200) : '';
  await db.history.bulkAdd(
    entries.map((e) => ({
      id: entryId(at),
      claimId: e.claimId,
      at,
      editor,
      kind: e.kind,
      from: cut(e.from),
      to: cut(e.to),
    })),
  );
}

const claimantText = (c: Claimant | null | undefined) =>
  c ? `${c.name} (${c.type === 'Person' ? 'person' : 'organisation'})` : null;

/** The trail entries of a claim going from `a` to `b`: verdict, category, note and claimant changes. */
export function describeClaimChange(
  a: Pick<ClaimRecord, 'id' | 'verdict' | 'categoryId' | 'note' | 'claimant' | 'rating'>,
  b: Partial<Pick<ClaimRecord, 'verdict' | 'categoryId' | 'note' | 'claimant' | 'rating'>>,
): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const claimId = a.id;
  // A verdict is written as its id ("confirmed"), a rating of another scale as its words ("Mostly true").
  const word = (verdict: ClaimRecord['verdict'], rating: string | null | undefined) => {
    const r = ratingById(rating);
    return r && r.verdict === verdict && r.id !== verdict ? r.label : verdict;
  };
  const from = word(a.verdict, a.rating);
  const to = word(
    b.verdict ?? a.verdict,
    b.rating !== undefined ? b.rating : b.verdict !== undefined && b.verdict !== a.verdict ? null : a.rating,
  );
  if ((b.verdict !== undefined || b.rating !== undefined) && from !== to)
    entries.push({ claimId, kind: 'verdict', from, to });
  if (b.categoryId !== undefined && b.categoryId !== a.categoryId)
    entries.push({ claimId, kind: 'category', from: a.categoryId, to: b.categoryId });
  if (b.note !== undefined && b.note !== a.note)
    entries.push({ claimId, kind: 'note', from: a.note, to: b.note });
  if (b.claimant !== undefined && claimantText(b.claimant) !== claimantText(a.claimant))
    entries.push({ claimId, kind: 'claimant', from: claimantText(a.claimant), to: claimantText(b.claimant) });
  return entries;
}

/** A link as its claim's trail names it: its relation and sentence. */
export function describeLink(link: Pick<LinkRecord, 'relation' | 'selector'>): string {
  return `${link.relation}: ${link.selector.quote.exact}`;
}
