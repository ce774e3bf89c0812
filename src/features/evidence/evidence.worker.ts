/// <reference lib="webworker" />
/**
 * Builds the evidence index and answers ranking queries off the main thread: indexing a dossier of
 * 1,000 articles takes seconds, which must not freeze the page.
 */
import { createEvidenceIndex, type EvidenceIndex } from '../../domain/evidence';
import type { EvidenceRequest, EvidenceResponse } from './evidence-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let index: EvidenceIndex | null = null;
let version = -1;

scope.onmessage = (event: MessageEvent<EvidenceRequest>) => {
  const m = event.data;
  if (m.type === 'index') {
    index = createEvidenceIndex(m.sentences);
    version = m.version;
    return;
  }
  const reply: EvidenceResponse = {
    type: 'ranked',
    id: m.id,
    version,
    best: index ? index.rank(m.claim, { limit: m.limit }) : [],
    denials: index ? index.rankDenials(m.claim, { limit: m.denials }) : [],
  };
  scope.postMessage(reply);
};
