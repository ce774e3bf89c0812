/// <reference lib="webworker" />
/**
 * Builds the evidence index and answers ranking queries off the main thread: indexing a dossier of
 * 1,000 articles takes seconds, which must not freeze the page.
 */
import {
  createEvidenceIndex,
  type EvidenceIndex,
  type LearningExample,
  type RankedEvidence,
} from '../../domain/evidence';
import type { EquivalentsResponse, EvidenceRequest, EvidenceResponse } from './evidence-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let index: EvidenceIndex | null = null;
let version = -1;
let examples: LearningExample[] = [];

scope.onmessage = (event: MessageEvent<EvidenceRequest>) => {
  const m = event.data;
  if (m.type === 'index') {
    index = createEvidenceIndex(m.sentences);
    index.learn(examples);
    version = m.version;
    return;
  }
  if (m.type === 'equivalents') {
    const reply: EquivalentsResponse = {
      type: 'equivalents',
      id: m.id,
      groups: index ? index.equivalents(m.claims) : [],
    };
    scope.postMessage(reply);
    return;
  }
  if (m.type === 'learn') {
    examples = m.examples;
    index?.learn(examples);
    return;
  }
  const options = {
    linked: m.linked,
    dismissed: m.dismissed,
    ...(m.articleId ? { articleId: m.articleId } : {}),
  };
  const withCues = <R extends RankedEvidence>(r: R) => ({ ...r, cues: index!.cues(r.id) });
  const reply: EvidenceResponse = {
    type: 'ranked',
    id: m.id,
    version,
    best: index ? index.rank(m.claim, { ...options, limit: m.limit }).map(withCues) : [],
    contradictions: index
      ? index.rankContradictions(m.claim, { ...options, limit: m.contradictions }).map(withCues)
      : [],
    total: index ? index.count(m.claim, options) : 0,
  };
  scope.postMessage(reply);
};
