import { useCallback, useEffect, type RefObject } from 'react';
import type { ArticleTextRecord } from '../../db/records';
import { useUi, type TextSelection } from '../../store/ui-store';
import { selectedTextRange } from './dom-offsets';

/**
 * Follows the user's selection inside the article text (mouse drag, keyboard, caret browsing) into
 * the store, and returns a reader of the selection as the DOM has it right now (a key pressed straight
 * after Shift+↓ must not see the state of the previous selectionchange).
 */
export function useTextSelection(
  textRef: RefObject<HTMLDivElement | null>,
  textRecord: ArticleTextRecord | null | undefined,
  articleId: string | null,
): () => Omit<TextSelection, 'articleId'> | null {
  const setTextSelection = useUi((s) => s.setTextSelection);
  const stored = useUi((s) => s.textSelection);
  const selection = stored && stored.articleId === articleId ? stored : null;

  useEffect(() => {
    const onChange = () => {
      const root = textRef.current;
      // Tracked while the editor is open too: with a claim open, a selection in another article is
      // evidence to link.
      if (!root || !textRecord || !articleId) return;
      const range = selectedTextRange(root, document.getSelection(), textRecord.text);
      const current = useUi.getState().textSelection;
      if (!range) {
        if (current) setTextSelection(null);
      } else if (
        current?.articleId !== articleId ||
        current.start !== range.start ||
        current.end !== range.end
      ) {
        setTextSelection({ articleId, ...range });
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [textRef, textRecord, articleId, setTextSelection]);

  return useCallback(() => {
    const root = textRef.current;
    const live =
      root && textRecord ? selectedTextRange(root, document.getSelection(), textRecord.text) : null;
    return live ?? selection;
  }, [textRef, selection, textRecord]);
}
