import { useEffect, type RefObject } from 'react';

/**
 * While `open`, the panel's first control (`firstControl`, a selector) takes the focus, and a press
 * outside both the button and the panel calls `close` (a menu's, a popover's).
 */
export function useOutsideClose(
  open: boolean,
  [button, panel]: readonly [RefObject<HTMLElement | null>, RefObject<HTMLElement | null>],
  close: () => void,
  firstControl: string,
): void {
  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>(firstControl)?.focus();
    const outside = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!panel.current?.contains(t) && !button.current?.contains(t)) close();
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
    // The refs and the selector are fixed for a component's life; `close` only sets state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
