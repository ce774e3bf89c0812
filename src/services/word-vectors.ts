import { readWordVectors, type WordVectors } from '../domain/evidence';

/**
 * The word vectors the app ships (public/word-vectors.bin, precached by the service worker), or null
 * when they cannot be had (first visit offline, a cut download): suggestions then match words only.
 */
export async function loadWordVectors(): Promise<WordVectors | null> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}word-vectors.bin`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return readWordVectors(await response.arrayBuffer());
  } catch (e) {
    console.warn('Word vectors unavailable; suggestions match words only.', e);
    return null;
  }
}
