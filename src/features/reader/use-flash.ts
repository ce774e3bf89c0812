import { useEffect, type RefObject } from 'react';
import type { ArticleTextRecord } from '../../db/records';
import { useUi } from '../../store/ui-store';

/** How long a claim flashes after a jump to it, in ms (matches the CSS animation). */
const FLASH_MS = 1600;

/**
 * Scrolls to and flashes what was asked for: a claim (from the table, J/K, a link) or a sentence
 * (from the evidence panel or the matrix), once the article is drawn. Asking twice flashes twice.
 */
export function useFlash(
  textRef: RefObject<HTMLDivElement | null>,
  articleId: string | null,
  textRecord: ArticleTextRecord | null | undefined,
  drawn: unknown,
): void {
  const focusClaimId = useUi((s) => s.focusClaimId);
  const focusSentence = useUi((s) => s.focusSentence);
  const focusNonce = useUi((s) => s.focusNonce);

  useEffect(() => {
    const root = textRef.current;
    if (!root || !focusClaimId || !drawn) return;
    const marks = root.querySelectorAll<HTMLElement>(`mark[data-claims~="${CSS.escape(focusClaimId)}"]`);
    if (!marks.length) return;
    marks[0]!.scrollIntoView({ block: 'center' });
    marks.forEach((m) => m.classList.add('flash'));
    const t = window.setTimeout(() => marks.forEach((m) => m.classList.remove('flash')), FLASH_MS);
    return () => window.clearTimeout(t);
  }, [textRef, focusClaimId, focusNonce, drawn]);

  useEffect(() => {
    const root = textRef.current;
    if (!root || !focusSentence || !textRecord || focusSentence.articleId !== articleId) return;
    const i = textRecord.sentences.findIndex((s) => s.start === focusSentence.start);
    const el = root.querySelector<HTMLElement>(`[data-sentence="${i}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('flash');
    const t = window.setTimeout(() => el.classList.remove('flash'), FLASH_MS);
    return () => window.clearTimeout(t);
  }, [textRef, focusSentence, focusNonce, textRecord, articleId, drawn]);
}
