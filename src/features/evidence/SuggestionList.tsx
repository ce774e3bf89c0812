import { ariaKeys } from '../keyboard/shortcuts';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { useShortcut } from '../keyboard/use-shortcuts';
import { Fragment, useEffect, useRef, useState } from 'react';
import { outletName } from '../../domain/evidence/sources';
import { dependence } from '../../domain/evidence/independence';
import { describeWouldCount } from '../../domain/evidence/explain';
import type { ArticleRecord, LinkRecord } from '../../db/records';
import { MatchText, sharesWords } from './MatchText';
import { MeaningNote } from './MeaningNote';
import type { EvidenceActions } from './use-evidence-actions';
import type { EvidenceData } from './use-evidence-index';
import { FIRST_PAGE, PAGE, useSuggestions, type ShownSuggestion } from './use-suggestions';

interface Props {
  claim: { id: string; articleId: string; text: string };
  evidence: EvidenceData | null;
  links: readonly LinkRecord[] | undefined;
  dismissed: ReadonlySet<string> | undefined;
  articles: readonly ArticleRecord[];
  actions: EvidenceActions;
  /** Sentence keys linked to equivalent claims. */
  related?: readonly string[];
}

/** Ranked sentences of other articles to link, filterable by article, ten more at a time. */
export function SuggestionList({ claim, evidence, links, dismissed, articles, actions, related }: Props) {
  const [shown, setShown] = useState(FIRST_PAGE);
  const [articleId, setArticleId] = useState<string | null>(null);
  const suggestions = useSuggestions(claim, evidence, links, dismissed, shown, articleId, related);
  // A linked suggestion leaves "Linked ✓ · Undo" where it was, so the next one does not slide under
  // the pointer; kept for this claim until undone.
  const [placed, setPlaced] = useState<{ claimId: string; items: Placed[] }>({
    claimId: claim.id,
    items: [],
  });
  const here = placed.claimId === claim.id ? placed.items : [];
  const onLinked = (p: Placed) =>
    setPlaced({ claimId: claim.id, items: [...here.filter((x) => x.id !== p.id), p] });
  const unplace = (id: string) =>
    setPlaced((now) => ({ ...now, items: now.items.filter((x) => x.id !== id) }));
  // A link undone elsewhere (the header's Undo, a colleague) takes its "Linked ✓" with it: once the
  // link has been seen stored, its absence means it is gone.
  useEffect(() => {
    if (!links) return;
    setPlaced((now) => {
      let changed = false;
      const items = now.items.flatMap((p) => {
        const stored = links.some((l) => l.sentenceKey === p.id && l.relation === p.relation);
        if (stored && !p.seen) {
          changed = true;
          return [{ ...p, seen: true }];
        }
        if (!stored && p.seen) {
          changed = true;
          return [];
        }
        return [p];
      });
      return changed ? { ...now, items } : now;
    });
  }, [links]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const others = articles.filter((a) => a.id !== claim.articleId);
  useShortcut('link-supports', linkSupports);
  useShortcut('link-contradicts', linkContradicts);
  useShortcut('dismiss', dismissFocused);
  return (
    <section aria-labelledby="suggestions-heading">
      <div className="suggestions-head">
        <h3 id="suggestions-heading">Suggestions</h3>
        <label className="small">
          From{' '}
          <select
            value={articleId ?? ''}
            onChange={(e) => {
              setArticleId(e.target.value || null);
              setShown(FIRST_PAGE);
            }}
          >
            <option value="">All articles</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {`${outletName(a)} — ${a.headline.length > 40 ? `${a.headline.slice(0, 39)}…` : a.headline}`}
              </option>
            ))}
          </select>
        </label>
      </div>
      <MeaningNote byMeaning={suggestions?.byMeaning} readAll={suggestions?.readAll} />
      {suggestions?.contradictions.length ? (
        <section className="contradiction-lane" aria-labelledby="contradictions-heading">
          <h4 id="contradictions-heading">Possible contradictions</h4>
          <ol className="evidence-list" aria-label="Possible contradictions">
            {suggestions.contradictions.map((s) => (
              <SuggestionItem
                key={s.id}
                s={s}
                wouldCount={wouldCountOf(s, claim, byId)}
                reason={s.says}
                article={byId.get(s.sentence.articleId)}
                claim={claim}
                actions={actions}
              />
            ))}
          </ol>
        </section>
      ) : null}
      {!suggestions ? (
        <p className="muted small">Finding likely evidence…</p>
      ) : suggestions.items.length === 0 ? (
        <p className="muted small">
          {articleId
            ? 'No more suggestions from this article.'
            : 'No more suggestions: no other sentence shares a word with the claim.'}
        </p>
      ) : (
        <>
          <ol className="evidence-list" aria-label="Suggested evidence" onKeyDown={moveBetweenSuggestions}>
            {withPlaced(
              grouped(
                suggestions.items.filter((s) => !here.some((p) => p.id === s.id)),
                (s) => wouldCountOf(s, claim, byId),
              ),
              here,
            ).map((x) =>
              'placed' in x ? (
                <LinkedInPlace key={`placed-${x.placed.id}`} placed={x.placed} onGone={unplace} />
              ) : (
                <Fragment key={x.s.id}>
                  {x.first ? (
                    <li className="suggestion-divider" aria-hidden="true">
                      From sources that would not count
                    </li>
                  ) : null}
                  <SuggestionItem
                    s={x.s}
                    at={x.at}
                    wouldCount={x.wouldCount}
                    article={byId.get(x.s.sentence.articleId)}
                    claim={claim}
                    actions={actions}
                    onLinked={onLinked}
                  />
                </Fragment>
              ),
            )}
          </ol>
          {suggestions.more > 0 ? (
            <button type="button" className="more" onClick={() => setShown((n) => n + PAGE)}>
              More ({suggestions.more} left)
            </button>
          ) : (
            <p className="muted small">No more suggestions.</p>
          )}
        </>
      )}
    </section>
  );
}

/** S, C and X: press the focused suggestion's Supports, Contradicts or Dismiss button (nothing when none is focused). */
function linkFocused(name: 'Supports' | 'Contradicts' | 'Dismiss') {
  return () => {
    const item = document.activeElement?.closest('.suggestion');
    const button = [...(item?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes(name));
    if (!button) return false;
    button.click();
  };
}

const linkSupports = linkFocused('Supports');
const dismissFocused = linkFocused('Dismiss');

/**
 * ↑/↓ on a suggestion's button move to the same button of the suggestion above or below, so the
 * keyboard walks the list a suggestion at a time (S, C, X act on the one focused).
 */
function moveBetweenSuggestions(e: React.KeyboardEvent<HTMLOListElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const here = (e.target as HTMLElement).closest('li');
  if (!here || !(e.target instanceof HTMLButtonElement)) return;
  const items = [...e.currentTarget.querySelectorAll<HTMLLIElement>(':scope > li.suggestion')];
  const at = items.indexOf(here as HTMLLIElement);
  const next = items[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (at < 0 || !next) return;
  const k = [...here.querySelectorAll('button')].indexOf(e.target);
  const buttons = next.querySelectorAll<HTMLButtonElement>('button');
  (buttons[Math.max(0, Math.min(k, buttons.length - 1))] ?? buttons[0])?.focus();
  e.preventDefault();
}
const linkContradicts = linkFocused('Contradicts');

/**
 * Whether linking the suggestion would count ("Independent", or why not), judged as the panel judges
 * links: outlet, wire, wording, named source.
 */
function wouldCountOf(
  s: ShownSuggestion,
  claim: { id: string; articleId: string; text: string },
  byId: ReadonlyMap<string, ArticleRecord>,
): string {
  const claimArticle = byId.get(claim.articleId);
  const article = byId.get(s.sentence.articleId);
  return describeWouldCount(
    dependence(
      { ...claim, outlet: claimArticle?.outlet ?? '', credits: claimArticle?.credits ?? [] },
      {
        id: s.id,
        articleId: s.sentence.articleId,
        text: s.sentence.text,
        outlet: article?.outlet ?? '',
        credits: article?.credits ?? [],
      },
    ),
  );
}

/**
 * The suggestions that would count first, in their ranked order, then those that would not (same
 * outlet, wire or wording as the claim), the first of which opens their group.
 */
function grouped<T>(items: readonly T[], judge: (item: T) => string) {
  const judged = items.map((s) => ({ s, wouldCount: judge(s) }));
  const counting = judged.filter((x) => x.wouldCount === INDEPENDENT);
  const not = judged.filter((x) => x.wouldCount !== INDEPENDENT);
  return [
    ...counting.map((x) => ({ ...x, first: false })),
    ...not.map((x, i) => ({ ...x, first: i === 0 && counting.length > 0 })),
  ];
}
const INDEPENDENT = 'Independent';

/** A suggestion just linked, kept in its place: what it became, and Undo. */
interface Placed {
  id: string;
  /** Its place in the list when it was linked. */
  at: number;
  relation: 'supports' | 'contradicts';
  undo?: () => Promise<void>;
  /** The link has been seen among the claim's stored links. */
  seen?: boolean;
  /** The suggestion's height (px): the notice keeps it, so nothing below moves. */
  height?: number;
}

/** The list with each linked suggestion's "Linked ✓" back at the place it had. */
function withPlaced<T extends { s: ShownSuggestion }>(
  items: readonly T[],
  placed: readonly Placed[],
): Array<(T & { at: number }) | { placed: Placed }> {
  const out: Array<(T & { at: number }) | { placed: Placed }> = items.map((x, i) => ({ ...x, at: i }));
  for (const p of [...placed].sort((a, b) => a.at - b.at))
    out.splice(Math.min(p.at, out.length), 0, { placed: p });
  let i = 0;
  return out.map((x) => ('placed' in x ? x : { ...x, at: i++ }));
}

/** "Linked as supporting ✓ · Undo", where the suggestion was. */
function LinkedInPlace({ placed, onGone }: { placed: Placed; onGone: (id: string) => void }) {
  const showToast = useUi((s) => s.showToast);
  return (
    <li
      className="evidence-item linked-in-place"
      aria-label="Linked suggestion"
      style={placed.height ? { minHeight: placed.height } : undefined}
    >
      <span>
        <span aria-hidden="true">✓ </span>
        {placed.relation === 'supports' ? 'Linked as supporting' : 'Linked as contradicting'}
      </span>
      {placed.undo ? (
        <button
          type="button"
          className="link"
          aria-label="Undo this link"
          onClick={() =>
            placed.undo!().then(
              () => {
                onGone(placed.id);
                showToast({ message: 'Link undone.', tone: 'info' });
              },
              (e: unknown) => showToast({ message: `Could not undo: ${errorMessage(e)}`, tone: 'error' }),
            )
          }
        >
          Undo
        </button>
      ) : null}
    </li>
  );
}

/** One suggested sentence with its marks and the buttons that link or dismiss it. */
function SuggestionItem({
  s,
  at,
  onLinked,
  wouldCount,
  reason,
  article,
  claim,
  actions,
}: {
  s: ShownSuggestion;
  /** Whether linking it would count ("Independent", or why not). */
  wouldCount: string;
  /** How it may contradict the claim (the Contradicts lane). */
  reason?: string;
  article: ArticleRecord | undefined;
  claim: { id: string; articleId: string; text: string };
  actions: EvidenceActions;
  /** Its place in the list (where "Linked ✓" stays once linked); none in the Contradicts lane. */
  at?: number;
  onLinked?: (p: Placed) => void;
}) {
  const claimText = claim.text;
  const item = useRef<HTMLLIElement>(null);
  const link = (relation: 'supports' | 'contradicts') => {
    // The Linked evidence list above grows by this link; the browser's scroll anchoring keeps the
    // notice under the pointer (Chromium, Firefox).
    const height = item.current?.getBoundingClientRect().height;
    void actions.link(s.sentence.articleId, s.sentence.start, s.sentence.end, relation).then((done) => {
      if (done && at !== undefined) onLinked?.({ id: s.id, at, relation, height, ...done });
    });
  };
  return (
    <li className="evidence-item suggestion" ref={item}>
      <p className="evidence-meta">
        <span className="small">{article ? outletName(article) : 'Unknown outlet'}</span>
        <span className={`flag ${wouldCount === INDEPENDENT ? 'flag-ok' : 'flag-muted'}`}>{wouldCount}</span>
        {reason ? <span className="flag flag-warn">{reason === 'denial' ? 'Denial' : reason}</span> : null}
        {!reason && s.cues.includes('denial') ? <span className="flag flag-warn">Denial</span> : null}
        {s.byMeaning && !sharesWords(s.sentence.text, claimText) ? (
          <span className="flag flag-meaning" title="Shares no word with the claim, but says something close">
            Similar meaning
          </span>
        ) : null}
        {s.cues.includes('hypothetical') ? (
          <span className="flag flag-info" title="Says what could or would happen, not what did">
            Hypothetical
          </span>
        ) : null}
      </p>
      <p className="evidence-text">
        <MatchText text={s.sentence.text} claimText={claimText} />
      </p>
      <p className="muted small evidence-source">{article?.headline}</p>
      <div className="row-actions">
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('link-supports')}
          title="Link as supporting the claim"
          onClick={() => link('supports')}
        >
          <span aria-hidden="true">✓ </span>Supports
        </button>
        <button
          type="button"
          aria-keyshortcuts={ariaKeys('link-contradicts')}
          title="Link as contradicting the claim (a denial is a contradiction)"
          onClick={() => link('contradicts')}
        >
          <span aria-hidden="true">✗ </span>Contradicts
        </button>
        <button
          type="button"
          className="link"
          onClick={() => void actions.dismiss(s.sentence.articleId, s.sentence.start)}
        >
          Dismiss
        </button>
      </div>
    </li>
  );
}
