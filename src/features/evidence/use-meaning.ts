import { useEffect, useState, useSyncExternalStore } from 'react';
import type { MeaningStatus } from '../../services/evidence-meaning';
import { useJobs } from '../../store/job-store';
import { grantMeaning, hiddenMeaning, meaningStore, pauseMeaning, startMeaning } from './evidence-client';
import { useEvidenceIndex } from './use-evidence-index';

/** Where reading the dossier for meaning stands (the evidence worker says). */
export function useMeaning(): MeaningStatus {
  return useSyncExternalStore(meaningStore.subscribe, meaningStore.get);
}

/**
 * Set to "off" in this browser's localStorage, suggestions match by words and word vectors only and
 * the sentence model is never fetched (a slow or metered connection).
 */
export const READ_FOR_MEANING_KEY = 'corroborate.readForMeaning';
const switchedOff = () => {
  try {
    return localStorage.getItem(READ_FOR_MEANING_KEY) === 'off';
  } catch {
    return false;
  }
};

/** How long the page must have been left alone (no key, click, scroll, no job) before reading starts. */
const QUIET_MS = 2000;
/** How often a page not yet quiet is looked at again. */
const LOOK_AGAIN_MS = 500;
/** The user's input the page watches: while it comes, the machine is theirs. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'input', 'change'] as const;

/**
 * Starts reading for meaning once the app is idle (after the first paint and the seed) and has been
 * left alone for QUIET_MS: loading the model (23 MB) and building a big dossier's index take seconds
 * of a core, so they never compete with the first load nor with a user at work. From then on the
 * evidence worker is told of every change to the dossier, so articles imported or restored are read
 * too, claim panel open or not.
 */
export function useReadForMeaning(when: boolean): void {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!when || switchedOff()) return;
    let last = performance.now();
    const seen = () => {
      last = performance.now();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    const look = () => {
      idle = undefined;
      if (performance.now() - last >= QUIET_MS && useJobs.getState().job === null) {
        startMeaning();
        setStarted(true);
        return;
      }
      timer = setTimeout(later, LOOK_AGAIN_MS);
    };
    const later = () => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(look);
      else look();
    };
    for (const e of INPUT_EVENTS) window.addEventListener(e, seen, { passive: true, capture: true });
    timer = setTimeout(later, LOOK_AGAIN_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
      for (const e of INPUT_EVENTS) window.removeEventListener(e, seen, { capture: true });
    };
  }, [when]);
  // A long job (import, restore, export) has the machine to itself, and so has a user at work (a
  // key, a click, a scroll in the last WORKING_MS): reading waits for either to end. Kept out of
  // React state: a keystroke must not re-render the app. The index is not grown in the background
  // while a job runs either (an import would have it re-read after every batch); a suggestion asked
  // for meanwhile still brings it up to date.
  const busy = useJobs((s) => s.job !== null);
  useEvidenceIndex(started && !busy);
  useEffect(() => {
    if (!started) return;
    let working = false;
    let sent: boolean | null = null;
    const tell = () => {
      const paused = busy || working;
      if (paused !== sent) pauseMeaning((sent = paused));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const seen = () => {
      working = true;
      tell();
      clearTimeout(timer);
      timer = setTimeout(() => {
        working = false;
        tell();
      }, WORKING_MS);
    };
    tell();
    // The page's idle moments let reading go on, a step each (the worker waits for them): while the
    // page renders or computes, no idle callback comes, and reading stops within a step.
    let stopped = false;
    const grant = (deadline?: IdleDeadline) => {
      if (stopped) return;
      if (
        !busy &&
        !working &&
        (!deadline || deadline.didTimeout || deadline.timeRemaining() > IDLE_ENOUGH_MS)
      )
        grantMeaning();
      setTimeout(() => {
        if (stopped) return;
        if (typeof requestIdleCallback === 'function') requestIdleCallback(grant, { timeout: 2000 });
        else grant();
      }, GRANT_EVERY_MS);
    };
    grant();
    // A hidden tab gets no idle callbacks worth the name (timers are throttled): nobody is using it,
    // so reading goes straight on until it is shown again.
    const visibility = () => hiddenMeaning(document.visibilityState === 'hidden');
    visibility();
    document.addEventListener('visibilitychange', visibility);
    for (const e of INPUT_EVENTS) window.addEventListener(e, seen, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      stopped = true;
      document.removeEventListener('visibilitychange', visibility);
      for (const e of INPUT_EVENTS) window.removeEventListener(e, seen, { capture: true });
    };
  }, [started, busy]);
}

/** How long after the last key, click or scroll the user counts as at work. */
const WORKING_MS = 1500;
/** How often an idle page lets reading take a step (a step reads 4 sentences in about 0.1 s). */
const GRANT_EVERY_MS = 60;
/** An idle moment long enough to count (the browser offers up to 50 ms). */
const IDLE_ENOUGH_MS = 20;
