/** A message for the user from anything thrown, naming storage trouble plainly. */
export function errorMessage(err: unknown): string {
  const e = err as { name?: string; message?: string; inner?: { name?: string } } | null;
  const name = e?.inner?.name ?? e?.name;
  if (name === 'QuotaExceededError')
    return 'The browser has no room left for this site’s data, so nothing was saved. Make a backup, then free some space.';
  if (e && typeof e.message === 'string' && e.message) return e.message;
  return String(err);
}
