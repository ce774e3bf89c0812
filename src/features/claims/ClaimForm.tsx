import { ariaKeys, isShortcut } from '../keyboard/shortcuts';
import { useMemo, useState, type FormEvent } from 'react';
import { addCategory } from '../../db/categories-repo';
import { createClaim, deleteClaim, updateClaim } from '../../db/claims-repo';
import { undoable, withUndo } from '../undo/undo-actions';
import { db } from '../../db/db';
import { useArticles, useCategories, useLinksOfClaim, useRatingScale } from '../../db/hooks';
import { corroborationOf, verdictWarning } from '../evidence/corroboration';
import type { ClaimRecord } from '../../db/records';
import type { Verdict } from '../../domain/types';
import { choiceById, choicesOf, ratingOf } from '../../domain/rating-scales';
import { FormError } from '../../components/FormError';
import { ClaimantField, type ClaimantDraft } from './ClaimantField';
import { Field } from '../../components/Field';
import { errorMessage } from '../../services/errors';
import { requestPersistence } from '../../services/storage';
import { useUi, type EditorState } from '../../store/ui-store';

/** The last category used, offered first for the next claim: claims come in runs of one topic. */
let lastCategoryId: string | null = null;
const rememberCategory = (id: string) => {
  lastCategoryId = id;
};

interface Props {
  editor: Exclude<EditorState, { mode: 'closed' }>;
  /** The stored claim when editing; mounted only once it is loaded, so typing never races it. */
  claim?: ClaimRecord;
  onDone: () => void;
}

export function ClaimForm({ editor, claim, onDone }: Props) {
  const showToast = useUi((s) => s.showToast);
  const setActiveClaim = useUi((s) => s.setActiveClaim);
  const categories = useCategories();
  const articles = useArticles();
  const links = useLinksOfClaim(claim?.id ?? null);
  const standing = useMemo(
    () =>
      claim && links && articles
        ? corroborationOf(claim, links, new Map(articles.map((a) => [a.id, a])))
        : { independentSupport: 0, independentContradict: 0, contradict: 0 },
    [claim, links, articles],
  );
  const [categoryId, setCategoryId] = useState(claim?.categoryId ?? lastCategoryId ?? '');
  // A new claim starts with the last claim's category: said so, until another is chosen.
  const [inherited] = useState(() => !claim && lastCategoryId !== null);
  const [changedCategory, setChangedCategory] = useState(false);
  const scale = useRatingScale();
  // The rating chosen here; until one is, the claim's own (or, for a new claim, the scale's unrated one).
  const [chosen, setChosen] = useState<string | null>(null);
  const rating =
    chosen !== null ? choiceById(scale, chosen) : ratingOf(claim ?? { verdict: 'unverified' }, scale);
  const verdict: Verdict = rating.verdict;
  const [note, setNote] = useState(claim?.note ?? '');
  const [normalised, setNormalised] = useState(claim?.normalised ?? '');
  const [claimant, setClaimant] = useState<ClaimantDraft>({
    name: claim?.claimant?.name ?? '',
    type: claim?.claimant?.type ?? 'Person',
  });
  const claimantValue = claimant.name.trim() ? { name: claimant.name, type: claimant.type } : null;
  const [newCategory, setNewCategory] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The revision the form was filled from: a later one means another tab changed the claim. */
  const [baseRev] = useState(claim?.rev);
  const changedElsewhere = claim !== undefined && baseRev !== undefined && claim.rev !== baseRev;

  const effectiveCategory = categoryId || categories?.[0]?.id || '';
  const quote = editor.mode === 'new' ? editor.selector.quote.exact : claim?.selector.quote.exact;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (!effectiveCategory) throw new Error('Choose a category.');
      rememberCategory(effectiveCategory);
      if (editor.mode === 'new') {
        const { selector, articleId } = editor;
        const id = await undoable(db, 'Mark claim', () =>
          createClaim(db, {
            articleId,
            selector,
            categoryId: effectiveCategory,
            verdict,
            rating: rating.id || null,
            note,
            claimant: claimantValue,
            normalised,
          }),
        );
        document.getSelection()?.removeAllRanges();
        setActiveClaim(id);
        void requestPersistence();
        showToast({ message: 'Claim saved.', tone: 'info' });
      } else {
        const { claimId } = editor;
        const result = await undoable(db, 'Edit claim', () =>
          updateClaim(
            db,
            claimId,
            {
              categoryId: effectiveCategory,
              verdict,
              ...(chosen !== null ? { rating: rating.id || null } : {}),
              note,
              claimant: claimantValue,
              normalised,
            },
            baseRev,
          ),
        );
        showToast(
          result.overwrote
            ? {
                message:
                  'Claim saved. It had been changed in another tab; your version replaced that change.',
                tone: 'error',
              }
            : { message: 'Claim updated.', tone: 'info' },
        );
      }
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  const remove = async () => {
    if (editor.mode !== 'edit') return;
    try {
      const { claimId } = editor;
      const { result: deleted, undo } = await withUndo('Delete claim', () => deleteClaim(db, claimId));
      onDone();
      if (deleted) showToast({ message: 'Claim deleted.', tone: 'info', ...(undo ? { undo } : {}) });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const addNewCategory = async () => {
    if (newCategory === null) return;
    try {
      const name = newCategory;
      const created = await undoable(db, 'Add category', () => addCategory(db, name));
      setCategoryId(created.id);
      setNewCategory(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form
      onSubmit={save}
      onKeyDown={(e) => {
        if (isShortcut(e, 'save-claim')) void save(e);
      }}
    >
      <blockquote className="claim-quote">{quote}</blockquote>
      <div className="field-row">
        <Field
          label="Category"
          hint={
            inherited && !changedCategory ? 'Kept from your last claim: check it fits this one.' : undefined
          }
        >
          <select
            autoFocus
            value={effectiveCategory}
            onChange={(e) => {
              setCategoryId(e.target.value);
              setChangedCategory(true);
            }}
          >
            {(categories ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Verdict">
          <select value={rating.id} onChange={(e) => setChosen(e.target.value)}>
            {choicesOf(scale).map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {newCategory === null ? (
        <button type="button" className="link align-start" onClick={() => setNewCategory('')}>
          + New category
        </button>
      ) : (
        <fieldset className="field-row new-category">
          <legend>New category</legend>
          <Field label="Name" className="grow">
            <input
              autoFocus
              value={newCategory}
              maxLength={60}
              onChange={(e) => setNewCategory(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void addNewCategory();
                }
              }}
            />
          </Field>
          <button type="button" onClick={() => void addNewCategory()}>
            Add category
          </button>
          <button type="button" className="link" onClick={() => setNewCategory(null)}>
            Cancel
          </button>
        </fieldset>
      )}
      <ClaimantField
        value={claimant}
        onChange={setClaimant}
        articleId={editor.mode === 'new' ? editor.articleId : (claim?.articleId ?? '')}
        start={(editor.mode === 'new' ? editor.selector : claim?.selector)?.position.start ?? 0}
      />
      <Field label="Normalised wording (optional)">
        <input
          value={normalised}
          maxLength={500}
          placeholder="The claim in neutral words, as the fact-check states it"
          onChange={(e) => setNormalised(e.target.value)}
        />
      </Field>
      <Field label="Note">
        <textarea value={note} rows={3} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {changedElsewhere ? (
        <p className="warning small" role="note">
          This claim was just changed in another tab (now {claim.verdict}). Saving will replace that change.
        </p>
      ) : null}
      {verdictWarning(verdict, standing) ? (
        <p className="warning small" role="note">
          {verdictWarning(verdict, standing)} You can still save.
        </p>
      ) : null}
      <FormError error={error} />
      <div className="dialog-actions">
        {editor.mode === 'edit' ? (
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete claim
          </button>
        ) : null}
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy} aria-keyshortcuts={ariaKeys('save-claim')}>
          Save claim
        </button>
      </div>
    </form>
  );
}
