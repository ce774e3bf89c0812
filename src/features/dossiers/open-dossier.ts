import { rememberDossier } from '../../db/dossiers';

/**
 * Opens a dossier: the page reloads on it, so every view, worker and cache starts on that dossier's
 * database alone (the service worker makes the reload instant, also offline).
 */
export function openDossier(id: string): void {
  rememberDossier(id);
  const url = new URL(window.location.href);
  url.searchParams.set('dossier', id);
  url.hash = '';
  window.location.assign(url.href);
}
