import { clearE2eTrust } from './trust';

/** Playwright global setup: the trust figures of this run start empty (the unit side is Vitest's). */
export default function setup(): void {
  clearE2eTrust();
}
