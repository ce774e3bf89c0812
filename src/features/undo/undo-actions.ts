import { db } from '../../db/db';
import { redo, undo, undoable, undoableStep, type StepOutcome } from '../../db/undo';
import { useUi } from '../../store/ui-store';

export { undoable };

function report(outcome: StepOutcome, done: 'Undone' | 'Redone'): boolean {
  const { showToast } = useUi.getState();
  if (!outcome) return false;
  if (outcome.ok) showToast({ message: `${done}: ${outcome.label}.`, tone: 'info' });
  else
    showToast({
      message: `Could not ${done === 'Undone' ? 'undo' : 'redo'} “${outcome.label}”: ${outcome.reason}`,
      tone: 'error',
    });
  return true;
}

const failed = (e: unknown) =>
  useUi
    .getState()
    .showToast({ message: `Could not undo: ${e instanceof Error ? e.message : String(e)}`, tone: 'error' });

/** Undo (Ctrl+Z, the header's button): the latest step of this dossier, in this browser. */
export function undoLatest(): void {
  undo(db).then((o) => report(o, 'Undone'), failed);
}

/** Redo (Shift+Ctrl+Z). */
export function redoLatest(): void {
  redo(db).then((o) => report(o, 'Redone'), failed);
}

/**
 * Runs an action as an undoable step and returns what a notice's Undo button does: undo exactly that
 * step (refused with a reason when a later step came first or its records changed since).
 */
export async function withUndo<T>(
  label: string,
  action: () => Promise<T>,
): Promise<{ result: T; undo?: () => Promise<void> }> {
  const { result, seq } = await undoableStep(db, label, action);
  if (seq === undefined) return { result };
  return {
    result,
    undo: () =>
      undo(db, seq).then((o) => {
        if (!o?.ok) throw new Error(o ? o.reason : 'there is nothing left to undo.');
      }),
  };
}
