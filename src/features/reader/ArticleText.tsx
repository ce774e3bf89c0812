import { Fragment, memo, useMemo, type ReactNode } from 'react';
import { cutIntoPieces, type IdSpan, type Piece, type Span } from '../../domain/highlights';
import type { Verdict } from '../../domain/types';
import { ratingOf, type RatingScale } from '../../domain/rating-scales';
import type { CategoryRecord, Relation } from '../../db/records';
import { innermost, type PlacedClaim } from './use-article-model';

export const VERDICT_GLYPHS: Record<Verdict, string> = {
  confirmed: '✓',
  disputed: '✗',
  unverified: '?',
};

interface Props {
  text: string;
  blocks: Array<Span & { kind: 'body' | 'caption' | 'heading' }>;
  sentences: Span[];
  placed: PlacedClaim[];
  categories: Map<string, CategoryRecord>;
  /** Sentences linked as evidence to the active claim, by sentence index. */
  linkedSentences: Map<number, Relation>;
  activeClaimId: string | null;
  /** The newsroom's rating scale: the badges and titles say the claims' ratings. */
  scale: RatingScale;
}

/** The article body with every claim highlighted; pure drawing, no state. */
export const ArticleText = memo(function ArticleText({
  text,
  blocks,
  sentences,
  placed,
  categories,
  linkedSentences,
  activeClaimId,
  scale,
}: Props) {
  const spans = useMemo<IdSpan[]>(
    () => placed.flatMap((p) => (p.range ? [{ id: p.claim.id, ...p.range }] : [])),
    [placed],
  );
  const byId = useMemo(() => new Map(placed.map((p) => [p.claim.id, p])), [placed]);

  const drawPiece = (piece: Piece): ReactNode => {
    const content = text.slice(piece.start, piece.end);
    if (!piece.claimIds.length) {
      return (
        <span key={piece.start} data-start={piece.start}>
          {content}
        </span>
      );
    }
    const covering = piece.claimIds.map((id) => byId.get(id)!).filter(Boolean);
    // The innermost claim gives the colour: it is the one a click opens.
    const top = innermost(covering, () => true)!;
    const color = categories.get(top.claim.categoryId)?.color ?? '#64748b';
    const badge = piece.endingClaimIds.map((id) => ratingOf(byId.get(id)!.claim, scale).glyph).join('');
    const title = covering
      .map(
        (p) =>
          `${categories.get(p.claim.categoryId)?.name ?? 'Uncategorised'} · ${ratingOf(p.claim, scale).label}`,
      )
      .join('\n');
    return (
      <mark
        key={piece.start}
        data-start={piece.start}
        data-claims={piece.claimIds.join(' ')}
        data-verdict={top.claim.verdict}
        data-badge={badge || undefined}
        data-badge-verdict={
          piece.endingClaimIds.length ? byId.get(piece.endingClaimIds[0]!)!.claim.verdict : undefined
        }
        className={`claim${covering.length > 1 ? ' overlap' : ''}${activeClaimId && piece.claimIds.includes(activeClaimId) ? ' active' : ''}`}
        style={{ ['--hl' as string]: color }}
        title={title}
      >
        {content}
      </mark>
    );
  };

  return (
    <>
      {blocks.map((block) => {
        const pieces = cutIntoPieces(block.start, block.end, sentences, spans);
        const groups: Array<{ sentence: number | null; pieces: Piece[] }> = [];
        for (const p of pieces) {
          const last = groups[groups.length - 1];
          if (last && last.sentence === p.sentence && p.sentence !== null) last.pieces.push(p);
          else groups.push({ sentence: p.sentence, pieces: [p] });
        }
        const inner = groups.map((g) =>
          g.sentence === null ? (
            <Fragment key={`g${g.pieces[0]!.start}`}>{g.pieces.map(drawPiece)}</Fragment>
          ) : (
            <span
              key={`s${g.sentence}`}
              className={
                linkedSentences.has(g.sentence)
                  ? `sentence linked-${linkedSentences.get(g.sentence)}`
                  : 'sentence'
              }
              data-sentence={g.sentence}
              title={
                linkedSentences.has(g.sentence)
                  ? `Linked evidence: ${linkedSentences.get(g.sentence)} the open claim`
                  : undefined
              }
            >
              {g.pieces.map(drawPiece)}
            </span>
          ),
        );
        if (block.kind === 'heading')
          return (
            <h3 key={block.start} className="block-heading">
              {inner}
            </h3>
          );
        if (block.kind === 'caption')
          return (
            <p key={block.start} className="block-caption" aria-roledescription="caption">
              {inner}
            </p>
          );
        return <p key={block.start}>{inner}</p>;
      })}
    </>
  );
});
