import { useState, type FormEvent } from 'react';
import { updateArticleDetails } from '../../db/articles-repo';
import { db } from '../../db/db';
import { undoable } from '../undo/undo-actions';
import { useArticle } from '../../db/hooks';
import type { ArticleRecord } from '../../db/records';
import type { ArticleDetails } from '../../domain/types';
import { FormError } from '../../components/FormError';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';

/** Edits an article's details: the outlet in particular decides which sources count as independent. */
export function ArticleDetailsDialog() {
  const open = useUi((s) => s.dialogs.details);
  const openDialog = useUi((s) => s.openDialog);
  const closeDialog = useUi((s) => s.closeDialog);
  const setOpen = (o: boolean) => (o ? openDialog('details') : closeDialog('details'));
  const articleId = useUi((s) => s.openArticleId);
  const article = useArticle(open ? articleId : null);
  return (
    <Dialog open={open} title="Article details" onClose={() => setOpen(false)}>
      {article ? (
        <DetailsForm key={article.id} article={article} onDone={() => setOpen(false)} />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </Dialog>
  );
}

/** The form, mounted once the article is loaded so typing never races the stored values. */
function DetailsForm({ article, onDone }: { article: ArticleRecord; onDone: () => void }) {
  const showToast = useUi((s) => s.showToast);
  const [form, setForm] = useState<Record<keyof ArticleDetails, string>>(() => ({
    headline: article.headline,
    outlet: article.outlet ?? '',
    author: article.author ?? '',
    date: article.date ?? '',
    url: article.url ?? '',
  }));
  const [credits, setCredits] = useState(article.credits.join('; '));
  const [error, setError] = useState<string | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (form.url && !/^https?:\/\//i.test(form.url))
        throw new Error('The URL must start with http:// or https://.');
      await undoable(db, 'Edit article details', () =>
        updateArticleDetails(db, article.id, form, credits.split(/[;\n]/)),
      );
      onDone();
      showToast({ message: 'Article details saved.', tone: 'info' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const field = (key: keyof ArticleDetails, label: string, type = 'text') => (
    <Field label={label}>
      <input
        type={type}
        value={form[key]}
        required={key === 'headline'}
        placeholder={key === 'outlet' ? 'Unknown outlet' : undefined}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </Field>
  );

  return (
    <form onSubmit={save}>
      {field('headline', 'Headline')}
      {field('outlet', 'Outlet')}
      <Field
        label="Wire credit"
        hint="The agencies whose copy this is, separated by semicolons (“With Agence France-Presse; Reuters”). A wire's copy counts once, however many papers print it."
      >
        <input type="text" value={credits} placeholder="None" onChange={(e) => setCredits(e.target.value)} />
      </Field>
      {field('author', 'Author')}
      {field('date', 'Date', 'date')}
      {field('url', 'URL', 'url')}
      <FormError error={error} />
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save details
        </button>
      </div>
    </form>
  );
}
