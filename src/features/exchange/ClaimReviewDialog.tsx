import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useRatingScale } from '../../db/hooks';
import { useClaimReviewScope } from './use-claim-review-scope';
import { ratingOf } from '../../domain/rating-scales';
import { db } from '../../db/db';
import { getTextSettings, setTextSettings, SETTINGS } from '../../db/settings-repo';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { offerDownload, runExchange } from './exchange-client';

interface Publisher {
  organisation: string;
  organisationUrl: string;
  logoUrl: string;
  baseUrl: string;
}

const KEYS: Record<keyof Publisher, string> = {
  organisation: SETTINGS.organisation,
  organisationUrl: SETTINGS.organisationUrl,
  logoUrl: SETTINGS.logoUrl,
  baseUrl: SETTINGS.baseUrl,
};
const isWebAddress = (v: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v);

/**
 * Exporting ClaimReview: who publishes the fact-checks (name, site, logo) and where their pages live,
 * asked before the first export and remembered in Settings; the claims left out (not yet rated) are
 * listed with the reason. Nothing is exported under a made-up name.
 */
export function ClaimReviewDialog({ onClose }: { onClose: () => void }) {
  const showToast = useUi((s) => s.showToast);
  const scope = useClaimReviewScope();
  const unrated = ratingOf({ verdict: 'unverified' }, useRatingScale()).label;
  const [form, setForm] = useState<Publisher | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void getTextSettings(db, KEYS).then(setForm);
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    const f = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.trim()])) as unknown as Publisher;
    if (!f.organisation) return setError('Name the fact-checking organisation that publishes the reviews.');
    if (!isWebAddress(f.organisationUrl))
      return setError('The organisation’s site must be a web address (https://…).');
    if (f.logoUrl && !isWebAddress(f.logoUrl)) return setError('The logo must be a web address (https://…).');
    if (!isWebAddress(f.baseUrl))
      return setError('The base URL of the fact-check pages must be a web address (https://…).');
    setBusy(true);
    try {
      await setTextSettings(db, KEYS, f);
      const file = await runExchange({ kind: 'claim-review' }, 'Exporting ClaimReview');
      offerDownload(file);
      onClose();
      showToast({
        message: `Exported ${file.count} claim ${file.count === 1 ? 'review' : 'reviews'}${scope?.unrated ? `; ${scope.unrated} unrated left out` : ''}.`,
        tone: 'info',
      });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  const field = (k: keyof Publisher, label: string, placeholder: string, type = 'text') => (
    <Field label={label}>
      <input
        type={type}
        value={form?.[k] ?? ''}
        placeholder={placeholder}
        onChange={(e) => form && setForm({ ...form, [k]: e.target.value })}
      />
    </Field>
  );

  return (
    <Dialog open title="Export ClaimReview" onClose={onClose} className="claimreview-dialog">
      {!form || !scope ? (
        <p className="muted">Loading…</p>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <p className="small">
            Search engines show a ClaimReview with the organisation that published it. These are kept in
            Settings for the next export.
          </p>
          {field('organisation', 'Fact-checking organisation', 'Vostochny Fact Desk')}
          {field('organisationUrl', 'Organisation website', 'https://factdesk.example', 'url')}
          {field('logoUrl', 'Logo URL (optional)', 'https://factdesk.example/logo.png', 'url')}
          {field('baseUrl', 'Base URL of fact-check pages', 'https://factdesk.example/checks/', 'url')}
          <p role="status">
            {scope.rated} {scope.rated === 1 ? 'claim' : 'claims'} with a verdict will be exported, each as a
            review.
          </p>
          {scope.unrated ? (
            <section aria-label="Left out" className="left-out">
              <p className="warning small">
                {scope.unrated} {scope.unrated === 1 ? 'claim is' : 'claims are'} left out: {unrated}, so
                there is no verdict to publish yet.
              </p>
              <ul className="small">
                {scope.left.map((c) => (
                  <li key={c.id}>{c.text.length > 120 ? `${c.text.slice(0, 119)}…` : c.text}</li>
                ))}
                {scope.unrated > scope.left.length ? (
                  <li className="muted">and {scope.unrated - scope.left.length} more</li>
                ) : null}
              </ul>
            </section>
          ) : null}
          {scope.underSourced ? (
            <section aria-label="Under-sourced" className="left-out">
              <p className="warning small">
                {scope.underSourced} {scope.underSourced === 1 ? 'verdict rests' : 'verdicts rest'} on fewer
                sources than the rule asks. A published review says the verdict; check these first.
              </p>
              <ul className="small">
                {scope.weak.map((c) => (
                  <li key={c.id}>
                    {c.text.length > 100 ? `${c.text.slice(0, 99)}…` : c.text}{' '}
                    <span className="muted">— {c.warning}</span>
                  </li>
                ))}
                {scope.underSourced > scope.weak.length ? (
                  <li className="muted">and {scope.underSourced - scope.weak.length} more</li>
                ) : null}
              </ul>
              <p className="small">
                Cancel to look at them (the Claims table&apos;s verdict filter has “Under-sourced”), or export
                with them.
              </p>
            </section>
          ) : null}
          <FormError error={error} />
          <div className="dialog-actions">
            <span className="spacer" />
            <button type="button" className="secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={busy || scope.rated === 0}>
              {scope.rated === 1 ? 'Export 1 claim review' : `Export ${scope.rated} claim reviews`}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
