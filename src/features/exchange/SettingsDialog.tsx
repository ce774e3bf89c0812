import { useEffect, useState, type FormEvent } from 'react';
import { FormError } from '../../components/FormError';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { db } from '../../db/db';
import { getTextSettings, setTextSettings, SETTINGS } from '../../db/settings-repo';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { DEFAULT_SCALE, RATING_SCALES, scaleById } from '../../domain/rating-scales';

/** The settings this dialog edits, by form field. */
const FIELDS = {
  editorName: SETTINGS.editorName,
  organisation: SETTINGS.organisation,
  organisationUrl: SETTINGS.organisationUrl,
  logoUrl: SETTINGS.logoUrl,
  baseUrl: SETTINGS.baseUrl,
  ratingScale: SETTINGS.ratingScale,
} as const;

/** Settings used by exports: who made the annotations, who publishes the fact-checks and where. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const showToast = useUi((s) => s.showToast);
  const [form, setForm] = useState<Record<keyof typeof FIELDS, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void getTextSettings(db, FIELDS).then(setForm);
  }, []);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    try {
      for (const [value, what] of [
        [form.baseUrl, 'The base URL'],
        [form.organisationUrl, 'The organisation website'],
        [form.logoUrl, 'The logo URL'],
      ] as const)
        if (value.trim() && !/^https?:\/\/\S+$/i.test(value.trim()))
          throw new Error(`${what} must start with http:// or https://.`);
      await setTextSettings(db, FIELDS, form);
      onClose();
      showToast({ message: 'Settings saved.', tone: 'info' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <Dialog open title="Settings" onClose={onClose}>
      {!form ? (
        <p className="muted">Loading…</p>
      ) : (
        <form onSubmit={save}>
          <Field label="Your name">
            <input
              value={form.editorName}
              autoComplete="name"
              onChange={(e) => setForm({ ...form, editorName: e.target.value })}
            />
          </Field>
          <p className="muted small">Exported Web Annotations name you as their creator.</p>
          <Field label="Fact-checking organisation">
            <input
              value={form.organisation}
              placeholder="e.g. Vostochny Fact Desk"
              onChange={(e) => setForm({ ...form, organisation: e.target.value })}
            />
          </Field>
          <Field label="Organisation website">
            <input
              type="url"
              value={form.organisationUrl}
              placeholder="https://…"
              onChange={(e) => setForm({ ...form, organisationUrl: e.target.value })}
            />
          </Field>
          <Field label="Logo URL">
            <input
              type="url"
              value={form.logoUrl}
              placeholder="https://…/logo.png"
              onChange={(e) => setForm({ ...form, logoUrl: e.target.value })}
            />
          </Field>
          <Field label="Base URL for claim pages">
            <input
              value={form.baseUrl}
              placeholder="https://…/checks/"
              onChange={(e) => setForm({ ...form, baseUrl: e.target.value })}
            />
          </Field>
          <p className="muted small">
            ClaimReview exports name the organisation (with its website and logo) as author and link each
            claim at this base URL plus its id.
          </p>
          <Field label="Rating scale">
            <select
              value={scaleById(form.ratingScale).id}
              onChange={(e) => setForm({ ...form, ratingScale: e.target.value })}
            >
              {RATING_SCALES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
          <p className="muted small">
            The ratings the claim editor and the table offer, and what the verdict sheet and ClaimReview say.
            Switching keeps every claim&rsquo;s verdict: on {RATING_SCALES[1]!.name}, Confirmed reads True,
            Disputed reads False and Unverified reads Not rated until you choose; back on {DEFAULT_SCALE.name}
            , each rating reads as its verdict. Kept in this browser.
          </p>
          <FormError error={error} />
          <div className="dialog-actions">
            <span className="spacer" />
            <button type="button" className="secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Save settings
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
