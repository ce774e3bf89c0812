import { useJobs } from '../../store/job-store';

const count = new Intl.NumberFormat('en-GB');

/** The progress bar of the job under way: what it does, how far it is, and Cancel while that is safe. */
export function JobProgress({ where }: { where: 'page' | 'dialog' }) {
  const job = useJobs((s) => s.job);
  if (!job || job.where !== where) return null;
  const known = job.total !== undefined && job.done !== undefined && job.total > 0;
  return (
    <div className="job-progress" role="group" aria-label="Progress">
      <div className="job-text">
        <strong>{job.label}</strong>
        <span role="status">
          {job.phase}
          {known ? ` (${count.format(job.done!)} of ${count.format(job.total!)})` : '…'}
        </span>
      </div>
      <progress
        aria-label={job.label}
        max={known ? job.total : undefined}
        value={known ? job.done : undefined}
      />
      {job.cancel ? (
        <button type="button" className="secondary" onClick={job.cancel}>
          Cancel
        </button>
      ) : job.writing ? (
        <span className="muted small">Writing in one step: it cannot be stopped halfway.</span>
      ) : null}
    </div>
  );
}
