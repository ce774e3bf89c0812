import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FIRST_DOSSIER, currentDossierId, listDossiers, rememberDossier } from '../db/dossiers';
import { App } from './App';
import './styles.css';

/**
 * Opens the dossier the address names (or the last one used). One that this browser does not hold
 * (deleted, or a link from another machine) opens the first dossier instead of creating an empty one.
 */
async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  const id = currentDossierId();
  let fallback: string | null = null;
  try {
    const list = await listDossiers();
    if (!list.some((d) => d.id === id)) fallback = list[0]?.id ?? FIRST_DOSSIER;
  } catch {
    /* the registry cannot open: the app shows the storage error itself */
  }
  if (fallback) {
    rememberDossier(fallback);
    const url = new URL(window.location.href);
    url.searchParams.set('dossier', fallback);
    url.hash = '';
    window.location.replace(url.href);
    return;
  }
  rememberDossier(id);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
