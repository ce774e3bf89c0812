import { ariaKeys, isShortcut } from '../keyboard/shortcuts';
import { useShortcut } from '../keyboard/use-shortcuts';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { outletName } from '../../domain/evidence/sources';
import { describeRange } from '../../domain/anchoring';
import { VERDICT_LABELS } from '../../domain/types';
import {
  useArticle,
  useArticleText,
  useCategories,
  useClaimsOfArticle,
  useLinksOfClaim,
} from '../../db/hooks';
import type { Relation } from '../../db/records';
import { useUi } from '../../store/ui-store';
import { ArticleText, VERDICT_GLYPHS } from './ArticleText';
import { selectTextRange, selectedTextRange } from './dom-offsets';
import { innermost, useArticleModel } from './use-article-model';

/** How long a claim flashes after a jump to it, in ms (matches the CSS animation). */
const FLASH_MS = 1600;

/** The open article: its details, its text with claims highlighted, and marking new claims. */
export function Reader({ loading, empty = false }: { loading: boolean; empty?: boolean }) {
  const articleId = useUi((s) => s.openArticleId);
  const focusClaimId = useUi((s) => s.focusClaimId);
  const focusNonce = useUi((s) => s.focusNonce);
  const openEditor = useUi((s) => s.openEditor);
  const editorOpen = useUi((s) => s.editor.mode !== 'closed');
  const openDialog = useUi((s) => s.openDialog);
  const article = useArticle(articleId);
  const textRecord = useArticleText(articleId);
  const claims = useClaimsOfArticle(articleId);
  const categoryList = useCategories();
  const categories = useMemo(() => new Map((categoryList ?? []).map((c) => [c.id, c])), [categoryList]);
  const { index, layout, placed } = useArticleModel(textRecord, claims);
  const textRef = useRef<HTMLDivElement>(null);
  const storedSelection = useUi((s) => s.textSelection);
  const setTextSelection = useUi((s) => s.setTextSelection);
  const selection = storedSelection && storedSelection.articleId === articleId ? storedSelection : null;
  const focusSentence = useUi((s) => s.focusSentence);
  const activeClaimId = useUi((s) => s.activeClaimId);
  const showClaim = useUi((s) => s.showClaim);
  const setActiveClaim = useUi((s) => s.setActiveClaim);
  const activeLinks = useLinksOfClaim(activeClaimId);
  const linkedSentences = useMemo(() => {
    const m = new Map<number, Relation>();
    if (!textRecord || !activeLinks) return m;
    for (const l of activeLinks) {
      if (l.articleId !== articleId) continue;
      const i = textRecord.sentences.findIndex((s) => s.start === l.selector.position.start);
      if (i >= 0) m.set(i, l.relation);
    }
    return m;
  }, [activeLinks, textRecord, articleId]);
  const cursor = useRef<{ anchor: number; focus: number } | null>(null);

  // Track the user's selection inside the article text (mouse drag, keyboard, caret browsing).
  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      // Tracked while the editor is open too: with a claim open, a selection in another article is
      // evidence to link.
      if (!root || !textRecord || !articleId) return;
      const range = selectedTextRange(root, document.getSelection(), textRecord.text);
      const current = useUi.getState().textSelection;
      if (!range) {
        if (current) setTextSelection(null);
      } else if (
        current?.articleId !== articleId ||
        current.start !== range.start ||
        current.end !== range.end
      ) {
        setTextSelection({ articleId, ...range });
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [textRecord, articleId, setTextSelection]);

  useEffect(() => {
    cursor.current = null;
  }, [articleId]);

  /**
   * The selection as the DOM has it right now: a key pressed straight after Shift+↓ must not see
   * the state of the previous selectionchange.
   */
  const currentSelection = useCallback(() => {
    const root = textRef.current;
    const live =
      root && textRecord ? selectedTextRange(root, document.getSelection(), textRecord.text) : null;
    return live ?? selection;
  }, [selection, textRecord]);

  const markAsClaim = useCallback(() => {
    const range = currentSelection();
    if (!range || !index || !articleId) return;
    openEditor({ mode: 'new', articleId, selector: describeRange(index, range.start, range.end) });
  }, [currentSelection, index, articleId, openEditor]);

  // M marks the current selection from anywhere outside a form field.
  useShortcut(
    'mark',
    useCallback(() => {
      if (editorOpen || !currentSelection()) return false;
      markAsClaim();
    }, [editorOpen, currentSelection, markAsClaim]),
  );

  // J and K step through the article's claims in reading order, opening each with its evidence.
  const stepClaim = useCallback(
    (step: 1 | -1) => {
      if (!articleId || !placed.length) return false;
      const order = placed
        .filter((p) => p.range)
        .sort((x, y) => x.range!.start - y.range!.start || x.range!.end - y.range!.end);
      if (!order.length) return false;
      const at = order.findIndex((p) => p.claim.id === activeClaimId);
      const next = at < 0 ? (step > 0 ? 0 : order.length - 1) : (at + step + order.length) % order.length;
      showClaim(articleId, order[next]!.claim.id);
    },
    [articleId, placed, activeClaimId, showClaim],
  );
  useShortcut(
    'next-claim',
    useCallback(() => stepClaim(1), [stepClaim]),
  );
  useShortcut(
    'previous-claim',
    useCallback(() => stepClaim(-1), [stepClaim]),
  );

  // Scroll to and flash a claim asked for from the table.
  useEffect(() => {
    const root = textRef.current;
    if (!root || !focusClaimId || !layout) return;
    const marks = root.querySelectorAll<HTMLElement>(`mark[data-claims~="${CSS.escape(focusClaimId)}"]`);
    if (!marks.length) return;
    marks[0]!.scrollIntoView({ block: 'center' });
    marks.forEach((m) => m.classList.add('flash'));
    const t = window.setTimeout(() => marks.forEach((m) => m.classList.remove('flash')), FLASH_MS);
    return () => window.clearTimeout(t);
  }, [focusClaimId, focusNonce, layout, placed]);

  // Scroll to and flash a sentence asked for from the evidence panel or the matrix.
  useEffect(() => {
    const root = textRef.current;
    if (!root || !focusSentence || !textRecord || focusSentence.articleId !== articleId) return;
    const i = textRecord.sentences.findIndex((s) => s.start === focusSentence.start);
    const el = root.querySelector<HTMLElement>(`[data-sentence="${i}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('flash');
    const t = window.setTimeout(() => el.classList.remove('flash'), FLASH_MS);
    return () => window.clearTimeout(t);
  }, [focusSentence, focusNonce, textRecord, articleId, layout]);

  const onTextClick = (e: MouseEvent<HTMLDivElement>) => {
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed) return; // finishing a drag, not a click on a highlight
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-claims]');
    if (!mark) return;
    const ids = mark.dataset.claims!.split(' ');
    const hit = innermost(placed, (p) => ids.includes(p.claim.id));
    if (hit) openClaim(hit.claim.id);
  };

  const openClaim = (id: string) => {
    setActiveClaim(id);
    openEditor({ mode: 'edit', claimId: id });
  };

  // Keyboard selection: arrows move a sentence cursor, Shift+arrows extend it, Enter or m marks it.
  const onTextKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const root = textRef.current;
    if (!root || !layout) return;
    const count = layout.sentences.length;
    if (e.key === 'Enter' && currentSelection()) {
      e.preventDefault();
      markAsClaim();
      return;
    }
    if (isShortcut(e, 'open-claim') && cursor.current) {
      // Open the claim under the sentence cursor (the innermost, as a click would).
      const c = cursor.current;
      const from = layout.sentences[Math.min(c.anchor, c.focus)]!.start;
      const to = layout.sentences[Math.max(c.anchor, c.focus)]!.end;
      const hit = innermost(placed, (p) => p.range!.start < to && p.range!.end > from);
      if (hit) {
        e.preventDefault();
        openClaim(hit.claim.id);
      }
      return;
    }
    const down = isShortcut(e, 'sentence-next');
    if (!down && !isShortcut(e, 'sentence-previous')) return;
    if (!count) return;
    e.preventDefault();
    const step = down ? 1 : -1;
    const c = cursor.current;
    const focus = c ? Math.max(0, Math.min(count - 1, c.focus + step)) : step > 0 ? 0 : count - 1;
    const anchor = e.shiftKey && c ? c.anchor : focus;
    cursor.current = { anchor, focus };
    const a = layout.sentences[Math.min(anchor, focus)]!;
    const b = layout.sentences[Math.max(anchor, focus)]!;
    selectTextRange(root, a.start, b.end);
    root.querySelector(`[data-sentence="${focus}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  if (empty) {
    return (
      <section className="reader reader-empty" aria-label="Article">
        <div className="empty-dossier" role="status">
          <h2>This dossier has no articles yet</h2>
          <p>
            Bring in the articles of the investigation with <strong>Import articles</strong> in the header
            (plain text, Markdown or HTML files, several at once). <strong>Restore</strong> opens a backup,
            and <strong>Import Web Annotations</strong> brings claims marked in another tool.
          </p>
        </div>
      </section>
    );
  }
  if (!articleId || !article || !textRecord || !layout) {
    return (
      <section className="reader reader-empty" aria-label="Article">
        <p className="muted" role="status">
          {loading || article === undefined ? 'Loading the dossier…' : 'Choose an article from the list.'}
        </p>
      </section>
    );
  }

  const orphans = placed.filter((p) => !p.range);
  const meta = [outletName(article), article.author, article.section, article.date].filter(Boolean);

  return (
    <section className="reader" aria-labelledby="article-headline">
      <header className="reader-header">
        <div className="reader-heading">
          <h2 id="article-headline">{article.headline}</h2>
          <p className="reader-meta">
            {meta.join(' · ')}
            {article.url && /^https?:\/\//i.test(article.url) ? (
              <>
                {' · '}
                <a href={article.url} target="_blank" rel="noreferrer noopener">
                  original
                </a>
              </>
            ) : null}
          </p>
          {article.credits.length ? (
            <p className="reader-credits">Wire credit: {article.credits.join('; ')}</p>
          ) : null}
          {article.headlineDerived || !article.outlet ? (
            <p className="reader-hint">
              {article.headlineDerived ? 'Headline taken from the first sentence. ' : ''}
              {!article.outlet ? 'The file does not name its outlet. ' : ''}
              Use “Edit details” to correct it.
            </p>
          ) : null}
        </div>
        <button type="button" className="secondary" onClick={() => openDialog('details')}>
          Edit details
        </button>
      </header>
      <div className="reader-toolbar" role="toolbar" aria-label="Claim tools">
        <button
          type="button"
          className="primary"
          disabled={!selection}
          onMouseDown={(e) => e.preventDefault()}
          onClick={markAsClaim}
          aria-keyshortcuts={ariaKeys('mark')}
          title={selection ? 'Mark the selected text as a claim (M)' : 'Select text in the article first'}
        >
          Mark as claim
        </button>
        <span className="muted small">
          {selection
            ? `${textRecord.text.slice(selection.start, selection.end).length} characters selected`
            : 'Select text with the mouse, or focus the text and use ↑ ↓ (Shift to extend); O opens a claim.'}
        </span>
        <span className="legend" aria-label="Verdict legend">
          {(['confirmed', 'disputed', 'unverified'] as const).map((v) => (
            <span key={v} className={`badge verdict-${v}`}>
              {VERDICT_GLYPHS[v]} {VERDICT_LABELS[v]}
            </span>
          ))}
        </span>
      </div>
      {orphans.length ? (
        <p className="warning" role="note">
          {orphans.length === 1 ? '1 claim' : `${orphans.length} claims`} could not be found in the text any
          more and {orphans.length === 1 ? 'is' : 'are'} not highlighted.{' '}
          {orphans.length === 1 ? 'It is' : 'They are'} still in the Claims table.
        </p>
      ) : null}
      <div
        ref={textRef}
        className="article-text"
        tabIndex={0}
        role="document"
        aria-label="Article text"
        onClick={onTextClick}
        onKeyDown={onTextKey}
      >
        <ArticleText
          text={textRecord.text}
          blocks={layout.blocks}
          sentences={layout.sentences}
          placed={placed}
          categories={categories}
          linkedSentences={linkedSentences}
          activeClaimId={activeClaimId}
        />
      </div>
      <p className="muted small reader-footer">
        {claims?.length ?? 0} {claims?.length === 1 ? 'claim' : 'claims'} in this article
      </p>
    </section>
  );
}
