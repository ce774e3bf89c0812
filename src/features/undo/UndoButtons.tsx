import { useCallback } from 'react';
import { useUndoState } from '../../db/hooks';
import { ariaKeys } from '../keyboard/shortcuts';
import { useShortcut } from '../keyboard/use-shortcuts';
import { redoLatest, undoLatest } from './undo-actions';

/**
 * Undo and Redo in the header, with Ctrl+Z and Shift+Ctrl+Z: the steps are kept in the dossier's
 * database, so they outlive a reload; each button says what it would undo or redo.
 */
export function UndoButtons() {
  const state = useUndoState();
  const canUndo = Boolean(state?.undo);
  const canRedo = Boolean(state?.redo);
  useShortcut(
    'undo',
    useCallback(() => {
      if (!canUndo) return false;
      undoLatest();
    }, [canUndo]),
  );
  useShortcut(
    'redo',
    useCallback(() => {
      if (!canRedo) return false;
      redoLatest();
    }, [canRedo]),
  );
  return (
    <span className="undo-buttons" role="group" aria-label="Undo and redo">
      <button
        type="button"
        className="header-button"
        disabled={!canUndo}
        aria-keyshortcuts={ariaKeys('undo')}
        title={state?.undo ? `Undo “${state.undo.label}” (Ctrl+Z)` : 'Nothing to undo'}
        onClick={undoLatest}
      >
        <span aria-hidden="true">↶ </span>Undo
      </button>
      <button
        type="button"
        className="header-button"
        disabled={!canRedo}
        aria-keyshortcuts={ariaKeys('redo')}
        title={state?.redo ? `Redo “${state.redo.label}” (Shift+Ctrl+Z)` : 'Nothing to redo'}
        onClick={redoLatest}
      >
        <span aria-hidden="true">↷ </span>Redo
      </button>
    </span>
  );
}
