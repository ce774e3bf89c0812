import { useEffect } from 'react';
import { isTyping, pageShortcut, type ShortcutId } from './shortcuts';

/** A handler returns false when the shortcut does not apply now (the key then does what it would). */
type Handler = () => boolean | void;
const handlers = new Map<ShortcutId, Handler>();

/** Gives a page-wide shortcut its handler while the component is mounted. */
export function useShortcut(id: ShortcutId, handler: Handler): void {
  useEffect(() => {
    handlers.set(id, handler);
    return () => {
      if (handlers.get(id) === handler) handlers.delete(id);
    };
  }, [id, handler]);
}

/** Listens for the page-wide shortcuts (once, in the app shell) and runs their handlers. */
export function useShortcutListener(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Not while typing, and not inside a dialog (the claim editor, a modal): they have their own keys.
      if (e.defaultPrevented || isTyping(e.target)) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      const s = pageShortcut(e);
      const handler = s && handlers.get(s.id);
      if (handler && handler() !== false) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
