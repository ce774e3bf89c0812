import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** A small badge while the browser is offline; everything keeps working meanwhile. */
export function OfflineIndicator() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  if (online) return null;
  return (
    <span
      className="offline-badge"
      role="status"
      title="No network: your work is saved in this browser as usual."
    >
      Offline
    </span>
  );
}
