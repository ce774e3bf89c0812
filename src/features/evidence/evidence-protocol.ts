import type { Cue, Disagreement, RankedEvidence } from '../../domain/evidence';
import type { MeaningStatus } from '../../services/evidence-meaning';

/** What a ranking asks for: the claim, a page, and the sentences not to suggest again. */
export interface RankQuery {
  claim: { articleId: string; text: string };
  /** How many of the best suggestions (from the first). */
  limit: number;
  /** Possible contradictions shown besides (the Contradicts lane). */
  contradictions: number;
  /** Sentence keys linked to the claim: not suggested, and used to find more like them. */
  linked: string[];
  /** Sentence keys linked to equivalent claims: suggested, with more like them. */
  like: string[];
  /** Sentence keys dismissed for the claim: not suggested. */
  dismissed: string[];
  /** Only suggestions from this article, or all. */
  articleId: string | null;
}

/** Messages to the evidence worker. Requests are answered in the order they are sent. */
export type EvidenceRequest =
  /** The dossier changed (version): the worker reads what it needs from IndexedDB itself. */
  | { type: 'index'; version: number }
  | ({ type: 'rank'; id: number } & RankQuery)
  /** Groups of equivalent claims among the dossier's claims (the worker reads them itself). */
  | { type: 'equivalents'; id: number }
  /** Sentences of the dossier holding every word of a query. */
  | { type: 'find'; id: number; query: string; limit: number }
  /** The page is idle: fetch the sentence model and read the dossier for meaning. */
  | { type: 'meaning' }
  /** A long job runs on the page (true) or has ended (false): reading for meaning waits meanwhile. */
  | { type: 'meaning-pause'; paused: boolean }
  /** The page is idle now: reading for meaning may take its next step. */
  | { type: 'meaning-idle' }
  /** The page is hidden (true): read straight on; visible again (false): wait for idle moments. */
  | { type: 'meaning-hidden'; hidden: boolean };

/** Where reading for meaning stands (sent whenever it changes). */
export interface MeaningResponse {
  type: 'meaning';
  status: MeaningStatus;
}

/** Where a suggested sentence is, and what it says. */
export interface SentenceView {
  articleId: string;
  text: string;
  /** Code points. */
  start: number;
  end: number;
}

export type Suggestion = RankedEvidence & { cues: Cue[]; sentence: SentenceView };

/** Groups of equivalent claims, by claim id. */
export interface EquivalentsResponse {
  type: 'equivalents';
  id: number;
  groups: string[][];
}

export interface EvidenceResponse {
  type: 'ranked';
  id: number;
  /** The index version the answer came from. */
  version: number;
  best: Suggestion[];
  /** The Contradicts lane: sentences that deny the claim or disagree on a figure, day or time. */
  contradictions: Array<Suggestion & { disagreement: Disagreement }>;
  /** How many suggestions there are in all, so the panel knows whether "More" has anything left. */
  total: number;
  /** Whether the ranking used the sentence model (else words and word vectors only). */
  byMeaning: boolean;
  /** How many of the dossier's sentences had their embedding when it was ranked, of how many. */
  read: { embedded: number; of: number };
}

/** The sentences a dossier search found (at most the limit asked) and how many in all. */
export interface FoundResponse {
  type: 'found';
  id: number;
  total: number;
  hits: SentenceView[];
}
