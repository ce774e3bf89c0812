import { db } from '../../db/db';
import {
  dismissSuggestion,
  linkSentence,
  sentenceKey,
  setEvidenceWeight,
  unlinkEvidence,
} from '../../db/links-repo';
import type { LinkRecord, Relation } from '../../db/records';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { undoable, withUndo } from '../undo/undo-actions';

/** Linking, unlinking and dismissing evidence for one claim, each confirmed or explained by a toast. */
export function useEvidenceActions(claimId: string) {
  const showToast = useUi((s) => s.showToast);
  const fail = (e: unknown) => showToast({ message: errorMessage(e), tone: 'error' });

  /** Links a sentence; resolves to what undoes exactly this link (null when linking failed). */
  const link = (
    articleId: string,
    start: number,
    end: number,
    relation: Relation,
  ): Promise<{ undo?: () => Promise<void> } | null> =>
    withUndo(relation === 'supports' ? 'Link supporting evidence' : 'Link contradicting evidence', () =>
      linkSentence(db, { claimId, articleId, start, end, relation }),
    ).then(
      ({ undo }) => {
        showToast({
          message: relation === 'supports' ? 'Linked as supporting.' : 'Linked as contradicting.',
          tone: 'info',
        });
        return undo ? { undo } : {};
      },
      (e: unknown) => {
        fail(e);
        return null;
      },
    );

  const unlink = (l: LinkRecord) =>
    withUndo('Unlink evidence', () => unlinkEvidence(db, l.id)).then(({ result: removed, undo }) => {
      if (removed) showToast({ message: 'Evidence unlinked.', tone: 'info', ...(undo ? { undo } : {}) });
    }, fail);

  const dismiss = (articleId: string, start: number) =>
    undoable(db, 'Dismiss suggestion', () =>
      dismissSuggestion(db, claimId, sentenceKey(articleId, start)),
    ).catch(fail);

  const weigh = (id: string, change: { note?: string; weight?: Partial<LinkRecord['weight']> }) =>
    undoable(db, 'Weigh evidence', () => setEvidenceWeight(db, id, change)).catch(fail);

  return { link, unlink, dismiss, weigh };
}

export type EvidenceActions = ReturnType<typeof useEvidenceActions>;
