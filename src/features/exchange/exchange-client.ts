import { dossierWorkerName } from '../../db/dossiers';
import type { ExchangeJob, ExchangeRequest, ExchangeResponse, ExchangeResults } from './exchange-protocol';
import { useJobs } from '../../store/job-store';

/** A job stopped by the user before anything was written. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled: nothing was changed.');
  }
}

/** Phases during which ending the worker could leave a write half-done: no Cancel then. */
const WRITING = /^(Saving|Replacing|Merging)/;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (r: unknown) => void; reject: (e: Error) => void; cancellable: boolean }
>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), {
      type: 'module',
      name: dossierWorkerName(),
    });
    worker.onmessage = (e: MessageEvent<ExchangeResponse>) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') {
        if (useJobs.getState().job?.id !== m.id) return;
        const writing = WRITING.test(m.phase);
        useJobs.getState().update(m.id, {
          phase: m.phase,
          done: m.done,
          total: m.total,
          writing,
          cancel: p.cancellable && !writing ? () => cancel(m.id) : null,
        });
        return;
      }
      pending.delete(m.id);
      if (useJobs.getState().job?.id === m.id) useJobs.getState().setJob(null);
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(new Error(m.message));
    };
  }
  return worker;
}

/**
 * Starts the worker ahead of a job that will soon follow (files chosen, a dialog opening), so that
 * loading its code overlaps with what the page does meanwhile.
 */
export function warmExchange(): void {
  getWorker();
}

/** Ends the worker (nothing it was doing is written) and fails its jobs as cancelled. */
function cancel(id: number) {
  worker?.terminate();
  worker = null;
  for (const [jobId, p] of pending) p.reject(jobId === id ? new CancelledError() : new Error('Stopped.'));
  pending.clear();
  useJobs.getState().setJob(null);
}

/**
 * Runs an exchange job in the worker, showing its progress under `label` (with Cancel while it only
 * reads, when `cancellable`) in the page or in the dialog that asked, and resolves with its result.
 */
export function runExchange<K extends ExchangeJob['kind']>(
  job: Extract<ExchangeJob, { kind: K }>,
  label: string,
  {
    cancellable = true,
    where = 'page',
    quiet = false,
  }: { cancellable?: boolean; where?: 'page' | 'dialog'; quiet?: boolean } = {},
): Promise<ExchangeResults[K]> {
  const id = nextId++;
  const w = getWorker();
  return new Promise<ExchangeResults[K]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: unknown) => void, reject, cancellable });
    if (!quiet)
      useJobs
        .getState()
        .setJob({ id, label, where, phase: 'Starting', cancel: cancellable ? () => cancel(id) : null });
    const request: ExchangeRequest = { id, job };
    w.postMessage(request);
  });
}

/** Offers a made file as a download (a blob URL: no server, allowed by our CSP). */
export function offerDownload(file: { name: string; blob: Blob }): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
