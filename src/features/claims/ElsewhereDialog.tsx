import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { db } from '../../db/db';
import { useCategories, useRatingScale } from '../../db/hooks';
import { chooseRating, choiceById, choicesOf, ratingOf } from '../../domain/rating-scales';
import { addClaimSeenElsewhere } from '../../services/claim-elsewhere';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { ClaimantField } from './ClaimantField';

/**
 * A claim seen outside the dossier's articles (a viral post, a speech): its words, who made it, where
 * and when it appeared. It becomes a source of its own with the claim on it, so evidence from the
 * articles is linked to it like to any other claim.
 */
export function ElsewhereDialog() {
  const closeDialog = useUi((s) => s.closeDialog);
  const showClaim = useUi((s) => s.showClaim);
  const showToast = useUi((s) => s.showToast);
  const categories = useCategories();
  const scale = useRatingScale();
  const close = () => closeDialog('elsewhere');
  const [form, setForm] = useState({
    text: '',
    claimant: '',
    claimantType: 'Person' as 'Person' | 'Organization',
    where: '',
    url: '',
    date: '',
    categoryId: '',
    rating: null as string | null,
    note: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }));
  const rating =
    form.rating !== null ? choiceById(scale, form.rating) : ratingOf({ verdict: 'unverified' }, scale);
  const categoryId = form.categoryId || categories?.[0]?.id || '';

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { verdict, rating: given } = chooseRating(rating);
      const { articleId, claimId } = await addClaimSeenElsewhere(db, {
        text: form.text,
        claimant: form.claimant.trim() ? { name: form.claimant.trim(), type: form.claimantType } : null,
        where: form.where,
        url: form.url,
        date: form.date,
        categoryId,
        verdict,
        rating: given,
        note: form.note,
      });
      close();
      showClaim(articleId, claimId);
      showToast({ message: 'Claim added. Link the evidence for it from the other sources.', tone: 'info' });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Dialog open title="Claim seen elsewhere" onClose={close} className="elsewhere-dialog">
      <form onSubmit={save}>
        <p className="muted small">
          A claim made outside the dossier&rsquo;s articles (a post, a speech, a broadcast). It is kept as a
          source of its own, with where and when it appeared.
        </p>
        <Field label="The claim as made">
          <textarea
            autoFocus
            rows={3}
            maxLength={5000}
            value={form.text}
            onChange={(e) => set({ text: e.target.value })}
          />
        </Field>
        <ClaimantField
          value={{ name: form.claimant, type: form.claimantType }}
          onChange={(c) => set({ claimant: c.name, claimantType: c.type })}
          articleId={null}
          start={0}
        />
        <div className="field-row">
          <Field label="Where it appeared" className="grow">
            <input
              value={form.where}
              maxLength={200}
              placeholder="X (Twitter), a speech, Rossiya 1…"
              onChange={(e) => set({ where: e.target.value })}
            />
          </Field>
          <Field label="Date it appeared">
            <input type="date" value={form.date} onChange={(e) => set({ date: e.target.value })} />
          </Field>
        </div>
        <Field label="Address (URL)">
          <input
            type="url"
            value={form.url}
            placeholder="https://…"
            onChange={(e) => set({ url: e.target.value })}
          />
        </Field>
        <div className="field-row">
          <Field label="Category">
            <select value={categoryId} onChange={(e) => set({ categoryId: e.target.value })}>
              {(categories ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Verdict">
            <select value={rating.id} onChange={(e) => set({ rating: e.target.value })}>
              {choicesOf(scale).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Note">
          <textarea rows={2} value={form.note} onChange={(e) => set({ note: e.target.value })} />
        </Field>
        <FormError error={error} />
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="secondary" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Add claim
          </button>
        </div>
      </form>
    </Dialog>
  );
}
