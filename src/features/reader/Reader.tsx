import { ariaKeys } from '../keyboard/shortcuts';
import { useShortcut } from '../keyboard/use-shortcuts';
import { useCallback, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { outletName } from '../../domain/evidence/sources';
import { describeRange } from '../../domain/anchoring';
import { choicesOf } from '../../domain/rating-scales';
import {
  useArticle,
  useArticleText,
  useCategories,
  useClaimsOfArticle,
  useLinksOfClaim,
  useRatingScale,
} from '../../db/hooks';
import type { Relation } from '../../db/records';
import { useUi } from '../../store/ui-store';
import { ArticleText } from './ArticleText';
import { innermost, useArticleModel } from './use-article-model';
import { useFlash } from './use-flash';
import { useSentenceKeys } from './use-sentence-keys';
import { useTextSelection } from './use-text-selection';

/** The open article: its details, its text with claims highlighted, and marking new claims. */
export function Reader({ loading, empty = false }: { loading: boolean; empty?: boolean }) {
  const articleId = useUi((s) => s.openArticleId);
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
  const scale = useRatingScale();
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
  const storedSelection = useUi((s) => s.textSelection);
  const selection = storedSelection && storedSelection.articleId === articleId ? storedSelection : null;
  const currentSelection = useTextSelection(textRef, textRecord, articleId);
  // Another article opens at its top (an imported one, one picked in the list), unless a jump to one
  // of its claims or sentences was asked for: that scrolls to it next.
  const shownArticle = useRef<string | null>(null);
  useEffect(() => {
    if (!textRecord || shownArticle.current === textRecord.articleId) return;
    shownArticle.current = textRecord.articleId;
    const reader = textRef.current?.closest('.reader');
    if (reader) reader.scrollTop = 0;
  }, [textRecord]);
  useFlash(textRef, articleId, textRecord, layout && placed);

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
  const onTextKey = useSentenceKeys({
    textRef,
    articleId,
    sentences: layout?.sentences ?? null,
    placed,
    hasSelection: () => currentSelection() !== null,
    markAsClaim,
    openClaim,
  });

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
        <span className="muted small toolbar-hint">
          {selection
            ? `${textRecord.text.slice(selection.start, selection.end).length} characters selected`
            : 'Select text with the mouse, or press T and use ↑ ↓ (Shift extends; Ctrl+Shift+← → by words); O opens a claim.'}
        </span>
        <span className="legend" aria-label="Verdict legend">
          {choicesOf(scale).map((r) => (
            <span key={r.id} className={`badge verdict-${r.verdict}`}>
              {r.glyph} {r.label}
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
          scale={scale}
        />
      </div>
      <p className="muted small reader-footer">
        {claims?.length ?? 0} {claims?.length === 1 ? 'claim' : 'claims'} in this article
      </p>
    </section>
  );
}
