/**
 * Remembers a pure function's answers by text: a dossier judges the same linked sentences again and
 * again (for each claim they are linked to, for the table, the panel and the sheet). Forgets
 * everything past `limit` entries, so a long session's memory stays bounded.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let v = known.get(text);
    if (v === undefined && !known.has(text)) {
      if (known.size >= limit) known.clear();
      v = fn(text);
      known.set(text, v);
    }
    return v as T;
  };
}
