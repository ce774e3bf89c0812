import { Fragment, useMemo } from 'react';
import { stems, terms } from '../../domain/evidence/terms';

/** The sentence cut into words and the rest, each word marked if the claim has it (or its term). */
function matchParts(text: string, claimText: string): Array<{ part: string; hit: boolean }> {
  const claimTerms = new Set(terms(claimText));
  const claimStems = new Set(stems(claimText));
  return text.split(/(\p{L}[\p{L}\p{N}'’-]*)/u).map((part, i) => {
    const isWord = i % 2 === 1;
    const hit =
      isWord && (terms(part).some((t) => claimTerms.has(t)) || stems(part).some((s) => claimStems.has(s)));
    return { part, hit };
  });
}

/** Whether the sentence shares any word with the claim (what would be in bold). */
export function sharesWords(text: string, claimText: string): boolean {
  return matchParts(text, claimText).some((p) => p.hit);
}

/** A sentence with the words it shares with the claim (as written or as the same term) in bold. */
export function MatchText({ text, claimText }: { text: string; claimText: string }) {
  const parts = useMemo(() => matchParts(text, claimText), [text, claimText]);
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <strong key={i} className="match">
            {p.part}
          </strong>
        ) : (
          <Fragment key={i}>{p.part}</Fragment>
        ),
      )}
    </>
  );
}
