import type { ArticleDetails, Claim, ClaimSelector, Sentence, TextBlock } from '../domain/types';

/**
 * One row per article with its details only, so the article list stays light with 1,000 articles.
 * The text and its sentences live in `texts`, one row per article: grouping a dossier's sentences per
 * article makes a 100,000-sentence import about 50× faster than one row per sentence (TOOLCHAIN.md).
 */
export interface ArticleRecord extends ArticleDetails {
  id: string;
  /** The file the article came from ("000_54f2….txt"), or null when pasted. */
  fileName: string | null;
  contentHash: string;
  headlineDerived: boolean;
  section: string | null;
  credits: string[];
  /** Position in the article list: seed order, then import order. */
  order: number;
  addedAt: number;
  updatedAt: number;
}

export interface ArticleTextRecord {
  articleId: string;
  text: string;
  blocks: TextBlock[];
  sentences: Sentence[];
}

export interface ClaimRecord extends Claim {
  /** Revision number, raised by every write: lets a tab see that another tab changed the claim. */
  rev: number;
}

export interface CategoryRecord {
  id: string;
  name: string;
  color: string;
  order: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type Relation = 'supports' | 'contradicts';

/** A sentence of another article linked to a claim as evidence. */
export interface LinkRecord {
  id: string;
  claimId: string;
  /** The article the evidence sentence is in. */
  articleId: string;
  /** `${articleId}:${start}`: one link per claim and sentence. */
  sentenceKey: string;
  /** The sentence's selectors (code points), so it can be found again if the text changes. */
  selector: ClaimSelector;
  relation: Relation;
  createdAt: number;
  updatedAt: number;
}

/** A suggestion the user dismissed for a claim: not suggested again. */
export interface DismissalRecord {
  id: string;
  claimId: string;
  sentenceKey: string;
  createdAt: number;
}
