import { categoryIdFor, paletteColor } from '../domain/categories';
import type { CorroborateDB } from './db';
import type { CategoryRecord } from './records';

/** Adds a category by name, or returns the existing one of that name (any case). */
export async function addCategory(db: CorroborateDB, rawName: string): Promise<CategoryRecord> {
  const name = rawName.replace(/\s+/g, ' ').trim();
  if (!name) throw new Error('A category needs a name.');
  if (name.length > 60) throw new Error('Category names are at most 60 characters.');
  return db.transaction('rw', db.categories, async () => {
    const all = await db.categories.toArray();
    const same = all.find((c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    if (same) return same;
    const base = categoryIdFor(name);
    let id = base;
    for (let n = 2; all.some((c) => c.id === id); n++) id = `${base}-${n}`;
    const order = all.reduce((m, c) => Math.max(m, c.order), -1) + 1;
    const record: CategoryRecord = { id, name, color: paletteColor(order - 3), order };
    await db.categories.add(record);
    return record;
  });
}
