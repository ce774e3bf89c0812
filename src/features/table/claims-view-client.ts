import { useEffect, useState } from 'react';
import { dossierWorkerName } from '../../db/dossiers';
import type { Verdict } from '../../domain/types';
import type { LatestClaims } from '../../db/claims-repo';
import type { SheetChoice } from '../../services/sheet-file';
import { useJobs } from '../../store/job-store';
import type { ClaimsPage, ClaimsQuery, Overview, ReportClaim } from './claims-view-model';
import type { ClaimsViewRequest, ClaimsViewResponse } from './claims-view-protocol';

/**
 * The page's side of the claims-view worker: one per tab, started when the Claims table first shows.
 * Answers come back by id; "changed" tells every listener that pages asked before are stale.
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: ClaimsViewResponse) => void>();
const listeners = new Set<(version: number) => void>();
let latest = -1;
let latestShape = -1;
let failure: string | null = null;
const failureListeners = new Set<(message: string) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./claims-view.worker.ts', import.meta.url), {
      type: 'module',
      name: dossierWorkerName(),
    });
    worker.onmessage = (e: MessageEvent<ClaimsViewResponse>) => {
      const m = e.data;
      if (m.type === 'changed') {
        latest = m.version;
        latestShape = m.shape;
        for (const l of listeners) l(m.version);
        return;
      }
      if (m.type === 'failed') {
        failure = m.message;
        for (const l of failureListeners) l(m.message);
        return;
      }
      pending.get(m.id)?.(m);
      pending.delete(m.id);
    };
    if (groupsSet) worker.postMessage({ type: 'groups', groups: groupsSet } satisfies ClaimsViewRequest);
  }
  return worker;
}

function send(m: ClaimsViewRequest) {
  getWorker().postMessage(m);
}

/**
 * Calls back with the data's version whenever it changes (at once if known); returns an unsubscribe.
 * Starts the worker unless `start` is false (a listener that should not make it read the dossier).
 */
export function onClaimsChanged(listener: (version: number) => void, start = true): () => void {
  if (start) getWorker();
  listeners.add(listener);
  if (latest >= 0) listener(latest);
  return () => listeners.delete(listener);
}

/**
 * Which claims exist, as a number that changes when claims are added or removed, not when one is
 * edited (undefined until the worker has read the dossier). Told by the worker, which follows every
 * write: nothing counts the claims table (IndexedDB counts by reading every record).
 */
export function useClaimsShape(): number | undefined {
  const [shape, setShape] = useState<number | undefined>(latestShape >= 0 ? latestShape : undefined);
  // Only listens: the Claims table starts the worker once its first rows are drawn.
  useEffect(() => onClaimsChanged(() => setShape(latestShape), false), []);
  return shape;
}

/** First rows handed over by a bulk write (a restore's newest claims, with the number of claims). */
export interface FirstRows {
  latest: LatestClaims;
  total: number;
}
let handed: FirstRows | null = null;

/**
 * Runs a bulk write (a restore, an import) and, if the worker has not yet read what it wrote, lets
 * the table show its first rows straight from the database meanwhile (as on opening), instead of
 * the rows from before the write while the worker reads the whole dossier again. A write that knows
 * its newest claims (`first`) hands them over, and the table reads nothing.
 */
export async function bulkWrite<T>(
  write: () => Promise<T>,
  first?: (result: T) => FirstRows | null,
): Promise<T> {
  const before = latest;
  const result = await write();
  if (worker && latest === before) {
    handed = first?.(result) ?? null;
    for (const l of listeners) l(-1);
  }
  return result;
}

/** The newest `limit` claims handed over by the last bulk write, once (null: read them). */
export function takeFirstRows(limit: number): FirstRows | null {
  const h = handed;
  handed = null;
  if (!h || h.latest.claims.length < Math.min(limit, h.total)) return null;
  const claims = h.latest.claims.slice(0, limit);
  const ids = new Set(claims.map((c) => c.id));
  return {
    total: h.total,
    latest: { ...h.latest, claims, links: h.latest.links.filter((l) => ids.has(l.claimId)) },
  };
}

/** Calls back when the worker could not read the database. */
export function onClaimsFailed(listener: (message: string) => void): () => void {
  failureListeners.add(listener);
  if (failure) listener(failure);
  return () => failureListeners.delete(listener);
}

/** Rows start..end of what the query shows, with its counts. */
export function claimsPage(
  query: ClaimsQuery,
  start: number,
  end: number,
): Promise<{ version: number; page: ClaimsPage }> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (r) => {
      if (r.type === 'page') resolve({ version: r.version, page: r.page });
    });
    send({ type: 'page', id, query, start, end });
  });
}

/** The groups last set, told to the worker when it starts. */
let groupsSet: string[][] | null = null;

/** Groups of equivalent claims for "Group equivalent claims" (null: not grouped). */
export function setEquivalentGroups(groups: string[][] | null): void {
  groupsSet = groups;
  // Not started yet (the table starts it once its first rows are drawn): told when it starts.
  if (worker) send({ type: 'groups', groups });
}

/** Tells the worker the verdict this tab is writing, so the table shows it before the write ends. */
export function claimVerdictWriting(id: string, verdict: Verdict, rating: string | null): void {
  if (worker) send({ type: 'verdict', id, verdict, rating });
}

/** Tells the worker which claims this tab just wrote, so the table follows at once. */
export function claimsTouched(ids: string[]): void {
  if (worker) send({ type: 'touched', ids });
}

/**
 * The verdict sheet of the rows a query shows (every claim when null), made in the worker from what
 * it holds (no second read of the dossier), with the progress bar saying so meanwhile.
 */
export function claimsSheet(
  format: 'csv' | 'tsv',
  query: ClaimsQuery | null,
  choice: SheetChoice,
): Promise<{ name: string; blob: Blob; count: number }> {
  const id = nextId++;
  const jobs = useJobs.getState();
  jobs.setJob({
    id: -id,
    label: format === 'csv' ? 'Exporting CSV' : 'Copying as TSV',
    phase: 'Writing the sheet',
    where: 'page',
    cancel: null,
  });
  return new Promise((resolve) => {
    pending.set(id, (r) => {
      if (useJobs.getState().job?.id === -id) useJobs.getState().setJob(null);
      if (r.type === 'sheet') resolve({ name: r.name, blob: r.blob, count: r.count });
    });
    send({ type: 'sheet', id, format, query, choice });
  });
}

function ask<T>(
  request: (id: number) => ClaimsViewRequest,
  pick: (r: ClaimsViewResponse) => T | undefined,
): Promise<T> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (r) => {
      const v = pick(r);
      if (v !== undefined) resolve(v);
    });
    send(request(id));
  });
}

/** The dossier in counts (the Overview), from what the worker holds. */
export function claimsOverview(): Promise<{ version: number; overview: Overview }> {
  return ask(
    (id) => ({ type: 'overview', id }),
    (r) => (r.type === 'overview' ? { version: r.version, overview: r.overview } : undefined),
  );
}

/** The claims a query shows (at most `limit`), with their evidence, for the printable report. */
export function claimsReport(
  query: ClaimsQuery,
  limit: number,
): Promise<{ shown: number; claims: ReportClaim[] }> {
  return ask(
    (id) => ({ type: 'report', id, query, limit }),
    (r) => (r.type === 'report' ? { shown: r.shown, claims: r.claims } : undefined),
  );
}
