import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

const PRELOAD_RELOAD_KEY = 'corroborate:preload-reload-at';
/** A stale-chunk reload is allowed once per this many ms: a second failure shows, not loops. */
const PRELOAD_RELOAD_GUARD_MS = 60_000;

/**
 * Registers the service worker and offers a new version without forcing it: "A new version is
 * ready — Reload". Nothing reloads by itself, so no edit in progress is lost.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (e: unknown) => console.warn('Service worker registration failed', e),
  });

  // After a deploy, an old page may ask for a chunk that no longer exists: reload once, guarded.
  useEffect(() => {
    const onPreloadError = (event: Event) => {
      const last = Number(sessionStorage.getItem(PRELOAD_RELOAD_KEY) ?? 0);
      if (Date.now() - last < PRELOAD_RELOAD_GUARD_MS) return;
      event.preventDefault();
      sessionStorage.setItem(PRELOAD_RELOAD_KEY, String(Date.now()));
      window.location.reload();
    };
    window.addEventListener('vite:preloadError', onPreloadError);
    return () => window.removeEventListener('vite:preloadError', onPreloadError);
  }, []);

  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="alert">
      <span>A new version is ready.</span>
      <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
        Reload
      </button>
      <button type="button" className="link" onClick={() => setNeedRefresh(false)}>
        Later
      </button>
    </div>
  );
}
