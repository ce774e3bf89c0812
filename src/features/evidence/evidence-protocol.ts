import type { EvidenceCandidate, RankedEvidence } from '../../domain/evidence';

/** Messages to the evidence worker. Requests are answered in the order they are sent. */
export type EvidenceRequest =
  | { type: 'index'; version: number; sentences: EvidenceCandidate[] }
  | {
      type: 'rank';
      id: number;
      claim: { articleId: string; text: string };
      limit: number;
      denials: number;
    };

export interface EvidenceResponse {
  type: 'ranked';
  id: number;
  /** The index version the answer came from. */
  version: number;
  best: RankedEvidence[];
  denials: RankedEvidence[];
}
