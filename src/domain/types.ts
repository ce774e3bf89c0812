import type { Verdict } from './records/claim';

export { VERDICTS, type Verdict, type Claim } from './records/claim';

export const VERDICT_LABELS: Record<Verdict, string> = {
  unverified: 'Unverified',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
};

/** A block of article text: body paragraph, photo caption or sub-heading. Offsets are code points. */
export interface TextBlock {
  kind: 'body' | 'caption' | 'heading';
  start: number;
  end: number;
}

/** A sentence of a body paragraph; offsets are code points into the article text. */
export interface Sentence {
  start: number;
  end: number;
}

/** Editable details of an article; `outlet: null` means the file did not say. */
export interface ArticleDetails {
  headline: string;
  outlet: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
}

/** What parsing a source file yields: details, wire credits and the cleaned text with its structure. */
export interface ParsedArticle extends ArticleDetails {
  /** True when the headline was derived from the first sentence rather than stated in the file. */
  headlineDerived: boolean;
  section: string | null;
  /** Wire credits such as "With Agence France-Presse and Reuters", kept as metadata. */
  credits: string[];
  text: string;
  blocks: TextBlock[];
  sentences: Sentence[];
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector; start/end in Unicode code points. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface ClaimSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}
