import { useEffect, useState, type FormEvent } from 'react';
import { updateArticleDetails } from '../../db/articles-repo';
import { db } from '../../db/db';
import { useArticle } from '../../db/hooks';
import type { ArticleDetails } from '../../domain/types';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';

const EMPTY: Record<keyof ArticleDetails, string> = {
  headline: '',
  outlet: '',
  author: '',
  date: '',
  url: '',
};

/** Edits an article's details: the outlet in particular decides which sources count as independent. */
export function ArticleDetailsDialog() {
  const open = useUi((s) => s.detailsOpen);
  const setOpen = useUi((s) => s.setDetailsOpen);
  const articleId = useUi((s) => s.openArticleId);
  const showToast = useUi((s) => s.showToast);
  const article = useArticle(open ? articleId : null);
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || !article) return;
    setError(null);
    setForm({
      headline: article.headline,
      outlet: article.outlet ?? '',
      author: article.author ?? '',
      date: article.date ?? '',
      url: article.url ?? '',
    });
    // Fill the form once per opening, not on every change from another tab.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, article?.id]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!articleId) return;
    try {
      if (form.url && !/^https?:\/\//i.test(form.url))
        throw new Error('The URL must start with http:// or https://.');
      await updateArticleDetails(db, articleId, form);
      setOpen(false);
      showToast({ message: 'Article details saved.', tone: 'info' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const field = (key: keyof ArticleDetails, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={form[key]}
        required={key === 'headline'}
        placeholder={key === 'outlet' ? 'Unknown outlet' : undefined}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <Dialog open={open} title="Article details" onClose={() => setOpen(false)}>
      <form onSubmit={save}>
        {field('headline', 'Headline')}
        {field('outlet', 'Outlet')}
        {field('author', 'Author')}
        {field('date', 'Date', 'date')}
        {field('url', 'URL', 'url')}
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save details
          </button>
        </div>
      </form>
    </Dialog>
  );
}
