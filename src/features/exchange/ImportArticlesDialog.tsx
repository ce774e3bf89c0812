import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import type { ArticleDetails } from '../../domain/types';
import { errorMessage } from '../../services/errors';
import { sourcesOnPage, type DraftProblem, type DraftView } from '../../services/import-articles';
import { useUi } from '../../store/ui-store';
import { UNDOABLE_IMPORT } from '../../services/import-articles';
import { CancelledError, runExchange } from './exchange-client';
import { JobProgress } from './JobProgress';

type Details = Record<keyof ArticleDetails, string>;

function detailsOf(d: DraftView): Details {
  const a = d.details;
  return {
    headline: a.headline,
    outlet: a.outlet ?? '',
    author: a.author ?? '',
    date: a.date ?? '',
    url: a.url ?? '',
  };
}

/** Drafts shown with their fields at first; "Show more" adds as many again. */
const SHOWN = 25;

/** Importing articles: pick, drop or paste; check and correct each one; save them together. */
export function ImportArticlesDialog({
  files,
  onPick,
  onClose,
}: {
  files: File[];
  onPick: () => void;
  onClose: () => void;
}) {
  const showToast = useUi((s) => s.showToast);
  const openArticle = useUi((s) => s.openArticle);
  const [drafts, setDrafts] = useState<Array<{ draft: DraftView; details: Details }>>([]);
  const [shown, setShown] = useState(SHOWN);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [paste, setPaste] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const seen = useRef(new Set<File>());

  const addFiles = async (list: File[]) => {
    const fresh = list.filter((f) => !seen.current.has(f));
    fresh.forEach((f) => seen.current.add(f));
    if (!fresh.length) return;
    setBusy(true);
    try {
      const sources = await sourcesOnPage(fresh);
      const r = await runExchange({ kind: 'read-articles', sources }, 'Reading article files', {
        where: 'dialog',
      });
      setDrafts((d) => [...d, ...r.drafts.map((draft) => ({ draft, details: detailsOf(draft) }))]);
      setProblems((p) => [...p, ...r.problems]);
    } catch (e) {
      fresh.forEach((f) => seen.current.delete(f));
      if (!(e instanceof CancelledError))
        setProblems((p) => [...p, { source: 'Reading files', error: errorMessage(e) }]);
    }
    setBusy(false);
  };

  useEffect(() => {
    void addFiles(files);
  }, [files]);
  // Drafts not saved are let go of when the dialog closes.
  useEffect(
    () => () => void runExchange({ kind: 'forget-drafts' }, '', { quiet: true }).catch(() => undefined),
    [],
  );

  const addPaste = async () => {
    try {
      const r = await runExchange(
        { kind: 'read-articles', sources: await sourcesOnPage([], paste) },
        'Reading the pasted text',
        { quiet: true },
      );
      if (r.problems[0]) throw new Error(r.problems[0].error);
      const draft = r.drafts[0]!;
      setDrafts((d) => [...d, { draft, details: detailsOf(draft) }]);
      setPaste('');
    } catch (e) {
      setProblems((p) => [...p, { source: 'Pasted text', error: errorMessage(e) }]);
    }
  };

  const toSave = drafts.filter((d) => !d.draft.duplicate);
  const save = async () => {
    setBusy(true);
    try {
      const r = await runExchange(
        {
          kind: 'save-articles',
          drafts: toSave.map(({ draft, details }) => ({
            key: draft.key,
            details: {
              headline: details.headline,
              outlet: details.outlet,
              author: details.author,
              date: details.date,
              url: details.url,
            },
          })),
        },
        'Saving articles',
        { cancellable: false, where: 'dialog' },
      );
      onClose();
      showToast({
        message: `Imported ${r.added.length} ${r.added.length === 1 ? 'article' : 'articles'}${r.duplicates.length ? `; ${r.duplicates.length} already present` : ''}${r.added.length + r.duplicates.length > UNDOABLE_IMPORT ? ` (more than ${UNDOABLE_IMPORT}: this import cannot be undone)` : ''}.`,
        tone: 'info',
      });
      if (r.added[0]) openArticle(r.added[0]);
    } catch (e) {
      setProblems((p) => [...p, { source: 'Saving', error: `${errorMessage(e)} Nothing was imported.` }]);
      setBusy(false);
    }
  };

  return (
    <Dialog open title="New articles" onClose={onClose} className="import-dialog">
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFiles(Array.from(e.dataTransfer.files));
        }}
      >
        <p>Drop .txt, .md or .html files here, or</p>
        <button type="button" onClick={onPick}>
          Choose files…
        </button>
      </div>
      <Field label="Paste article text">
        <textarea
          rows={3}
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
          placeholder="Headline, then the article…"
        />
      </Field>
      <div className="row-actions">
        <button type="button" disabled={!paste.trim()} onClick={() => void addPaste()}>
          Add pasted text
        </button>
      </div>
      {problems.length ? (
        <ul className="problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>
              <strong>{p.source}</strong>: {p.error}
            </li>
          ))}
        </ul>
      ) : null}
      {busy ? <JobProgress where="dialog" /> : null}
      <div className="drafts">
        {drafts.slice(0, shown).map(({ draft, details }, i) => (
          <fieldset key={draft.key} className="draft">
            <legend>{draft.source}</legend>
            {draft.encodingNote ? <p className="warning small">{draft.encodingNote}</p> : null}
            {draft.duplicate ? (
              <p className="muted small">Already in the workbench (same text): it will be skipped.</p>
            ) : (
              <>
                {(['headline', 'outlet', 'author', 'date'] as const).map((k) => (
                  <Field key={k} label={k[0]!.toUpperCase() + k.slice(1)}>
                    <input
                      type={k === 'date' ? 'date' : 'text'}
                      value={details[k]}
                      placeholder={k === 'outlet' ? 'Unknown outlet' : undefined}
                      onChange={(e) =>
                        setDrafts((all) =>
                          all.map((x, j) =>
                            j === i ? { ...x, details: { ...x.details, [k]: e.target.value } } : x,
                          ),
                        )
                      }
                    />
                  </Field>
                ))}
                <p className="muted small preview-text">{draft.preview}</p>
              </>
            )}
            <button
              type="button"
              className="link"
              onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </fieldset>
        ))}
      </div>
      {drafts.length > shown ? (
        <button type="button" className="link" onClick={() => setShown((n) => n + SHOWN)}>
          Show {Math.min(SHOWN, drafts.length - shown)} more of {drafts.length - shown} not shown
        </button>
      ) : null}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || toSave.length === 0}
          onClick={() => void save()}
        >
          {toSave.length > 1 ? `Save ${toSave.length} articles` : 'Save article'}
        </button>
      </div>
    </Dialog>
  );
}
