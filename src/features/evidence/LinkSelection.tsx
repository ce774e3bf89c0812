import { useMemo } from 'react';
import { CodePointIndex } from '../../domain/code-points';
import { useArticleText } from '../../db/hooks';
import type { ClaimRecord, Relation } from '../../db/records';
import { useUi } from '../../store/ui-store';

/** Links the sentence(s) the user has selected in another article. */
export function LinkSelection({
  claim,
  onLink,
}: {
  claim: ClaimRecord;
  onLink: (articleId: string, start: number, end: number, relation: Relation) => void;
}) {
  const selection = useUi((s) => s.textSelection);
  const text = useArticleText(selection?.articleId ?? null);
  const picked = useMemo(() => {
    if (!selection || !text || text.articleId !== selection.articleId) return [];
    const idx = new CodePointIndex(text.text);
    const start = idx.toCodePoint(selection.start);
    const end = idx.toCodePoint(selection.end);
    return text.sentences.filter((s) => s.start < end && s.end > start);
  }, [selection, text]);
  if (!selection || !text) return null;
  const own = selection.articleId === claim.articleId;
  const label = picked.length === 1 ? 'the selected sentence' : `the ${picked.length} selected sentences`;
  return (
    <div className="link-selection" role="group" aria-label="Link selection">
      {own ? (
        <p className="muted small">
          The selection is in the claim’s own article: evidence must come from another source.
        </p>
      ) : picked.length === 0 ? (
        <p className="muted small">The selection is not in a sentence of the article body.</p>
      ) : (
        <>
          <p className="small">Link {label} to this claim:</p>
          <div className="row-actions">
            {(['supports', 'contradicts'] as const).map((relation) => (
              <button
                key={relation}
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => picked.forEach((s) => onLink(text.articleId, s.start, s.end, relation))}
              >
                {relation === 'supports' ? 'Link selection as supporting' : 'Link selection as contradicting'}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
