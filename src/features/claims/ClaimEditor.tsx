import { useEffect, useState, type FormEvent } from 'react';
import { addCategory } from '../../db/categories-repo';
import { createClaim, deleteClaim, restoreClaim, updateClaim } from '../../db/claims-repo';
import { db } from '../../db/db';
import { useCategories, useClaim } from '../../db/hooks';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '../../domain/types';
import { Dialog } from '../../components/Dialog';
import { useUi } from '../../store/ui-store';
import { errorMessage } from '../../services/errors';

/** The last category used, offered first for the next claim: claims come in runs of one topic. */
let lastCategoryId: string | null = null;

/** The claim editor: records a new claim from a selection, or edits or deletes a stored one. */
export function ClaimEditor() {
  const editor = useUi((s) => s.editor);
  const close = useUi((s) => s.closeEditor);
  const showToast = useUi((s) => s.showToast);
  const categories = useCategories();
  const claim = useClaim(editor.mode === 'edit' ? editor.claimId : null);
  const [categoryId, setCategoryId] = useState('');
  const [verdict, setVerdict] = useState<Verdict>('unverified');
  const [note, setNote] = useState('');
  const [rev, setRev] = useState<number | undefined>(undefined);
  const [newCategory, setNewCategory] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const key =
    editor.mode === 'edit'
      ? editor.claimId
      : editor.mode === 'new'
        ? JSON.stringify(editor.selector.position)
        : '';
  const loadedClaimId = claim?.id;
  useEffect(() => {
    setError(null);
    setNewCategory(null);
    if (editor.mode === 'new') {
      setCategoryId(lastCategoryId ?? '');
      setVerdict('unverified');
      setNote('');
      setRev(undefined);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => {
    if (editor.mode === 'edit' && claim) {
      setCategoryId(claim.categoryId);
      setVerdict(claim.verdict);
      setNote(claim.note);
      setRev(claim.rev);
    }
    // Load the stored values once per opened claim, not on every change made elsewhere.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadedClaimId, editor.mode]);

  const effectiveCategory = categoryId || categories?.[0]?.id || '';
  const quote = editor.mode === 'new' ? editor.selector.quote.exact : claim?.selector.quote.exact;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (!effectiveCategory) throw new Error('Choose a category.');
      lastCategoryId = effectiveCategory;
      if (editor.mode === 'new') {
        await createClaim(db, {
          articleId: editor.articleId,
          selector: editor.selector,
          categoryId: effectiveCategory,
          verdict,
          note,
        });
        document.getSelection()?.removeAllRanges();
        showToast({ message: 'Claim saved.', tone: 'info' });
      } else if (editor.mode === 'edit') {
        const result = await updateClaim(
          db,
          editor.claimId,
          { categoryId: effectiveCategory, verdict, note },
          rev,
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
      close();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (editor.mode !== 'edit') return;
    try {
      const deleted = await deleteClaim(db, editor.claimId);
      close();
      if (deleted)
        showToast({ message: 'Claim deleted.', tone: 'info', undo: () => restoreClaim(db, deleted) });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const addNewCategory = async () => {
    if (newCategory === null) return;
    try {
      const created = await addCategory(db, newCategory);
      setCategoryId(created.id);
      setNewCategory(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const open = editor.mode !== 'closed';
  const missing = editor.mode === 'edit' && claim === null;

  return (
    <Dialog open={open} title="Claim" onClose={close} className="claim-dialog">
      {missing ? (
        <div>
          <p role="alert">This claim has been deleted (perhaps in another tab).</p>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </div>
      ) : (
        <form
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
          }}
        >
          <blockquote className="claim-quote">{quote}</blockquote>
          <div className="field-row">
            <label className="field">
              <span>Category</span>
              <select value={effectiveCategory} onChange={(e) => setCategoryId(e.target.value)}>
                {(categories ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Verdict</span>
              <select value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)}>
                {VERDICTS.map((v) => (
                  <option key={v} value={v}>
                    {VERDICT_LABELS[v]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {newCategory === null ? (
            <button type="button" className="link" onClick={() => setNewCategory('')}>
              + New category
            </button>
          ) : (
            <div className="field-row">
              <label className="field grow">
                <span>New category name</span>
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
              </label>
              <button type="button" onClick={() => void addNewCategory()}>
                Add category
              </button>
            </div>
          )}
          <label className="field">
            <span>Note</span>
            <textarea value={note} rows={3} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
          </label>
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
          <div className="dialog-actions">
            {editor.mode === 'edit' ? (
              <button type="button" className="danger" onClick={() => void remove()}>
                Delete claim
              </button>
            ) : null}
            <span className="spacer" />
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={busy} aria-keyshortcuts="Control+Enter">
              Save claim
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
