import { useMeaning } from './use-meaning';

/**
 * How the suggestions are found, in one line under their heading: by words and meaning, or by words
 * while the dossier is being read for meaning (with its progress), or by words only and why.
 */
export function MeaningNote({ byMeaning, readAll }: { byMeaning: boolean | undefined; readAll?: boolean }) {
  const status = useMeaning();
  const n = (x: number) => x.toLocaleString('en');
  if (status.state === 'reading')
    return (
      <p className="meaning-note muted small" role="status">
        <label>
          Reading for meaning: {n(status.done)} of {n(status.total)} sentences{' '}
          <progress max={status.total} value={status.done} />
        </label>
        <span className="block">Suggestions match words until it is done.</span>
      </p>
    );
  if (status.state === 'unavailable')
    return (
      <p className="meaning-note meaning-warn small" role="status">
        Suggestions by words only: the sentence model could not be used ({status.problem ?? 'unknown error'}).
        Reload to try again.
      </p>
    );
  if (status.state === 'loading')
    return (
      <p className="meaning-note muted small" role="status">
        Loading the sentence model…
      </p>
    );
  if (status.state === 'ready' && byMeaning && readAll)
    return (
      <p className="meaning-note muted small" role="status">
        Ranked by words and meaning.
      </p>
    );
  return null;
}
