/**
 * The evidence domain as the rest of the app sees it: the ranking index (`evidence-index.ts`), the
 * independence judgement, contradictions, cues, learning and equivalent claims.
 */
export { createEvidenceIndex, type EvidenceIndex } from './evidence-index';
export { attributions } from './attribution';
export { terms, stems } from './terms';
export { cuesOf, type Cue } from './cues';
export { disagreement, type Disagreement } from './contradiction';
export { FEATURES, type LearningExample } from './learning';
export { wordingOverlap, sharesWording, SHARED_WORDING_THRESHOLD } from './wording';
export {
  dependence,
  judgeClaim,
  judgeEvidence,
  type Corroboration,
  type DependenceReason,
  type Dependency,
  type JudgedSentence,
  type LinkForCount,
  type LinkJudgement,
  type SourceJudgement,
} from './independence';

export {
  RANKING,
  type EvidenceCandidate,
  type RankedContradiction,
  type RankedEvidence,
  type RankingTuning,
  type RankOptions,
  type StoredEvidenceIndex,
} from './ranking-model';
export { describeDependency, describeSource, describeWouldCount } from './explain';
export { readWordVectors, type WordVectors } from './word-vectors';
export {
  loadEvidenceResources,
  loadSentenceModel,
  loadedResources,
  type EvidenceResources,
  type ResourceOptions,
} from './resources';
// Types only: the model's code loads with the model (loadSentenceModel), not with the app.
export type { ModelSpec, SentenceModel, SentenceModelFiles } from './sentence-model';
export {
  claimSimilarity,
  equivalentGroups,
  idfOf,
  EQUIVALENT_SIMILARITY,
  type ClaimText,
} from './equivalence';
