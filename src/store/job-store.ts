import { create } from 'zustand';

/** The long job under way (import, restore, export), shown by the progress bar. */
export interface Job {
  id: number;
  /** What the user asked for: "Importing Web Annotations". */
  label: string;
  /** What it is doing now: "Placing annotations in the articles". */
  phase: string;
  done?: number;
  total?: number;
  /** Cancelling is offered only while nothing has been written. */
  cancel: (() => void) | null;
  /** Shown in the page, or in the dialog that started it (a modal dialog covers the page). */
  where: 'page' | 'dialog';
  /** Writing to the database now: it cannot be stopped halfway. */
  writing?: boolean;
}

interface JobState {
  job: Job | null;
  setJob: (job: Job | null) => void;
  update: (id: number, patch: Partial<Job>) => void;
}

export const useJobs = create<JobState>()((set) => ({
  job: null,
  setJob: (job) => set({ job }),
  update: (id, patch) => set((s) => (s.job?.id === id ? { job: { ...s.job, ...patch } } : s)),
}));
