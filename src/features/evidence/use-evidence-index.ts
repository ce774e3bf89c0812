import { useEffect } from 'react';
import { useArticleSignature } from '../../db/hooks';
import { indexDossier } from './evidence-client';

/** The dossier as the evidence worker knows it: a version that changes when an article does. */
export interface EvidenceData {
  version: number;
}

let versions = 0;
/** The last signature seen and its version: every caller of the hook shares one. */
let shared: { signature: string; data: EvidenceData } | null = null;

function dossierVersion(signature: string): EvidenceData {
  if (shared?.signature !== signature) shared = { signature, data: { version: ++versions } };
  return shared.data;
}

/**
 * Keeps the evidence worker's index in step with the dossier. Only a light signature of the articles
 * (ids, content hashes, outlets) is read here: the worker reads the texts from IndexedDB itself, so a
 * 1,000-article dossier's text never passes through the page.
 */
export function useEvidenceIndex(active = true): EvidenceData | null {
  const signature = useArticleSignature(active);
  const data = signature === undefined ? null : dossierVersion(signature);
  useEffect(() => {
    if (data && active) ensureIndexed(data);
  }, [data, active]);
  return active ? data : null;
}

/**
 * Tells the worker about this version of the dossier unless it knows it already. Called before every
 * request too: a child's effect (a ranking) runs before its parent's.
 */
export function ensureIndexed(data: EvidenceData): void {
  indexDossier(data.version);
}
